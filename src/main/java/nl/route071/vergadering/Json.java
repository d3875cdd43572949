package nl.route071.vergadering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Json variables of the meeting as plain rows, and back. */
final class Json {

    private Json() {
    }

    /** A Json array (Spin, serialized text, or a Java list of maps) as rows of plain values. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rijen(Object waarde, String naam) {
        if (waarde == null) {
            return List.of();
        }
        if (waarde instanceof String s) {
            try {
                waarde = Spin.JSON(s);
            }
            catch (RuntimeException e) {
                throw new BadUserRequestException("'" + naam + "' is geen lijst.");
            }
        }
        List<Map<String, Object>> rijen = new ArrayList<>();
        if (waarde instanceof SpinJsonNode json && json.isArray()) {
            for (SpinJsonNode element : json.elements()) {
                Map<String, Object> rij = new LinkedHashMap<>();
                if (element.isObject()) {
                    for (String veld : element.fieldNames()) {
                        rij.put(veld, gewoon(element.prop(veld)));
                    }
                }
                rijen.add(rij);
            }
            return rijen;
        }
        if (waarde instanceof List<?> lijst) {
            for (Object element : lijst) {
                rijen.add(element instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>());
            }
            return rijen;
        }
        throw new BadUserRequestException("'" + naam + "' is geen lijst.");
    }

    /** A Json array as the records an owner makes of its rows (an owner's reader); empty for null. */
    static <T> List<T> lijst(Object waarde, String naam, Function<Map<String, Object>, T> rij) {
        return rijen(waarde, naam).stream().map(rij).toList();
    }

    /** Records as a typed Json variable value, each as the row its owner makes of it (an owner's writer). */
    static <T> JsonValue waarde(List<T> lijst, Function<T, Map<String, ?>> rij) {
        return waarde(lijst.stream().<Map<String, ?>>map(rij).toList());
    }

    /** One row to write, its properties in the order given: name, value, name, value, ... (a value may be null). */
    static Map<String, Object> rij(Object... namenEnWaarden) {
        Map<String, Object> rij = new LinkedHashMap<>();
        for (int i = 0; i < namenEnWaarden.length; i += 2) {
            rij.put((String) namenEnWaarden[i], namenEnWaarden[i + 1]);
        }
        return rij;
    }

    /** A Json array of texts (a taglist or checklist value) as a list; empty for null. */
    static List<String> teksten(Object waarde, String naam) {
        if (waarde == null) {
            return List.of();
        }
        Object lijst = waarde instanceof String s ? Spin.JSON(s) : waarde;
        List<String> uit = new ArrayList<>();
        if (lijst instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> uit.add(e.isString() ? e.stringValue() : e.toString()));
            return uit;
        }
        if (lijst instanceof List<?> l) {
            l.forEach(e -> uit.add(String.valueOf(e)));
            return uit;
        }
        throw new BadUserRequestException("'" + naam + "' is geen lijst van keuzes.");
    }

    static Object gewoon(SpinJsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.boolValue();
        }
        if (v.isNumber()) {
            return v.numberValue();
        }
        if (v.isString()) {
            return v.stringValue();
        }
        return v.toString();
    }

    /** Rows of plain values as a typed Json variable value. */
    static JsonValue waarde(List<? extends Map<String, ?>> rijen) {
        SpinJsonNode lijst = Spin.JSON("[]");
        for (Map<String, ?> rij : rijen) {
            SpinJsonNode object = Spin.JSON("{}");
            rij.forEach((k, v) -> {
                if (v == null) {
                    object.prop(k, (String) null);
                }
                else if (v instanceof Boolean b) {
                    object.prop(k, b);
                }
                else if (v instanceof Integer i) {
                    object.prop(k, i);
                }
                else if (v instanceof Long l) {
                    object.prop(k, l);
                }
                else if (v instanceof Number n) {
                    object.prop(k, n.doubleValue());
                }
                else {
                    object.prop(k, String.valueOf(v));
                }
            });
            lijst.append(object);
        }
        return SpinValues.jsonValue(lijst.toString()).create();
    }
}
