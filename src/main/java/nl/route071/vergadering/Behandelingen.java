package nl.route071.vergadering;

import java.util.List;
import java.util.Map;

import nl.route071.vergadering.Vergaderregels.Behandeling;

import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The owner of the meeting's Json variable {@code behandeling}: per agenda item (the row of {@link Agenda}) the outcome
 * the meeting recorded, who explained it and the minutes. Only this class (with {@link Agenda} for the item's part)
 * knows the rows' property names; read and written with Spin through {@link Json}. Written only by the route, when
 * the meeting is recorded.
 */
public record Behandelingen(List<Behandeling> punten) {

    /** The variable's value (Spin Json, its text, or rows); empty for none. */
    static Behandelingen van(Object waarde) {
        return new Behandelingen(Json.lijst(waarde, VergaderingProcess.VAR_BEHANDELING, rij -> new Behandeling(Agenda.punt(rij),
                (String) rij.get("uitkomst"), (String) rij.get("toelichterBestuurlijk"), (String) rij.get("toelichterMaatschappelijk"),
                (String) rij.get("verslag"))));
    }

    /** The value to store: a Spin Json array, each row the item's agenda row and then its outcome. */
    JsonValue waarde() {
        return Json.waarde(punten, b -> {
            Map<String, Object> rij = Agenda.rij(b.punt());
            rij.putAll(Json.rij("uitkomst", b.uitkomst(), "toelichterBestuurlijk", b.toelichterBestuurlijk(), "toelichterMaatschappelijk",
                    b.toelichterMaatschappelijk(), "verslag", b.verslag()));
            return rij;
        });
    }
}
