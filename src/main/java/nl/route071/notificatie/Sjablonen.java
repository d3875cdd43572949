package nl.route071.notificatie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Dutch mail texts, one file per kind in {@code src/main/resources/notificaties/<soort>.txt}: the first
 * line {@code Onderwerp: ...}, an empty line, then the body. {@code {{naam}}} is replaced by the value with
 * that name (a process variable, or one of the extras the service adds); an unknown name gives "-".
 */
@Component
class Sjablonen {

    static final String MAP = "notificaties/";
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    private static final String ONDERWERP = "Onderwerp:";

    record Bericht(String onderwerp, String tekst) {
    }

    Bericht maak(String soort, Map<String, ?> waarden) {
        if (soort == null || !soort.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Onbekende soort notificatie: " + soort);
        }
        String sjabloon = lees(MAP + soort + ".txt");
        int einde = sjabloon.indexOf('\n');
        String eersteRegel = einde < 0 ? sjabloon : sjabloon.substring(0, einde);
        if (!eersteRegel.startsWith(ONDERWERP)) {
            throw new IllegalStateException(MAP + soort + ".txt begint niet met '" + ONDERWERP + "'");
        }
        String onderwerp = vul(eersteRegel.substring(ONDERWERP.length()).trim(), waarden);
        String tekst = vul(sjabloon.substring(einde + 1).strip(), waarden) + "\n";
        return new Bericht(onderwerp, tekst);
    }

    private static String vul(String tekst, Map<String, ?> waarden) {
        Matcher m = PLAATSHOUDER.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            Object waarde = waarden.get(m.group(1));
            String vervanging = waarde == null || String.valueOf(waarde).isBlank() ? "-" : String.valueOf(waarde);
            m.appendReplacement(uit, Matcher.quoteReplacement(vervanging));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    private static String lees(String pad) {
        ClassPathResource bron = new ClassPathResource(pad);
        if (!bron.exists()) {
            throw new IllegalArgumentException("Geen sjabloon " + pad);
        }
        try (InputStream in = bron.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
