package nl.route071.stukken;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * What may come in as a stuk, decided from the content and never from the name alone (Apache Tika's magic bytes):
 * <ul>
 * <li>the allow-list {@link #TOEGESTAAN}: PDF, ODF (text, spreadsheet, presentation, drawing), OOXML (docx, xlsx,
 * pptx), plain text and the common images (PNG, JPEG, GIF, TIFF, WebP);</li>
 * <li>everything else is refused (415): HTML, SVG, XML, scripts, executables, archives, macro documents, and content
 * Tika does not recognise, also when the name ends in {@code .pdf};</li>
 * <li>OOXML is a zip whose content only says "OOXML"; the name's extension picks docx, xlsx or pptx, and only those;</li>
 * <li>plain text with markup or script in its first 64 KB ({@code <script}, {@code <html}, {@code <svg}, ...) is
 * refused: a browser that sniffs would take it for HTML.</li>
 * </ul>
 * File names are checked and cleaned ({@link #bestandsnaam}). Plain static functions, tested without Spring.
 */
final class Inhoudscontrole {

    /** The allowed formats by the type Tika reads from the content, with the Dutch name the page shows. */
    static final Map<String, String> TOEGESTAAN = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODF-tekst"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODF-rekenblad"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "ODF-presentatie"),
            Map.entry("application/vnd.oasis.opendocument.graphics", "ODF-tekening"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (docx)"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (xlsx)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (pptx)"),
            Map.entry("text/plain", "tekst"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/gif", "GIF"),
            Map.entry("image/tiff", "TIFF"),
            Map.entry("image/webp", "WebP"));

    static final String OOXML = "application/x-tika-ooxml";
    static final int KOP = 64 * 1024;
    private static final Pattern OPMAAK = Pattern.compile("<\\s*(script|html|svg|body|iframe|object|embed|meta|!doctype|\\?xml)|javascript:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONVEILIG_TEKEN = Pattern.compile("[^\\p{L}\\p{N} ._()+,-]");
    private static final Tika TIKA = new Tika();

    private Inhoudscontrole() {
    }

    /**
     * The format of the content (a type of {@link #TOEGESTAAN}), read from its first bytes; the stream must support
     * mark (it is reset). Refused with 415 and a Dutch message for anything else.
     */
    static String formaat(BufferedInputStream inhoud, String bestandsnaam) throws IOException {
        String vanInhoud = basis(TIKA.getDetector().detect(inhoud, new Metadata()).toString());
        String formaat = vanInhoud;
        if (OOXML.equals(vanInhoud)) {
            // only the name tells a docx from an xlsx inside the OOXML zip; Tika refines, never overrules, the content
            formaat = basis(TIKA.detect(inhoud, bestandsnaam));
        }
        if (!TOEGESTAAN.containsKey(formaat)) {
            throw new Stukweigering(415, "Dit soort bestand wordt niet aangenomen (herkend als " + omschrijving(vanInhoud)
                    + "). Toegestaan: PDF, ODF, Word, Excel, PowerPoint (docx, xlsx, pptx), platte tekst en afbeeldingen (PNG, JPEG, GIF, TIFF, WebP).");
        }
        if ("text/plain".equals(formaat)) {
            inhoud.mark(KOP + 1);
            byte[] kop = inhoud.readNBytes(KOP);
            inhoud.reset();
            if (OPMAAK.matcher(new String(kop, StandardCharsets.ISO_8859_1)).find()) {
                throw new Stukweigering(415, "Deze tekst bevat HTML, SVG of script en wordt niet aangenomen.");
            }
        }
        return formaat;
    }

    private static String basis(String type) {
        return MediaType.parse(type) == null ? type : MediaType.parse(type).getBaseType().toString();
    }

    private static String omschrijving(String type) {
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "image/svg+xml" -> "SVG";
            case "application/octet-stream" -> "onbekend";
            default -> type.contains("executable") || type.contains("msdownload") || type.contains("dosexec") || type.contains("elf")
                    ? "programma (" + type + ")" : type;
        };
    }

    /**
     * The name as stored and offered at download: without folders, control characters or {@code ..} (refused with a
     * 400: such a name is an attack or a mistake), normalised (NFC), and with every character outside letters, digits,
     * space and {@code ._()+,-} replaced by {@code _}; at most 200 characters, the extension kept.
     */
    static String bestandsnaam(String naam) {
        if (naam == null || naam.isBlank()) {
            throw Stukweigering.ongeldig("Het bestand heeft geen naam.");
        }
        String n = Normalizer.normalize(naam.strip(), Normalizer.Form.NFC);
        if (n.contains("/") || n.contains("\\") || n.contains("..") || n.chars().anyMatch(c -> c < 32 || c == 127)) {
            throw Stukweigering.ongeldig("De bestandsnaam mag geen map, '..' of stuurtekens bevatten: " + n.replaceAll("\\p{Cntrl}", "?"));
        }
        n = ONVEILIG_TEKEN.matcher(n).replaceAll("_").replaceAll("_{2,}", "_").replaceAll("^[ .]+", "");
        if (n.isBlank()) {
            throw Stukweigering.ongeldig("De bestandsnaam bevat geen bruikbare tekens.");
        }
        if (n.length() > 200) {
            int punt = n.lastIndexOf('.');
            String extensie = punt > 0 && n.length() - punt <= 10 ? n.substring(punt) : "";
            n = n.substring(0, 200 - extensie.length()) + extensie;
        }
        return n;
    }

    /** The extensions a user may pick, for the page's file input (a hint only; the content decides). */
    static final List<String> EXTENSIES = List.of(".pdf", ".odt", ".ods", ".odp", ".odg", ".docx", ".xlsx", ".pptx", ".txt", ".png", ".jpg",
            ".jpeg", ".gif", ".tif", ".tiff", ".webp");

    static String extensieLijst() {
        return String.join(",", EXTENSIES).toLowerCase(Locale.ROOT);
    }
}
