package nl.route071.formulier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import nl.route071.formulier.Formulier.Veld;

/**
 * Checks what a caller sends against a {@link Formulier}: only declared fields, with the form's own rules.
 * Works on plain values (String, Number, Boolean, List, Map; see {@link Waarden}); knows nothing of the engine.
 */
final class Formuliercontrole {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TIJD = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern DATUMTIJD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    /** Evaluates a FEEL expression (without the leading {@code =}) in a context; throws when it cannot. */
    interface Feel {
        Object evalueer(String expressie, Map<String, Object> context);
    }

    /**
     * The verdict: which of the sent variables may be written ({@code behouden}), which values the form itself
     * adds (a default value, an expression field), and what is wrong, each in Dutch naming the field.
     */
    record Uitkomst(Set<String> behouden, Map<String, Object> aanvullingen, List<String> fouten) {
        boolean goed() {
            return fouten.isEmpty();
        }
    }

    private final Feel feel;
    private final Supplier<LocalDate> vandaag;

    /** A check whose date ranges count from the system's today. */
    Formuliercontrole(Feel feel) {
        this(feel, LocalDate::now);
    }

    /** @param vandaag today, as the date ranges of the form count from it (the engine's clock in the engine) */
    Formuliercontrole(Feel feel, Supplier<LocalDate> vandaag) {
        this.feel = feel;
        this.vandaag = vandaag;
    }

    /**
     * @param ingevuld what the caller sends, as plain values
     * @param bestaand the variables the task or process already has, as plain values
     */
    Uitkomst controleer(Formulier formulier, Map<String, Object> ingevuld, Map<String, Object> bestaand) {
        List<String> fouten = new ArrayList<>();
        Set<String> behouden = new LinkedHashSet<>();
        Map<String, Object> aanvullingen = new LinkedHashMap<>();
        for (String naam : ingevuld.keySet()) {
            if (formulier.veld(naam) == null) {
                fouten.add("‘" + naam + "’ staat niet op dit formulier.");
            }
        }
        Map<String, Object> context = new HashMap<>(bestaand);
        context.putAll(ingevuld);
        for (Veld veld : formulier.velden()) {
            boolean gegeven = ingevuld.containsKey(veld.key());
            Object waarde = ingevuld.get(veld.key());
            if (waar(veld.verbergExpressie(), context, false)) {
                continue; // hidden: the form neither checks nor sends it, so nothing is written
            }
            if (veld.alleenLezen() || waar(veld.alleenLezenExpressie(), context, false)) {
                if (gegeven && !leeg(waarde) && !gelijk(waarde, bestaand.get(veld.key()))) {
                    fouten.add("‘" + veld.label() + "’ kan hier niet worden gewijzigd.");
                }
                continue;
            }
            if (veld.berekening() != null) {
                try {
                    aanvullingen.put(veld.key(), feel.evalueer(veld.berekening(), context));
                }
                catch (RuntimeException e) {
                    // an expression the server cannot compute is not written
                }
                continue;
            }
            if (!gegeven && veld.standaard() != null && leeg(bestaand.get(veld.key()))) {
                aanvullingen.put(veld.key(), veld.standaard());
                waarde = veld.standaard();
            }
            fouten.addAll(controleer(veld, waarde, context, bestaand, "‘" + veld.label() + "’"));
            if (gegeven) {
                behouden.add(veld.key());
            }
        }
        return new Uitkomst(behouden, aanvullingen, fouten);
    }

