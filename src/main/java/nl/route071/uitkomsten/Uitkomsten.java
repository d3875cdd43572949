package nl.route071.uitkomsten;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The owner of the Json variable {@code uitkomsten}: the outcomes per gemeente of one round of councils or colleges,
 * one row per gemeente, a gemeente answering twice counting once with its last outcome. Every reader (the gemeenten
 * that go on to uitvoering, the continuation after the evaluation, the mails) reads it through this type, and only
 * this class knows the rows' property names. Read and written with Spin, the engine's Json library, as
 * {@code stemming/Stemmen} is. Written only by the route ({@code voorstel/UitkomstVerzamelenListener}).
 *
 * <p>Values in, no engine, no Spring; its own package, so that {@code directory} (whose bean the BPMN asks for the
 * gemeenten that go on) and the route's packages can both use it without a cycle.
 *
 * @param regels the rows in the variable's order
 */
public record Uitkomsten(List<Uitkomst> regels) {

    /** No outcomes (yet). */
    public static final Uitkomsten GEEN = new Uitkomsten(List.of());

    /**
     * One gemeente's outcome, as the call activity maps it out of the council's or college's process; {@code besluit}
     * may be null (then shown as "-").
     */
    public record Uitkomst(String gemeente, String besluit, boolean afwijking, boolean verantwoordingVereist, boolean gaatDoor) {

        /** The decision as the mails and the continuation show it: "-" when there is none. */
        public String besluitTekst() {
            return besluit != null ? besluit : "-";
        }

        SpinJsonNode json() {
            SpinJsonNode uitkomst = Spin.JSON("{}");
            uitkomst.prop("gemeente", gemeente);
            uitkomst.prop("besluit", besluit);
            uitkomst.prop("afwijking", afwijking);
            uitkomst.prop("verantwoordingVereist", verantwoordingVereist);
            uitkomst.prop("gaatDoor", gaatDoor);
            return uitkomst;
        }
    }

    public Uitkomsten {
        regels = List.copyOf(regels);
    }

    /**
     * The variable as the engine holds it, a Spin Json array. Anything else (a text or a value a caller sent) counts
     * as no outcomes: only the route's own Json counts.
     */
    public static Uitkomsten uitVariabele(Object waarde) {
        return waarde instanceof SpinJsonNode json ? uitJson(json).orElse(GEEN) : GEEN;
    }

    /**
     * The outcomes in a value as it travels outside the engine: the Spin Json array, or its text or bytes (a mail
     * request, history). Empty for anything else, and for a text that is no Json array.
     */
    public static Optional<Uitkomsten> van(Object waarde) {
        try {
            if (waarde instanceof SpinJsonNode json) {
                return uitJson(json);
            }
            if (waarde instanceof String tekst) {
                return uitJson(Spin.JSON(tekst));
            }
            if (waarde instanceof byte[] bytes) {
                return uitJson(Spin.JSON(new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        catch (SpinRuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A new list: the rows of other gemeenten, in their order, then {@code uitkomst}.
     */
    public Uitkomsten met(Uitkomst uitkomst) {
        List<Uitkomst> lijst = new ArrayList<>(regels.stream().filter(regel -> !uitkomst.gemeente().equals(regel.gemeente())).toList());
        lijst.add(uitkomst);
        return new Uitkomsten(lijst);
    }

    /** The gemeenten (ids, in the rows' order) whose outcome says they go on ({@code gaatDoor}). */
    public List<String> doorgaand() {
        return regels.stream().filter(Uitkomst::gaatDoor).map(Uitkomst::gemeente).toList();
    }

    /** The value to store in the variable: a Spin Json array. */
    public TypedValue waarde() {
        return SpinValues.jsonValue(json()).create();
    }

    /** The rows as a Spin Json array. */
    public SpinJsonNode json() {
        SpinJsonNode lijst = Spin.JSON("[]");
        regels.forEach(regel -> lijst.append(regel.json()));
        return lijst;
    }

    private static Optional<Uitkomsten> uitJson(SpinJsonNode lijst) {
        if (lijst == null || !lijst.isArray()) {
            return Optional.empty();
        }
        List<Uitkomst> regels = new ArrayList<>();
        for (SpinJsonNode regel : lijst.elements()) {
            String gemeente = tekst(regel, "gemeente");
            if (gemeente != null) {
                regels.add(new Uitkomst(gemeente, tekst(regel, "besluit"), waar(regel, "afwijking"), waar(regel, "verantwoordingVereist"),
                        waar(regel, "gaatDoor")));
            }
        }
        return Optional.of(new Uitkomsten(regels));
    }

    private static String tekst(SpinJsonNode regel, String naam) {
        return regel.isObject() && regel.hasProp(naam) && regel.prop(naam).isString() ? regel.prop(naam).stringValue() : null;
    }

    private static boolean waar(SpinJsonNode regel, String naam) {
        return regel.isObject() && regel.hasProp(naam) && regel.prop(naam).isBoolean() && regel.prop(naam).boolValue();
    }
}
