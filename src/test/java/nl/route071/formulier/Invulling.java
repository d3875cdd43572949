package nl.route071.formulier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.route071.formulier.Formulier.Veld;

import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A form filled in by rule, for tests generated from {@code processes/forms}: a valid value for every field, and
 * what the process holds before the task (the read-only fields, the options of a {@code valuesKey}).
 */
public final class Invulling {

    static final String DATUM = "2026-12-01";

    private Invulling() {
    }


    /** The form filled in as a user would: a valid value for every field that is not read-only. */
    public static Map<String, Object> ingevuld(Formulier formulier) {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        List<String> voorwaarden = voorwaarden(formulier.velden());
        for (Veld veld : formulier.velden()) {
            Object waarde = veld.alleenLezen() ? null : geldig(veld, voorwaarden);
            if (waarde != null) {
                variabelen.put(veld.key(), veld.lijst() || veld.meerkeuze() || waarde instanceof Map
                        ? SpinValues.jsonValue(Spin.JSON(waarde)).create() : waarde);
            }
        }
        return variabelen;
    }

    /** What the process holds before the task: the read-only fields' values and each {@code valuesKey}'s options. */
    public static Map<String, Object> bestaand(Formulier formulier) {
        Map<String, Object> variabelen = new HashMap<>();
        List<String> voorwaarden = voorwaarden(formulier.velden());
        for (Veld veld : formulier.velden()) {
            if (veld.optiesVariabele() != null) {
                variabelen.put(veld.optiesVariabele(), SpinValues.jsonValue(
                        "[{\"label\":\"Optie A\",\"value\":\"optie-a\"},{\"label\":\"Optie B\",\"value\":\"optie-b\"}]").create());
            }
            if (veld.alleenLezen()) {
                Object waarde = geldig(veld, voorwaarden);
                variabelen.put(veld.key(), waarde instanceof List || waarde instanceof Map ? SpinValues.jsonValue(Spin.JSON(waarde)).create() : waarde);
            }
        }
        return variabelen;
    }

    /** A valid value; an option that a condition of the form names is preferred, so conditional fields show. */
    static Object geldig(Veld veld, List<String> voorwaarden) {
        if (veld.lijst() || !veld.onderdelen().isEmpty()) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (Veld onderdeel : veld.onderdelen()) {
                Object waarde = geldig(onderdeel, voorwaarden);
                if (waarde != null) {
                    item.put(onderdeel.key(), waarde);
                }
            }
            return veld.lijst() ? List.of(item) : item;
        }
        if (veld.opties() != null || veld.optiesVariabele() != null) {
            Object keuze = veld.opties() == null ? "optie-a" : veld.opties().get(0);
            if (veld.opties() != null) {
                for (Object optie : veld.opties()) {
                    if (voorwaarden.stream().anyMatch(v -> genoemd(v, veld.key(), optie))) {
                        keuze = optie;
                    }
                }
            }
            return veld.meerkeuze() ? List.of(keuze) : keuze;
        }
        if (veld.optiesExpressie() != null) {
            return null;
        }
        return switch (veld.type()) {
            case "checkbox" -> true;
            case "number" -> veld.min() != null ? (Object) veld.min().intValue() : veld.max() != null ? (Object) veld.max().intValue() : (Object) 1;
            case "datetime" -> "time".equals(veld.subtype()) ? "10:00" : "datetime".equals(veld.subtype()) ? DATUM + "T10:00" : DATUM;
            default -> "Tekst".repeat(Math.max(1, veld.minLengte() == null ? 1 : veld.minLengte()));
        };
    }

    /** A valid value other than the current one: another option, another number, date or text. */
    static Object anders(Veld veld, Object huidig) {
        if (veld.opties() != null) {
            for (Object optie : veld.opties()) {
                if (!optie.equals(huidig)) {
                    return optie;
                }
            }
        }
        return switch (veld.type()) {
            case "number" -> 999;
            case "datetime" -> "2030-01-01";
            case "checkbox" -> !Boolean.TRUE.equals(huidig);
            default -> "Gewijzigd";
        };
    }

    private static List<String> voorwaarden(List<Veld> velden) {
        List<String> voorwaarden = new ArrayList<>();
        for (Veld veld : velden) {
            if (veld.verbergExpressie() != null) {
                voorwaarden.add(veld.verbergExpressie());
            }
            voorwaarden.addAll(voorwaarden(veld.onderdelen()));
        }
        return voorwaarden;
    }

    private static boolean genoemd(String voorwaarde, String sleutel, Object optie) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(sleutel) + "\\s*=\\s*\"" + Pattern.quote(String.valueOf(optie)) + "\"")
                .matcher(voorwaarde);
        return m.find();
    }

}
