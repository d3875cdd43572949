package nl.route071.evaluatie;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, laid out on the server and drawn by the template as inline SVG (no script,
 * prints as it shows). Coordinates in SVG user units.
 */
public record Staafdiagram(String titel, List<Staaf> staven, int hoogte, Integer normX, String normLabel) {

    static final int LABEL_BREEDTE = 230;
    static final int STAAF_RUIMTE = 360;
    static final int REGEL = 26;

    public record Staaf(String label, String tekst, int y, int breedte, boolean boven) {

        public int tekstX() {
            return LABEL_BREEDTE + breedte + 6;
        }
    }

    public int breedte() {
        return LABEL_BREEDTE + STAAF_RUIMTE + 90;
    }

    public int staafX() {
        return LABEL_BREEDTE;
    }

    /** Bars for the values (null = no data, drawn as "geen gegevens"), scaled to the maximum. */
    static Staafdiagram van(String titel, List<String> labels, List<? extends Number> waarden, double maximum,
            String eenheid, Double norm, String normLabel) {
        double schaal = Math.max(maximum, norm == null ? 0 : norm);
        List<Staaf> staven = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Number waarde = waarden.get(i);
            int breedte = waarde == null || schaal <= 0 ? 0 : (int) Math.round(STAAF_RUIMTE * waarde.doubleValue() / schaal);
            String tekst = waarde == null ? "geen gegevens" : opmaak(waarde) + eenheid;
            boolean boven = norm != null && waarde != null && waarde.doubleValue() > norm;
            staven.add(new Staaf(labels.get(i), tekst, 10 + i * REGEL, breedte, boven));
        }
        Integer normX = norm == null || schaal <= 0 ? null : LABEL_BREEDTE + (int) Math.round(STAAF_RUIMTE * norm / schaal);
        return new Staafdiagram(titel, staven, 20 + labels.size() * REGEL + (norm == null ? 0 : 16), normX, normLabel);
    }

    private static String opmaak(Number waarde) {
        double d = waarde.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.forLanguageTag("nl"), "%.1f", d);
    }
}