    private List<String> controleer(Veld veld, Object waarde, Map<String, Object> context, Map<String, Object> bestaand, String naam) {
        List<String> fouten = new ArrayList<>();
        if (leeg(waarde) || ("checkbox".equals(veld.type()) && Boolean.FALSE.equals(waarde) && veld.verplicht())) {
            if (veld.verplicht()) {
                fouten.add(naam + " is verplicht.");
            }
            return fouten;
        }
        if (!veld.onderdelen().isEmpty() || veld.lijst()) {
            return controleerOnderdelen(veld, waarde, context, bestaand, naam);
        }
        switch (veld.type()) {
            case "checkbox" -> {
                if (!(waarde instanceof Boolean)) {
                    fouten.add(naam + " is geen ja of nee.");
                }
            }
            case "number" -> {
                BigDecimal getal = getal(waarde);
                if (getal == null) {
                    fouten.add(naam + " is geen getal.");
                }
                else if (veld.min() != null && getal.compareTo(veld.min()) < 0) {
                    fouten.add(naam + " is kleiner dan " + veld.min().toPlainString() + ".");
                }
                else if (veld.max() != null && getal.compareTo(veld.max()) > 0) {
                    fouten.add(naam + " is groter dan " + veld.max().toPlainString() + ".");
                }
            }
            case "datetime" -> {
                String fout = datumfout(veld.subtype(), waarde);
                if (fout == null) {
                    fout = bereikfout(veld.bereik(), (String) waarde, vandaag.get());
                }
                if (fout != null) {
                    fouten.add(naam + " " + fout);
                }
            }
            default -> {
                if (veld.heeftOpties()) {
                    fouten.addAll(controleerOpties(veld, waarde, context, bestaand, naam));
                }
                else if ("textfield".equals(veld.type()) || "textarea".equals(veld.type())) {
                    fouten.addAll(controleerTekst(veld, waarde, naam));
                }
            }
        }
        return fouten;
    }

