package nl.route071.formulier;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployed Camunda Form declares: the variables a caller may write and the form's own rules for each.
 * Read from the form's JSON (form-js schema), so a form added in Camunda Modeler is covered without Java.
 *
 * <p>Writable are the input components with a {@code key} (textfield, textarea, number, datetime, checkbox,
 * checklist, radio, select, taglist and any future keyed input) and each {@code dynamiclist} by its
 * {@code path}. A group without a path only groups; a group with a path is one object. Text, html, table,
 * image and the other display components declare nothing.
 *
 * @param id the form's id ({@code Form_...})
 * @param velden the declared fields, in the form's order
 */
public record Formulier(String id, List<Veld> velden) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Components that show something but hold no value of their own. */
    private static final Set<String> WEERGAVE = Set.of("text", "html", "table", "image", "spacer", "separator",
            "button", "iframe", "documentPreview");

    /** One declared field, with the rules of the form. */
    public record Veld(String key, String type, String label, boolean lijst, boolean verplicht, boolean alleenLezen,
            String alleenLezenExpressie, String verbergExpressie, BigDecimal min, BigDecimal max, Integer minLengte,
            Integer maxLengte, String patroon, String subtype, List<Object> opties, String optiesVariabele,
            String optiesExpressie, Object standaard, String berekening, List<Veld> onderdelen, Bereik bereik) {

        /** Whether the field offers a fixed set of choices (select, radio, checklist, taglist). */
        public boolean heeftOpties() {
            return opties != null || optiesVariabele != null || optiesExpressie != null;
        }

        /** Whether the field's value is a list of choices (checklist, taglist). */
        public boolean meerkeuze() {
            return "checklist".equals(type) || "taglist".equals(type);
        }
    }

    /**
     * The plausible range of a date field, declared in the form as custom properties ({@code "properties":
     * {"vroegst": "-P2Y", "laatst": "P1Y"}}): ISO-8601 periods counted from today, so a meeting date "years away" is
     * refused. Read here for the server and by the Tasklist script for the browser, from the same form.
     *
     * @param vroegst the earliest date as a period from today (e.g. {@code -P2Y}), or null
     * @param laatst the latest date as a period from today (e.g. {@code P1Y}), or null
     */
    public record Bereik(Period vroegst, Period laatst) {

        static final String VROEGST = "vroegst";
        static final String LAATST = "laatst";

        /** The earliest allowed day, counted from this day; null when the form sets none. */
        public LocalDate vroegsteDag(LocalDate vandaag) {
            return vroegst == null ? null : vandaag.plus(vroegst);
        }

        /** The latest allowed day, counted from this day; null when the form sets none. */
        public LocalDate laatsteDag(LocalDate vandaag) {
            return laatst == null ? null : vandaag.plus(laatst);
        }

        static Bereik lees(JsonNode eigenschappen) {
            Period vroegst = periode(eigenschappen, VROEGST);
            Period laatst = periode(eigenschappen, LAATST);
            return vroegst == null && laatst == null ? null : new Bereik(vroegst, laatst);
        }

        private static Period periode(JsonNode eigenschappen, String naam) {
            String tekst = tekst(eigenschappen, naam);
            if (tekst == null || tekst.isBlank()) {
                return null;
            }
            try {
                return Period.parse(tekst.trim());
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException("De eigenschap ‘" + naam + "’ van een datumveld is geen periode (zoals -P2Y of P1Y): "
                        + tekst, e);
            }
        }
    }

    /** The field with this key, or null. */
    public Veld veld(String key) {
        return velden.stream().filter(v -> v.key().equals(key)).findFirst().orElse(null);
    }

    public static Formulier lees(InputStream json) {
        try {
            return lees(JSON.readTree(json));
        }
        catch (IOException e) {
            throw new IllegalArgumentException("Het formulier is geen geldige JSON: " + e.getMessage(), e);
        }
    }

    public static Formulier lees(String json) {
        try {
            return lees(JSON.readTree(json));
        }
        catch (IOException e) {
            throw new IllegalArgumentException("Het formulier is geen geldige JSON: " + e.getMessage(), e);
        }
    }

    static Formulier lees(JsonNode schema) {
        if (schema == null || !schema.path("components").isArray()) {
            throw new IllegalArgumentException("Het formulier heeft geen onderdelen (components).");
        }
        List<Veld> velden = new ArrayList<>();
        verzamel(schema.path("components"), velden);
        return new Formulier(schema.path("id").asText(null), List.copyOf(velden));
    }

    private static void verzamel(JsonNode componenten, List<Veld> velden) {
        for (JsonNode component : componenten) {
            String type = component.path("type").asText("");
            if (WEERGAVE.contains(type)) {
                continue;
            }
            if ("dynamiclist".equals(type) || ("group".equals(type) && component.hasNonNull("path"))) {
                List<Veld> onderdelen = new ArrayList<>();
                verzamel(component.path("components"), onderdelen);
                velden.add(veld(component, component.path("path").asText(), "dynamiclist".equals(type), onderdelen));
            }
            else if (component.has("components")) {
                verzamel(component.path("components"), velden);
            }
            else if (component.hasNonNull("key") && !component.path("key").asText().isBlank()) {
                velden.add(veld(component, component.path("key").asText(), false, List.of()));
            }
        }
    }

    private static Veld veld(JsonNode c, String key, boolean lijst, List<Veld> onderdelen) {
        JsonNode regels = c.path("validate");
        String label = tekst(c, "label");
        if (label == null) {
            label = "time".equals(tekst(c, "subtype")) ? tekst(c, "timeLabel") : tekst(c, "dateLabel");
        }
        JsonNode alleenLezen = c.path("readonly");
        JsonNode uit = c.path("disabled");
        List<Object> opties = null;
        if (c.path("values").isArray()) {
            opties = new ArrayList<>();
            for (JsonNode optie : c.path("values")) {
                opties.add(waarde(optie.has("value") ? optie.get("value") : optie));
            }
        }
        return new Veld(key, c.path("type").asText(), label == null || label.isBlank() ? key : label, lijst,
                regels.path("required").asBoolean(false),
                alleenLezen.asBoolean(false) || uit.asBoolean(false),
                alleenLezen.isTextual() && alleenLezen.asText().startsWith("=") ? alleenLezen.asText().substring(1) : null,
                feel(c.path("conditional").path("hide")),
                getal(regels.path("min")), getal(regels.path("max")),
                regels.path("minLength").isNumber() ? regels.path("minLength").asInt() : null,
                regels.path("maxLength").isNumber() ? regels.path("maxLength").asInt() : null,
                tekst(regels, "pattern"), tekst(c, "subtype"), opties, tekst(c, "valuesKey"),
                feel(c.path("valuesExpression")), c.has("defaultValue") ? waarde(c.get("defaultValue")) : null,
                "expression".equals(c.path("type").asText()) ? feel(c.path("expression")) : null,
                List.copyOf(onderdelen), "datetime".equals(c.path("type").asText()) ? Bereik.lees(c.path("properties")) : null);
    }

    private static String feel(JsonNode node) {
        String tekst = node.isTextual() ? node.asText().trim() : null;
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        return tekst.startsWith("=") ? tekst.substring(1) : tekst;
    }

    private static String tekst(JsonNode node, String veld) {
        JsonNode waarde = node.path(veld);
        return waarde.isValueNode() && !waarde.isNull() ? waarde.asText() : null;
    }

    private static BigDecimal getal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText());
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object waarde(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }
}
