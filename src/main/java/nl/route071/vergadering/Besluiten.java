package nl.route071.vergadering;

import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The owner of the meeting's Json variable {@code besluiten}, the besluitenlijst per agenda item: its outcome as a
 * sentence and, for a recorded vote, the stemuitslag and the weighted votes as the DMN gave them. Only this class knows
 * the rows' property names; read and written with Spin through {@link Json}. Written only by the route
 * ({@link Vergaderingen#stelBesluitenlijstOp}).
 */
public record Besluiten(List<Besluit> besluiten) {

    /**
     * One item of the besluitenlijst.
     *
     * @param voorstel the proposal the item belongs to (a verantwoording's proposal; null for a voortgang item)
     * @param fase the item's phase id ({@link Fase})
     * @param stemming the recorded vote of a {@code stemming} item, null when there is none (yet)
     * @param besluit the outcome as the besluitenlijst says it
     */
    public record Besluit(int volgnummer, String voorstelnummer, String voorstel, String titel, String fase, String uitkomst,
            Stemming stemming, String besluit) {
    }

    /** A recorded vote: the stemuitslag and the weighted voor, tegen and onthouding. */
    public record Stemming(String uitslag, long voor, long tegen, long onthouding) {
    }

    /** The variable's value (Spin Json, its text, or rows); empty for none. */
    static Besluiten van(Object waarde) {
        return new Besluiten(Json.lijst(waarde, VergaderingProcess.VAR_BESLUITEN, Besluiten::besluit));
    }

    private static Besluit besluit(Map<String, Object> rij) {
        Stemming stemming = rij.containsKey("gewogenVoor") ? new Stemming((String) rij.get("stemuitslag"), getal(rij.get("gewogenVoor")),
                getal(rij.get("gewogenTegen")), getal(rij.get("gewogenOnthouding"))) : null;
        // a row from before "voorstel" was written: the item's own number
        String voorstel = (String) (rij.containsKey("voorstel") ? rij.get("voorstel") : rij.get("voorstelnummer"));
        return new Besluit(((Number) rij.get("volgnummer")).intValue(), (String) rij.get("voorstelnummer"), voorstel, (String) rij.get("titel"),
                (String) rij.get("fase"), (String) rij.get("uitkomst"), stemming, (String) rij.get("besluit"));
    }

    /** The value to store: a Spin Json array. */
    JsonValue waarde() {
        return Json.waarde(besluiten, b -> {
            Map<String, Object> rij = Json.rij("volgnummer", b.volgnummer(), "voorstelnummer", b.voorstelnummer(), "voorstel", b.voorstel(),
                    "titel", b.titel(), "fase", b.fase(), "uitkomst", b.uitkomst());
            if (b.stemming() != null) {
                rij.putAll(Json.rij("stemuitslag", b.stemming().uitslag(), "gewogenVoor", b.stemming().voor(), "gewogenTegen",
                        b.stemming().tegen(), "gewogenOnthouding", b.stemming().onthouding()));
            }
            rij.put("besluit", b.besluit());
            return rij;
        });
    }

    private static long getal(Object waarde) {
        return waarde instanceof Number n ? n.longValue() : 0;
    }
}
