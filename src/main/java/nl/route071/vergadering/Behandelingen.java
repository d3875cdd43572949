package nl.route071.vergadering;

import java.util.ArrayList;
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

    public Behandelingen {
        punten = List.copyOf(punten);
    }

    /** The variable's value (Spin Json, its text, or rows); empty for none. */
    static Behandelingen van(Object waarde) {
        List<Behandeling> punten = new ArrayList<>();
        for (Map<String, Object> rij : Json.rijen(waarde, VergaderingProcess.VAR_BEHANDELING)) {
            punten.add(new Behandeling(Agenda.punt(rij), (String) rij.get("uitkomst"), (String) rij.get("toelichterBestuurlijk"),
                    (String) rij.get("toelichterMaatschappelijk"), (String) rij.get("verslag")));
        }
        return new Behandelingen(punten);
    }

    /** The value to store: a Spin Json array. */
    JsonValue waarde() {
        return Json.waarde(punten.stream().map(b -> {
            Map<String, Object> rij = Agenda.rij(b.punt());
            rij.put("uitkomst", b.uitkomst());
            rij.put("toelichterBestuurlijk", b.toelichterBestuurlijk());
            rij.put("toelichterMaatschappelijk", b.toelichterMaatschappelijk());
            rij.put("verslag", b.verslag());
            return rij;
        }).toList());
    }
}
