package nl.route071.vergadering;

import java.util.List;
import java.util.function.UnaryOperator;

import nl.route071.vergadering.Vergaderregels.Presentie;

import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The owner of the meeting's Json variable {@code leden}, the members in office on the meeting date as written at the
 * agenda's adoption (DEMO members), which is also the starting rows of the meeting form's attendance list
 * {@code presentielijst} (everyone absent until ticked). Only this class knows the rows' property names; read and
 * written with Spin through {@link Json}. The attendance as recorded is {@link Aanwezigheid}.
 */
public record Ledenlijst(List<Presentie> leden) {

    /** The variable's value (Spin Json, its text, or rows): the members, each absent. */
    static Ledenlijst van(Object waarde) {
        return new Ledenlijst(Json.lijst(waarde, VergaderingProcess.VAR_LEDEN, rij -> new Presentie((String) rij.get("lid"),
                (String) rij.get("naam"), (String) rij.get("gemeente"), (String) rij.get("fractie"), false)));
    }

    /** The value to store, with each member's gemeente by name for the form; every member DEMO and absent. */
    JsonValue waarde(UnaryOperator<String> gemeentenaam) {
        return Json.waarde(leden, p -> Json.rij("lid", p.lid(), "naam", p.naam(), "gemeente", p.gemeente(), "gemeenteNaam",
                gemeentenaam.apply(p.gemeente()), "fractie", p.fractie(), "demo", true, "aanwezig", false));
    }
}
