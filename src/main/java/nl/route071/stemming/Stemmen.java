package nl.route071.stemming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The owner of the Json variable {@code stemmen}: the recorded vote of the regiocommissie, one row per fractie of the
 * stemlijst with its weight and choice. Every reader outside the vote's own recording (the advice, the regional
 * overview, the ODS export, the evaluation report's figures) reads it through this type, and only this class knows
 * the rows' property names. It is read with Spin, the engine's Json library, whatever form it comes in (the variable,
 * its text, the bytes in history). Written by {@link Stemverwerking} (from the route's own {@code stemlijst}).
 *
 * <p>The weighted tally per choice is {@link #gewogen()}: the result of the DMN decision {@code gewogenStemmen} in
 * {@code decisions/stemuitslag.dmn}, the same sums the decision {@code stemuitslag} decides with. Java adds no weights
 * up. Whether the vote carried is the DMN {@code stemuitslag}'s, and is read from its result.
 *
 * @param regels the rows in the variable's order
 */
public record Stemmen(List<Stem> regels) {

    /** The choices a fractie has; a row without a known choice counts as {@link #AFWEZIG}. */
    public static final List<String> KEUZES = List.of("voor", "tegen", "onthouding", "afwezig");
    public static final String AFWEZIG = "afwezig";

    /**
     * One row: a fractie of a gemeente, its weight (its votes at the election of the raad in office) and its choice
     * ({@code stem}, null while the vote is open). The other fields are where the weight comes from.
     */
    public record Stem(String sleutel, String gemeente, String gemeenteId, String fractie, long gewicht, Number zetels, String stem,
            String stemdatum, Number stemronde, String verkiezingsdatum, String status, Number raadszetels, String bron, Boolean demo) {

        /** The choice if it is one of {@link #KEUZES}, else {@code afwezig}. */
        public String keuze() {
            return stem != null && KEUZES.contains(stem) ? stem : AFWEZIG;
        }

        public boolean heeftStem() {
            return stem != null && !stem.isBlank();
        }

        /** Invented votes: the row says so, or (rows from before that field) its source does. */
        public boolean isDemo() {
            return demo != null ? demo : bron != null && bron.contains("DEMO");
        }
    }

    /** The weights per choice, and the votes cast (voor and tegen), as the DMN decision {@code gewogenStemmen} gives them. */
    public record Gewogen(long voor, long tegen, long onthouding, long afwezig, long uitgebracht) {

        /** No vote (yet). */
        public static final Gewogen GEEN = new Gewogen(0, 0, 0, 0, 0);
    }

    public Stemmen {
        regels = List.copyOf(regels);
    }

    /**
     * The vote in a variable's value: a Spin Json array, or its text or bytes (history). Empty for anything else, and
     * for a text that is no Json.
     */
    public static Optional<Stemmen> van(Object waarde) {
        SpinJsonNode lijst;
        try {
            if (waarde instanceof SpinJsonNode json) {
                lijst = json;
            }
            else if (waarde instanceof String tekst) {
                lijst = Spin.JSON(tekst);
            }
            else if (waarde instanceof byte[] bytes) {
                lijst = Spin.JSON(new String(bytes, StandardCharsets.UTF_8));
            }
            else {
                return Optional.empty();
            }
        }
        catch (SpinRuntimeException e) {
            return Optional.empty();
        }
        if (lijst == null || !lijst.isArray()) {
            return Optional.empty();
        }
        List<Stem> regels = new ArrayList<>();
        for (SpinJsonNode regel : lijst.elements()) {
            regels.add(new Stem(tekst(regel, "sleutel"), tekst(regel, "gemeente"), tekst(regel, "gemeenteId"), tekst(regel, "fractie"),
                    getal(regel, "gewicht") == null ? 0L : getal(regel, "gewicht").longValue(), getal(regel, "zetels"), tekst(regel, "stem"),
                    tekst(regel, "stemdatum"), getal(regel, "stemronde"), tekst(regel, "verkiezingsdatum"), tekst(regel, "status"),
                    getal(regel, "raadszetels"), tekst(regel, "bron"),
                    regel.hasProp("demo") && regel.prop("demo").isBoolean() ? regel.prop("demo").boolValue() : null));
        }
        return Optional.of(new Stemmen(regels));
    }

    /**
     * The weighted tally per choice: the DMN decision {@code gewogenStemmen} evaluated on these rows (Camunda's
     * standalone DMN engine: nothing is written to the engine's history).
     */
    public Gewogen gewogen() {
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (Stem regel : regels) {
            Map<String, Object> rij = new HashMap<>();
            rij.put("gemeente", regel.gemeenteId() != null ? regel.gemeenteId() : regel.gemeente());
            rij.put("fractie", regel.fractie());
            rij.put("gewicht", regel.gewicht());
            rij.put("stem", regel.stem());
            rijen.add(rij);
        }
        Map<String, Object> uitkomst = Stemverhouding.DMN.evaluateDecision(Stemverhouding.BESLISSING,
                Variables.createVariables().putValue("stemmen", rijen)).getSingleEntry();
        return new Gewogen(getal(uitkomst, "voor"), getal(uitkomst, "tegen"), getal(uitkomst, "onthouding"), getal(uitkomst, "afwezig"),
                getal(uitkomst, "uitgebracht"));
    }

    /** The decision {@code gewogenStemmen}, read once from the classpath (the file the engine deploys). */
    private static final class Stemverhouding {

        static final String BESTAND = "decisions/stemuitslag.dmn";
        static final String ID = "gewogenStemmen";
        static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        static final DmnDecision BESLISSING = lees();

        private static DmnDecision lees() {
            try (InputStream dmn = Stemmen.class.getClassLoader().getResourceAsStream(BESTAND)) {
                if (dmn == null) {
                    throw new IllegalStateException(BESTAND + " is not on the classpath");
                }
                return DMN.parseDecision(ID, dmn);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static long getal(Map<String, Object> uitkomst, String naam) {
        return uitkomst.get(naam) instanceof Number n ? n.longValue() : 0L;
    }

    /** Every row has a choice: the vote was recorded, not only laid out for the form. */
    public boolean vastgelegd() {
        return !regels.isEmpty() && regels.stream().allMatch(Stem::heeftStem);
    }

    /** Per gemeente (its id, in the rows' order) whether a fractie of it took part, i.e. was not absent. */
    public Map<String, Boolean> aanwezigPerGemeente() {
        Map<String, Boolean> aanwezig = new LinkedHashMap<>();
        for (Stem regel : regels) {
            if (regel.gemeenteId() != null) {
                aanwezig.merge(regel.gemeenteId(), !AFWEZIG.equals(regel.stem()), Boolean::logicalOr);
            }
        }
        return aanwezig;
    }

    /** A row's source is marked DEMO (invented votes), as the regional overview shows it. */
    public boolean bronDemo() {
        return regels.stream().anyMatch(regel -> regel.bron() != null && regel.bron().contains("DEMO"));
    }

    private static String tekst(SpinJsonNode regel, String naam) {
        return regel.hasProp(naam) && regel.prop(naam).isString() ? regel.prop(naam).stringValue() : null;
    }

    private static Number getal(SpinJsonNode regel, String naam) {
        return regel.hasProp(naam) && regel.prop(naam).isNumber() ? regel.prop(naam).numberValue() : null;
    }
}
