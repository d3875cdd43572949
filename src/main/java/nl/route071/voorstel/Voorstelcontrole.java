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

    /** The regiocommissie's own initiative, taken through its regiogriffie (referentie/indieners.csv). */
    static final String EIGEN_INITIATIEF = "regiocommissie";
    /** The stuurgroep's continuation proposal, started by the evaluation of the cooperation. */
    static final String STUURGROEP = "stuurgroep";
    static final String REGIOGRIFFIE = "regiogriffie";

    /** The start variables as the caller sent them (any may be null or of a wrong type). */
    record Start(Object titel, Object ambitie, Object soortBesluit, Object deelnemendeGemeenten) {
    }

    private Voorstelcontrole() {
    }

    /**
     * Refuses an initiative the starter does not hold: the regiocommissie's own initiative is taken only by its
     * regiogriffie ("Regiocommissies kunnen ook op eigen initiatief met een voorstel komen"), the stuurgroep's only by
     * the evaluation of the cooperation that calls the route; any other value than those and {@value #STANDAARD_INITIATIEF}
     * is refused.
     *
     * @param groepen the groups of the user who starts, null when no user starts (a call activity's own start, a test)
     * @param vanuitEvaluatie whether the proposal is started as the call activity of the evaluation
     * @throws BadUserRequestException "Het voorstel is niet gestart: ..."
     */
    static void controleerInitiatief(Object initiatief, List<String> groepen, boolean vanuitEvaluatie) {
        if (initiatief == null || STANDAARD_INITIATIEF.equals(initiatief)) {
            return;
        }
        if (EIGEN_INITIATIEF.equals(initiatief)) {
            if (groepen != null && !groepen.contains(REGIOGRIFFIE)) {
                throw new BadUserRequestException("Het voorstel is niet gestart: alleen de regiocommissie neemt een eigen initiatief, "
                        + "via haar regiogriffie. Dien het voorstel in namens de bestuurstafel.");
            }
            return;
        }
        if (STUURGROEP.equals(initiatief)) {
            if (!vanuitEvaluatie) {
                throw new BadUserRequestException("Het voorstel is niet gestart: een voorstel van de stuurgroep over de voortzetting "
                        + "ontstaat alleen uit de eindevaluatie van de samenwerking.");
            }
            return;
        }
        throw new BadUserRequestException("Het voorstel is niet gestart: onbekend initiatief '" + initiatief
                + "' (bestuurstafel of regiocommissie).");
    }

    /**
     * Refuses the regiocommissie's own proposal on a matter that is not the raad's: the regiocommissie advises the
     * raden, so its own proposal can only become a raadsbesluit, and a raadsbesluit on a college or burgemeester
     * competence (seed footnote 7: "de toedeling van besluitvormende bevoegdheden aan gemeenteraad, college van B en W
     * en Burgemeester"; openbare orde: Gemeentewet art. 172 lid 1) would overstep it.
     *
     * @param bevoegdOrgaan the competent body DMN {@code bevoegdOrgaan} gives for the soort besluit
     */
    static void controleerEigenInitiatief(Object initiatief, Object soortBesluit, String bevoegdOrgaan) {
        if (EIGEN_INITIATIEF.equals(initiatief) && bevoegdOrgaan != null && !"raad".equals(bevoegdOrgaan)) {
            throw new BadUserRequestException("Het voorstel is niet gestart: een eigen voorstel van de regiocommissie gaat naar de "
                    + "gemeenteraden, maar over '" + soortBesluit + "' besluit " + ("burgemeester".equals(bevoegdOrgaan) ? "de burgemeester"
                    : "het college") + ", niet de raad. Breng het onderwerp in bij de bestuurstafel, of vraag het "
                    + ("burgemeester".equals(bevoegdOrgaan) ? "de burgemeester" : "het college") + " via de raden.");
        }
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
