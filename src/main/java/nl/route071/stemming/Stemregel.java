package nl.route071.stemming;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * One row of the stemlijst: a fractie of a participating gemeente and the weight the route gives it (its votes at the
 * election of the raad in office on the meeting date). {@code waarschuwing} says what the griffier must know about this
 * row (a weight that is unknown and counts as 0, a DEMO or provisional figure), null when nothing.
 */
record Stemregel(String sleutel, String gemeente, String gemeenteId, String fractie, long gewicht, Integer zetels,
        LocalDate verkiezingsdatum, LocalDate installatiedatum, String status, String bron, boolean demo, Integer raadszetels,
        String waarschuwing) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"';)]+");
    /** A site named without its URL, e.g. "voorschoten.nl voorlopige-uitslag..." (never a file name such as x.csv). */
    private static final Pattern DOMEIN = Pattern.compile("\\b(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:nl|com|org|net|eu)\\b");

    static String sleutel(String gemeenteId, String fractie) {
        return gemeenteId + ":" + fractie;
    }

    /** The row as it goes into the Json variables {@code stemlijst} and {@code stemmen} ({@code stem} null). */
    SpinJsonNode json() {
        SpinJsonNode regel = Spin.JSON("{}");
        regel.prop("sleutel", sleutel);
        regel.prop("gemeente", gemeente);
        regel.prop("gemeenteId", gemeenteId);
        regel.prop("fractie", fractie);
        regel.prop("gewicht", gewicht);
        getal(regel, "zetels", zetels);
        regel.prop("verkiezing", verkiezingsdatum.getYear());
        regel.prop("verkiezingsdatum", verkiezingsdatum.toString());
        regel.prop("installatiedatum", installatiedatum.toString());
        regel.prop("status", status);
        getal(regel, "raadszetels", raadszetels);
        regel.prop("bron", bron);
        regel.prop("bronLink", bronLink(bron));
        regel.prop("omschrijving", omschrijving());
        regel.prop("tekst", tekst());
        regel.prop("demo", demo);
        if (waarschuwing == null) {
            regel.prop("waarschuwing", (String) null);
        }
        else {
            regel.prop("waarschuwing", waarschuwing);
        }
        regel.prop("stem", (String) null);
        return regel;
    }

    /**
     * The row's line under the fractie's name on the stemming form, written by the route so the form shows it without
     * computing it: the weight with thousands separators, seats, election year, provisional or not, source, warning.
     * The form's FEEL is parsed again at each change of the form (form-js), per row; a plain field keeps opening and
     * completing the 32-row form fast (issue #27).
     */
    String omschrijving() {
        StringBuilder tekst = new StringBuilder(java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(gewicht))
                .append(" stemmen");
        if (zetels != null) {
            tekst.append(" · ").append(zetels).append(" zetels");
        }
        tekst.append(" · verkiezing ").append(verkiezingsdatum.getYear());
        if ("voorlopig".equals(status)) {
            tekst.append(" (voorlopig)");
        }
        tekst.append(" · bron: ").append(bronLink(bron));
        if (waarschuwing != null) {
            tekst.append("  \n⚠ ").append(waarschuwing);
        }
        return tekst.toString();
    }

    /**
     * The row's whole text on the stemming form, its title in bold ("**Leiden – VVD**", which Tasklist's module reads
     * to name the row's radios) above {@link #omschrijving()}. The form shows it as one name ({@code {{this.tekst}}}):
     * form-js resolves every name of a text against the whole form context, per row and per render, so one name instead
     * of three takes about a sixth off the main thread's work when the 32-row form opens (docs/tasklist.md).
     * {@code omschrijving}, {@code gemeente} and {@code fractie} stay in the row for the forms of earlier deployments.
     */
    String tekst() {
        return "**" + gemeente + " – " + fractie + "**  \n" + omschrijving();
    }

    /** A row of the route's own {@code stemlijst}. */
    static Stemregel van(SpinJsonNode regel) {
        return new Stemregel(tekst(regel, "sleutel"), tekst(regel, "gemeente"), tekst(regel, "gemeenteId"), tekst(regel, "fractie"),
                regel.prop("gewicht").numberValue().longValue(), geheel(regel, "zetels"),
                LocalDate.parse(tekst(regel, "verkiezingsdatum")),
                regel.hasProp("installatiedatum") ? LocalDate.parse(tekst(regel, "installatiedatum")) : LocalDate.parse(tekst(regel, "verkiezingsdatum")),
                tekst(regel, "status"), tekst(regel, "bron"), regel.prop("demo").boolValue(), geheel(regel, "raadszetels"),
                tekst(regel, "waarschuwing"));
    }

    /**
     * The source as a short Markdown link for the form: the host of its first URL ("[voorschoten.nl](https://...)"),
     * "DEMO-cijfer" for invented votes, else the text shortened. Never a raw URL or a file name.
     */
    static String bronLink(String bron) {
        String tekst = bron == null ? "" : bron;
        String demo = tekst.toUpperCase(Locale.ROOT).startsWith("DEMO") ? "DEMO-cijfer" : null;
        Matcher url = URL.matcher(tekst);
        if (url.find()) {
            String adres = url.group();
            try {
                String host = URI.create(adres).getHost();
                if (host != null) {
                    String kort = host.startsWith("www.") ? host.substring(4) : host;
                    return (demo == null ? "" : demo + ", zetels: ") + "[" + kort + "](" + adres + ")";
                }
            }
            catch (IllegalArgumentException e) {
                // not a usable URL: fall through to the text
            }
        }
        Matcher domein = DOMEIN.matcher(tekst);
        if (domein.find()) {
            String kort = domein.group().startsWith("www.") ? domein.group().substring(4) : domein.group();
            return (demo == null ? "" : demo + ", zetels: ") + "[" + kort + "](https://" + domein.group() + ")";
        }
        if (demo != null) {
            return demo;
        }
        String zonderBestand = tekst.replaceAll("[\\w.-]+\\.csv", "de uitslagenlijst");
        return zonderBestand.length() > 60 ? zonderBestand.substring(0, 57) + "…" : zonderBestand;
    }

    private static String tekst(SpinJsonNode regel, String naam) {
        return regel.hasProp(naam) && !regel.prop(naam).isNull() ? regel.prop(naam).stringValue() : null;
    }

    private static Integer geheel(SpinJsonNode regel, String naam) {
        return regel.hasProp(naam) && regel.prop(naam).isNumber() ? regel.prop(naam).numberValue().intValue() : null;
    }

    private static void getal(SpinJsonNode regel, String naam, Number waarde) {
        if (waarde == null) {
            regel.prop(naam, (String) null);
        }
        else {
            regel.prop(naam, waarde);
        }
    }
}
