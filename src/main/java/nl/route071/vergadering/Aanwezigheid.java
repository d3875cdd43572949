package nl.route071.vergadering;

import java.util.List;

import nl.route071.vergadering.Vergaderregels.Presentie;

import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The owner of the meeting's Json variable {@code aanwezigheid}, the attendance list as the meeting recorded it: per
 * member in office its name, gemeente, fractie and whether present. Also writes what a proposal voted on in this
 * meeting gets of it (the proposal's {@code aanwezigheid}, per member its fractie's key and presence, which the
 * stemming reads). Only this class knows the rows' property names; read and written with Spin through {@link Json}.
 */
public record Aanwezigheid(List<Presentie> leden) {

    /** The variable's value (Spin Json, its text, or rows); empty for none. */
    static Aanwezigheid van(Object waarde) {
        return new Aanwezigheid(Json.lijst(waarde, VergaderingProcess.VAR_AANWEZIGHEID, rij -> new Presentie((String) rij.get("lid"),
                (String) rij.get("naam"), (String) rij.get("gemeente"), (String) rij.get("fractie"), Boolean.TRUE.equals(rij.get("aanwezig")))));
    }

    /** The value to store: a Spin Json array (the member, the fractie's key, present or not). */
    JsonValue waarde() {
        return Json.waarde(leden, p -> Json.rij("lid", p.lid(), "naam", p.naam(), "gemeente", p.gemeente(), "fractie", p.fractie(),
                "sleutel", p.fractiesleutel(), "aanwezig", p.aanwezig()));
    }

    /** The proposal's {@code aanwezigheid} for its vote: per member its fractie's key and whether present. */
    JsonValue perFractie() {
        return Json.waarde(leden, p -> Json.rij("sleutel", p.fractiesleutel(), "aanwezig", p.aanwezig()));
    }

    public long aantalAanwezig() {
        return leden.stream().filter(Presentie::aanwezig).count();
    }
}
