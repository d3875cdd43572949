package nl.route071.stemming;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The recorded vote: the stemming form lets the regiogriffie tick fracties in three lists (voor, tegen,
 * onthouding); every fractie in none of them was absent. This turns those lists into one {@code stem} per
 * row of {@code stemmen}, the input of the DMN decision {@code stemuitslag}.
 */
final class Stemmen {

    static final String VAR_FRACTIE_OPTIES = "fractieOpties";
    static final String VAR_VERGADERDATUM_OORDEELSVORMING = "vergaderdatumOordeelsvorming";
    /** The meeting the vote is (re)scheduled for; its date picks the election in force. */
    static final String VAR_VERGADERDATUM_STEMMING = "vergaderdatumStemming";
    static final String VAR_STEMDATUM = "stemdatum";
    static final String VAR_WAARSCHUWINGEN = "stemlijstWaarschuwingen";
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Form variable per choice, in the order the form shows them. */
    static final Map<String, String> KEUZES = new LinkedHashMap<>();

    static {
        KEUZES.put("stemmenVoor", "voor");
        KEUZES.put("stemmenTegen", "tegen");
        KEUZES.put("stemmenOnthouding", "onthouding");
    }

    static final String AFWEZIG = "afwezig";

    private Stemmen() {
    }

    /** A date variable as Tasklist submits it ({@code yyyy-MM-dd}, possibly with a time), or a Date. */
    static Optional<LocalDate> datum(Object waarde) {
        if (waarde instanceof Date d) {
            return Optional.of(d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        }
        if (waarde instanceof String s && s.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, 10)));
            }
            catch (DateTimeParseException e) {
                throw new BadUserRequestException("'" + s + "' is geen datum (jjjj-mm-dd).");
            }
        }
        return Optional.empty();
    }

    /** Today as the engine sees it (tests move the engine clock). */
    static LocalDate vandaag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static String nl(LocalDate datum) {
        return datum.format(NL);
    }

    static void getal(SpinJsonNode regel, String naam, Number waarde) {
        if (waarde == null) {
            regel.prop(naam, (String) null);
        }
        else {
            regel.prop(naam, waarde);
        }
    }

    static String sleutel(String gemeenteId, String fractie) {
        return gemeenteId + ":" + fractie;
    }

    /**
     * Sets {@code stem} on every row of {@code stemmen} from the ticked lists. Refuses, changing nothing,
     * a fractie ticked twice or a value that is no fractie of this vote.
     */
    static void verwerk(SpinJsonNode stemmen, Map<String, Object> keuzes) {
        Map<String, String> stemPerFractie = new HashMap<>();
        List<String> fouten = new ArrayList<>();
        Map<String, String> namen = new HashMap<>();
        for (SpinJsonNode regel : stemmen.elements()) {
            namen.put(regel.prop("sleutel").stringValue(), regel.prop("gemeente").stringValue() + " – " + regel.prop("fractie").stringValue());
        }
        KEUZES.forEach((variabele, stem) -> {
            for (String sleutel : tekstLijst(keuzes.get(variabele))) {
                if (!namen.containsKey(sleutel)) {
                    fouten.add("'" + sleutel + "' is geen fractie van deze stemming.");
                }
                else if (stemPerFractie.putIfAbsent(sleutel, stem) != null) {
                    fouten.add(namen.get(sleutel) + " staat zowel bij " + stemPerFractie.get(sleutel) + " als bij " + stem + ".");
                }
            }
        });
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De stemming is niet vastgelegd: " + String.join(" ", fouten));
        }
        for (SpinJsonNode regel : stemmen.elements()) {
            regel.prop("stem", stemPerFractie.getOrDefault(regel.prop("sleutel").stringValue(), AFWEZIG));
        }
    }

    private static List<String> tekstLijst(Object waarde) {
        List<String> lijst = new ArrayList<>();
        if (waarde instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> lijst.add(e.isString() ? e.stringValue() : e.toString()));
        }
        else if (waarde instanceof List<?> l) {
            l.forEach(e -> lijst.add(String.valueOf(e)));
        }
        else if (waarde != null) {
            throw new BadUserRequestException("De stemming is niet vastgelegd: een lijst van fracties verwacht.");
        }
        return lijst;
    }
}
