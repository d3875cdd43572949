package nl.route071.vergadering;

import java.util.List;
import java.util.Map;

import nl.route071.vergadering.Vergaderregels.Agendapunt;

import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The owner of the meeting's Json variable {@code agenda}, the adopted agenda (and of the rows of {@code agendapunten},
 * the meeting form's list, which starts as the same rows): one row per item with its number, proposal (or
 * verantwoording or voortgang key), process instance, title and phase. Only this class knows the rows' property names;
 * read and written with Spin through {@link Json}. Written only by the route, at adoption.
 */
public record Agenda(List<Agendapunt> punten) {

    /** The variable's value (Spin Json, its text, or rows); empty for none. */
    static Agenda van(Object waarde) {
        return new Agenda(Json.lijst(waarde, VergaderingProcess.VAR_AGENDA, Agenda::punt));
    }

    /** The value to store: a Spin Json array. */
    JsonValue waarde() {
        return Json.waarde(punten, Agenda::rij);
    }

    /** An item from a row of the agenda (or of {@code behandeling}, whose rows start with the same properties). */
    static Agendapunt punt(Map<String, Object> rij) {
        return new Agendapunt(((Number) rij.get("volgnummer")).intValue(), (String) rij.get("voorstelnummer"), (String) rij.get("procesinstantie"),
                (String) rij.get("titel"), Fase.van((String) rij.get("fase")).orElseThrow(), (String) rij.get("executie"));
    }

    /** The row of an item, in the order the forms and the history have always had it. */
    static Map<String, Object> rij(Agendapunt p) {
        Map<String, Object> rij = Json.rij("volgnummer", p.volgnummer(), "voorstelnummer", p.voorstelnummer(), "procesinstantie",
                p.procesinstantie());
        if (p.executie() != null) {
            rij.put("executie", p.executie());
        }
        rij.putAll(Json.rij("titel", p.titel(), "fase", p.fase().id, "faseNaam", p.fase().naam));
        return rij;
    }
}
