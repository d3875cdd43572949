package nl.route071.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Every date field of {@code processes/forms} takes dd-mm-jjjj (the Tasklist script refuses anything else), has a
 * plausible range in its form (which the server holds, {@link Formuliercontrole}), and no text of any form tells a
 * griffier another order of day and month. A form added later is covered without a change here.
 */
class DatumveldenTest {

    static final Path FORMULIEREN = Path.of("processes/forms");
    /** What would tell a user another order or format than dd-mm-jjjj. */
    static final Pattern ANDERE_VOLGORDE = Pattern.compile(
            "maand\\s*[/\\-.]\\s*dag|mm\\s*[/\\-.]\\s*dd|jjjj\\s*[/\\-.]\\s*mm|yyyy|month|\\bMM/DD", Pattern.CASE_INSENSITIVE);
    /** A date written as an example in a text: dd-mm-jjjj with -, / or . */
    static final Pattern VOORBEELD = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b");

    record Tekst(String formulier, String waar, String tekst) {
    }

    @Test
    void elk_datumveld_heeft_een_bereik_dat_de_server_leest() throws IOException {
        List<String> zonder = new ArrayList<>();
        for (Path bestand : formulieren()) {
            Formulier formulier = Formulier.lees(Files.readString(bestand));
            for (Formulier.Veld veld : alle(formulier.velden())) {
                if ("datetime".equals(veld.type()) && !"time".equals(veld.subtype())) {
                    Formulier.Bereik bereik = veld.bereik();
                    LocalDate vandaag = LocalDate.of(2026, 12, 7);
                    if (bereik == null || bereik.vroegst() == null || bereik.laatst() == null
                            || !bereik.vroegsteDag(vandaag).isBefore(bereik.laatsteDag(vandaag))
                            || bereik.laatsteDag(vandaag).isAfter(vandaag.plusYears(2))) {
                        zonder.add(formulier.id() + "." + veld.key());
                    }
                }
            }
        }
        assertThat(zonder).as("date fields without a plausible range (properties vroegst/laatst, at most two years ahead)").isEmpty();
    }

    @Test
    void geen_hulptekst_spreekt_de_invoerregel_dd_mm_jjjj_tegen() throws IOException {
        List<String> tegenspraak = new ArrayList<>();
        for (Tekst tekst : teksten()) {
            if (ANDERE_VOLGORDE.matcher(tekst.tekst()).find()) {
                tegenspraak.add(tekst + ": names another order than dd-mm-jjjj");
            }
            Matcher voorbeeld = VOORBEELD.matcher(tekst.tekst());
            while (voorbeeld.find()) {
                if (!bestaat(voorbeeld.group(1), voorbeeld.group(2), voorbeeld.group(3))) {
                    tegenspraak.add(tekst + ": example " + voorbeeld.group() + " is no day as dd-mm-jjjj");
                }
            }
            if (tekst.waar().startsWith("datumveld") && tekst.tekst().toLowerCase().contains("typ")
                    && !tekst.tekst().contains("dd-mm-jjjj")) {
                tegenspraak.add(tekst + ": tells to type a date without naming dd-mm-jjjj");
            }
        }
        assertThat(tegenspraak).isEmpty();
    }

    @Test
    void de_test_ziet_een_hulptekst_die_maand_dag_jaar_zegt() {
        assertThat(ANDERE_VOLGORDE.matcher("Typt u de datum, dan leest het formulier maand/dag/jaar.").find()).isTrue();
        assertThat(ANDERE_VOLGORDE.matcher("Typ de datum als dag-maand-jaar (dd-mm-jjjj, bijvoorbeeld 01-03-2026)").find()).isFalse();
        assertThat(bestaat("31", "02", "2026")).isFalse();
    }

    private static boolean bestaat(String dag, String maand, String jaar) {
        try {
            LocalDate.of(Integer.parseInt(jaar), Integer.parseInt(maand), Integer.parseInt(dag));
            return true;
        }
        catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static List<Formulier.Veld> alle(List<Formulier.Veld> velden) {
        List<Formulier.Veld> alle = new ArrayList<>();
        for (Formulier.Veld veld : velden) {
            alle.add(veld);
            alle.addAll(alle(veld.onderdelen()));
        }
        return alle;
    }

    /** Every label, description and text of every component of every form. */
    static List<Tekst> teksten() throws IOException {
        List<Tekst> teksten = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path bestand : formulieren()) {
            JsonNode schema = json.readTree(bestand.toFile());
            verzamel(schema.path("id").asText(), schema.path("components"), teksten);
        }
        return teksten;
    }

    private static void verzamel(String formulier, JsonNode componenten, List<Tekst> teksten) {
        for (JsonNode component : componenten) {
            String soort = "datetime".equals(component.path("type").asText()) ? "datumveld " : "";
            for (String veld : List.of("label", "dateLabel", "description", "text", "placeholder")) {
                if (component.path(veld).isTextual()) {
                    teksten.add(new Tekst(formulier, soort + component.path("id").asText() + "." + veld, component.path(veld).asText()));
                }
            }
            verzamel(formulier, component.path("components"), teksten);
        }
    }

    static List<Path> formulieren() throws IOException {
        try (Stream<Path> lijst = Files.list(FORMULIEREN)) {
            return lijst.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
    }
}
