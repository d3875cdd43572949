package nl.route071.stemming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The vote follows the meeting's attendance list (variable {@code aanwezigheid}, written by the meeting: per fractie
 * with a member, {@code sleutel} and {@code aanwezig}). The stemlijst holds the fracties that sent a member
 * (participation is voluntary); a fractie whose member is absent is absent, one whose member is present votes or
 * abstains. So quorum and "voltallig" (stemuitslag.dmn) come from the attendance list, not from a tick on the form.
 */
final class Presentie {

    static final String AANWEZIG = "aanwezig";

    private Presentie() {
    }

    /** The stemlijst and the prefilled {@code stemmen} after the attendance list; both unchanged without one. */
    static String[] pas(String stemlijst, Object aanwezigheid) {
        if (aanwezigheid == null) {
            return new String[] {stemlijst, stemlijst};
        }
        Map<String, Boolean> per = new LinkedHashMap<>();
        SpinJsonNode lijst = aanwezigheid instanceof SpinJsonNode j ? j : Spin.JSON(String.valueOf(aanwezigheid));
        for (SpinJsonNode r : lijst.elements()) {
            per.merge(r.prop("sleutel").stringValue(), r.prop(AANWEZIG).boolValue(), Boolean::logicalOr);
        }
        SpinJsonNode uit = Spin.JSON("[]");
        SpinJsonNode stemmen = Spin.JSON("[]");
        for (SpinJsonNode regel : Spin.JSON(stemlijst).elements()) {
            Boolean aanwezig = per.get(regel.prop("sleutel").stringValue());
            if (aanwezig == null) {
                continue; // the fractie sent nobody to this regiocommissie
            }
            regel.prop(AANWEZIG, aanwezig);
            uit.append(regel);
            SpinJsonNode stem = Spin.JSON(regel.toString());
            if (!aanwezig) {
                stem.prop("stem", Stemverwerking.AFWEZIG);
            }
            stemmen.append(stem);
        }
        return new String[] {uit.toString(), stemmen.toString()};
    }

    /** Whether the stemlijst was drawn up from a meeting's attendance list. */
    static boolean uitPresentielijst(SpinJsonNode stemlijst) {
        return stemlijst.elements().stream().anyMatch(r -> r.hasProp(AANWEZIG));
    }

    /** Refuses (Dutch 400) a recorded vote that contradicts the attendance list. */
    static void controleer(SpinJsonNode stemlijst, SpinJsonNode vastgelegd, Object stemdatum, Object vergaderdatum) {
        if (!uitPresentielijst(stemlijst)) {
            return;
        }
        List<String> fouten = new ArrayList<>();
        if (vergaderdatum != null && !String.valueOf(vergaderdatum).equals(String.valueOf(stemdatum).substring(0, Math.min(10, String.valueOf(stemdatum).length())))) {
            fouten.add("De stemming hoort bij de vergadering van " + vergaderdatum + "; de datum van de stemming is die van de vergadering.");
        }
        Map<String, Boolean> aanwezig = new LinkedHashMap<>();
        stemlijst.elements().forEach(r -> aanwezig.put(r.prop("sleutel").stringValue(), r.prop(AANWEZIG).boolValue()));
        for (Stemmen.Stem r : Stemmen.van(vastgelegd).map(Stemmen::regels).orElse(List.of())) {
            String sleutel = r.sleutel();
            String naam = r.gemeente() + " – " + r.fractie();
            boolean afwezigGestemd = Stemverwerking.AFWEZIG.equals(r.stem());
            if (Boolean.FALSE.equals(aanwezig.get(sleutel)) && !afwezigGestemd) {
                fouten.add(naam + " was afwezig volgens de presentielijst en kan niet stemmen.");
            }
            if (Boolean.TRUE.equals(aanwezig.get(sleutel)) && afwezigGestemd) {
                fouten.add(naam + " was aanwezig volgens de presentielijst: kies voor, tegen of onthouding.");
            }
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De stemming is niet vastgelegd: " + String.join(" ", fouten));
        }
    }
}