    private List<String> controleerOnderdelen(Veld veld, Object waarde, Map<String, Object> context, Map<String, Object> bestaand, String naam) {
        List<String> fouten = new ArrayList<>();
        List<?> items;
        if (veld.lijst()) {
            if (!(waarde instanceof List<?> lijst)) {
                return List.of(naam + " is geen lijst.");
            }
            items = lijst;
        }
        else {
            items = List.of(waarde);
        }
        for (int i = 0; i < items.size(); i++) {
            String regel = veld.lijst() ? naam + ", regel " + (i + 1) : naam;
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                fouten.add(regel + " is geen onderdeel van het formulier.");
                continue;
            }
            Map<String, Object> binnen = new HashMap<>(context);
            item.forEach((k, v) -> binnen.put(String.valueOf(k), v));
            for (Veld onderdeel : veld.onderdelen()) {
                if (onderdeel.alleenLezen() || onderdeel.berekening() != null || waar(onderdeel.verbergExpressie(), binnen, false)) {
                    continue;
                }
                fouten.addAll(controleer(onderdeel, item.get(onderdeel.key()), binnen, bestaand, regel + ": ‘" + metItem(onderdeel.label(), item) + "’"));
            }
        }
        return fouten;
    }

    private static final java.util.regex.Pattern ITEMVELD = java.util.regex.Pattern.compile("\\{\\{\\s*this\\.(\\w+)\\s*}}");

    /** A label inside a dynamic list may name its item ("{{this.naam}} is aanwezig"), as form-js shows it. */
    static String metItem(String label, Map<?, ?> item) {
        return ITEMVELD.matcher(label).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf(item.get(m.group(1)))));
    }

    private List<String> controleerOpties(Veld veld, Object waarde, Map<String, Object> context, Map<String, Object> bestaand, String naam) {
        List<Object> opties = opties(veld, context, bestaand);
        if (opties == null) {
            return List.of("De keuzes van " + naam + " zijn niet te bepalen.");
        }
        List<?> gekozen;
        if (veld.meerkeuze()) {
            if (!(waarde instanceof List<?> lijst)) {
                return List.of(naam + " is geen lijst van keuzes.");
            }
            gekozen = lijst;
        }
        else {
            gekozen = List.of(waarde);
        }
        List<String> fouten = new ArrayList<>();
        for (Object keuze : gekozen) {
            if (opties.stream().noneMatch(optie -> gelijk(optie, keuze))) {
                fouten.add(naam + ": ‘" + keuze + "’ is geen keuze van dit formulier.");
            }
        }
        return fouten;
    }

    /** The values the field offers, or null when they cannot be determined. */
    private List<Object> opties(Veld veld, Map<String, Object> context, Map<String, Object> bestaand) {
        if (veld.opties() != null) {
            return veld.opties();
        }
        Object bron;
        if (veld.optiesVariabele() != null) {
            bron = bestaand.get(veld.optiesVariabele());
        }
        else {
            try {
                bron = feel.evalueer(veld.optiesExpressie(), context);
            }
            catch (RuntimeException e) {
                return null;
            }
        }
        if (!(bron instanceof List<?> lijst)) {
            return bron == null ? List.of() : null;
        }
        List<Object> waarden = new ArrayList<>();
        for (Object optie : lijst) {
            waarden.add(optie instanceof Map<?, ?> m && m.containsKey("value") ? m.get("value") : optie);
        }
        return waarden;
    }

    private static List<String> controleerTekst(Veld veld, Object waarde, String naam) {
        if (!(waarde instanceof String tekst)) {
            return List.of(naam + " is geen tekst.");
        }
        List<String> fouten = new ArrayList<>();
        if (veld.minLengte() != null && tekst.length() < veld.minLengte()) {
            fouten.add(naam + " is korter dan " + veld.minLengte() + " tekens.");
        }
        if (veld.maxLengte() != null && tekst.length() > veld.maxLengte()) {
            fouten.add(naam + " is langer dan " + veld.maxLengte() + " tekens.");
        }
        if (veld.patroon() != null) {
            try {
                if (!Pattern.compile(veld.patroon()).matcher(tekst).matches()) {
                    fouten.add(naam + " heeft niet de vorm die het formulier vraagt.");
                }
            }
            catch (PatternSyntaxException e) {
                fouten.add(naam + " kan niet worden gecontroleerd: het patroon van het formulier is ongeldig.");
            }
        }
        return fouten;
    }

    /** What is wrong with a date, time or date-time value; null when nothing is. */
    static String datumfout(String subtype, Object waarde) {
        if (!(waarde instanceof String tekst)) {
            return "is geen datum (jjjj-mm-dd).";
        }
        if ("time".equals(subtype)) {
            return TIJD.matcher(tekst).matches() ? null : "is geen tijd (uu:mm).";
        }
        if ("datetime".equals(subtype)) {
            return DATUMTIJD.matcher(tekst).matches() && datum(tekst.substring(0, 10)) != null ? null
                    : "is geen datum met tijd (jjjj-mm-ddTuu:mm).";
        }
        return datum(tekst) != null ? null : "is geen datum (jjjj-mm-dd).";
    }

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** What is wrong with a well-formed date outside the form's range; null when nothing is (or no range is set). */
    static String bereikfout(Formulier.Bereik bereik, String tekst, LocalDate vandaag) {
        LocalDate dag = bereik == null ? null : datum(tekst.length() >= 10 ? tekst.substring(0, 10) : tekst);
        if (dag == null) {
            return null;
        }
        LocalDate vroegst = bereik.vroegsteDag(vandaag);
        LocalDate laatst = bereik.laatsteDag(vandaag);
        if ((vroegst != null && dag.isBefore(vroegst)) || (laatst != null && dag.isAfter(laatst))) {
            return "ligt buiten de mogelijke datums van dit formulier" + (vroegst != null ? " (van " + DAG.format(vroegst) : " (")
                    + (laatst != null ? (vroegst != null ? " " : "") + "tot en met " + DAG.format(laatst) : "") + ").";
        }
        return null;
    }

    private static LocalDate datum(String tekst) {
        try {
            return LocalDate.parse(tekst, DATUM);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean waar(String expressie, Map<String, Object> context, boolean anders) {
        if (expressie == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(feel.evalueer(expressie, context));
        }
        catch (RuntimeException e) {
            return anders;
        }
    }

    static boolean leeg(Object waarde) {
        return waarde == null || (waarde instanceof String s && s.isBlank()) || (waarde instanceof List<?> l && l.isEmpty());
    }

    static BigDecimal getal(Object waarde) {
        if (waarde instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            }
            catch (NumberFormatException e) {
                return null; // NaN, Infinity
            }
        }
        if (waarde instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Equal as form values: numbers by value, lists and maps element by element. */
    static boolean gelijk(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            BigDecimal x = getal(a);
            BigDecimal y = getal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!gelijk(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            return x.keySet().stream().allMatch(k -> gelijk(x.get(k), y.get(k)));
        }
        return Objects.equals(a, b);
    }
}
