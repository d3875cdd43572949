package nl.route071.vergadering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.route071.vergadering.Vergaderregels.Presentie;

import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The owner of the meeting's Json variable {@code aanwezigheid}, the attendance list as the meeting recorded it: per
 * member in office its name, gemeente, fractie and whether present. Also writes what a proposal voted on in this
 * meeting gets of it (the proposal's {@code aanwezigheid}, per member its fractie's key and presence, which the
 * stemming reads). Only this class knows the rows' property names; read and written with Spin through {@link Json}.
 */
public record Aanwezigheid(List<Presentie> leden) {

    public Aanwezigheid {
        leden = List.copyOf(leden);
    }

    /** The variable's value (Spin Json, its text, or rows); empty for none. */
    static Aanwezigheid van(Object waarde) {
        List<Presentie> leden = new ArrayList<>();
        for (Map<String, Object> rij : Json.rijen(waarde, VergaderingProcess.VAR_AANWEZIGHEID)) {
            leden.add(new Presentie((String) rij.get("lid"), (String) rij.get("naam"), (String) rij.get("gemeente"), (String) rij.get("fractie"),
                    Boolean.TRUE.equals(rij.get("aanwezig"))));
        }
        return new Aanwezigheid(leden);
    }

    /** The value to store: a Spin Json array. */
    JsonValue waarde() {
        return Json.waarde(leden.stream().map(p -> {
            Map<String, Object> rij = new LinkedHashMap<>();
            rij.put("lid", p.lid());
            rij.put("naam", p.naam());
            rij.put("gemeente", p.gemeente());
            rij.put("fractie", p.fractie());
            rij.put("sleutel", p.fractiesleutel());
            rij.put("aanwezig", p.aanwezig());
            return rij;
        }).toList());
    }

    /** The proposal's {@code aanwezigheid} for its vote: per member its fractie's key and whether present. */
    JsonValue perFractie() {
        return Json.waarde(leden.stream().map(p -> {
            Map<String, Object> rij = new LinkedHashMap<>();
            rij.put("sleutel", p.fractiesleutel());
            rij.put("aanwezig", p.aanwezig());
            return rij;
        }).toList());
    }

    public long aantalAanwezig() {
        return leden.stream().filter(Presentie::aanwezig).count();
    }
}
