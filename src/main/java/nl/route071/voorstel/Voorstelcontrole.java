package nl.route071.voorstel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The start checks of a regional proposal: a title of at most {@value #MAX_TITEL} characters, a known ambitie, a soort
 * besluit, and participating gemeenten that the directory accepts. Every problem is named at once, in Dutch; a proposal
 * with any problem does not start. Values in, no engine, no Spring; {@code VoorstelStartListener} calls it.
 */
final class Voorstelcontrole {

    static final int MAX_TITEL = 200;
    /** Who took the initiative when the start does not say: the bestuurstafel. */
    static final String STANDAARD_INITIATIEF = "bestuurstafel";

    /** The start variables as the caller sent them (any may be null or of a wrong type). */
    record Start(Object titel, Object ambitie, Object soortBesluit, Object deelnemendeGemeenten) {
    }

    private Voorstelcontrole() {
    }

    /**
     * Refuses an incomplete proposal.
     *
     * @param ambitieBestaat whether an ambitie id is known (reference data)
     * @param gemeenten the directory's check of the participating gemeenten; throws a Dutch {@link BadUserRequestException}
     * @throws BadUserRequestException "Het voorstel is niet gestart: ..." with every problem
     */
    static void controleer(Start start, Predicate<String> ambitieBestaat, Function<Object, List<String>> gemeenten) {
        List<String> fouten = new ArrayList<>();
        if (!(start.titel() instanceof String t) || t.isBlank()) {
            fouten.add("Geef het voorstel een titel.");
        }
        else if (t.length() > MAX_TITEL) {
            fouten.add("De titel is langer dan " + MAX_TITEL + " tekens.");
        }
        if (!(start.ambitie() instanceof String a) || !ambitieBestaat.test(a)) {
            fouten.add("Onbekende ambitie: " + start.ambitie() + ".");
        }
        if (!(start.soortBesluit() instanceof String s) || s.isBlank()) {
            fouten.add("Kies het soort besluit.");
        }
        try {
            gemeenten.apply(start.deelnemendeGemeenten());
        }
        catch (BadUserRequestException e) {
            fouten.add(e.getMessage());
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("Het voorstel is niet gestart: " + String.join(" ", fouten));
        }
    }
}
