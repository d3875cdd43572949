package nl.route071;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/traceability.md} cannot rot: it has exactly {@value #RIJEN} rows and every one of them parses, every seed
 * sentence it quotes is in the seed, every BPMN element, DMN rule, form field, data file and test it names exists, and
 * every row names a test or says why it is not built.
 *
 * <p>The seed ("Lichte samenwerking met stip op de horizon", the rejected draft of 15 June 2017) lies beside the
 * project in {@code ../shared/seed}, which a clean clone (CI) does not have. So the quoted sentences are also committed,
 * with their source, in {@code src/test/resources/seed/zinnen.txt}: the quotes are checked against that copy always,
 * and the copy against the seed wherever the seed is there. Without the seed that last check is skipped, unless
 * {@code ROUTE071_SEED_REQUIRED=true} says the seed must be there; then it fails.
 */
class TraceabilityTest {

    static final Path TABLE = Path.of("docs", "traceability.md");
    static final Path SEED = Path.of("..", "shared", "seed");
    static final Path ZINNEN = Path.of("src", "test", "resources", "seed", "zinnen.txt");
    /** The rows of the table; a row that stops parsing, or one added or removed, changes this number. */
    static final int RIJEN = 62;
    static final Pattern TABELREGEL = Pattern.compile("^\\| \\d+ \\|.*");
    static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| \"(.+)\" \\|(.*)\\|(.*)\\|$");
    static final Pattern REFERENCE = Pattern.compile("`(bpmn|dmn|form|data|test):([^`#]+)(?:#([^`]+))?`");

    record Row(int nummer, String zin, String draagt, String toont) {
    }

    @Test
    void every_row_names_a_test_or_says_why_it_is_not_built() throws IOException {
        List<Row> rows = rows();
        long regels = Files.readAllLines(TABLE).stream().filter(l -> TABELREGEL.matcher(l).matches()).count();
        assertThat(rows).as("rows of %s that parse (| n | \"quote\" | carried by | shown by |)", TABLE).hasSize((int) regels);
        assertThat(rows).as("rows in %s", TABLE).hasSize(RIJEN);
        for (Row row : rows) {
            assertThat(row.toont().contains("`test:") || row.toont().contains("not built, because"))
                    .as("row %d names a test or says why it is not built", row.nummer()).isTrue();
        }
    }

    @Test
    void every_named_element_rule_field_file_and_test_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            Matcher m = REFERENCE.matcher(row.draagt() + " " + row.toont());
            while (m.find()) {
                if (!exists(m.group(1), m.group(2), m.group(3))) {
                    missing.add("row " + row.nummer() + ": " + m.group());
                }
            }
        }
        assertThat(missing).as("references in %s that do not exist", TABLE).isEmpty();
    }

    @Test
    void every_quoted_sentence_is_in_the_committed_seed_sentences() throws IOException {
        String tekst = normalise(String.join(" ", zinnen()));
        for (Row row : rows()) {
            assertThat(tekst).as("row %d quotes a sentence of %s", row.nummer(), ZINNEN).contains(normalise(row.zin()));
        }
    }

    @Test
    void every_committed_seed_sentence_is_in_the_seed() throws IOException {
        boolean verplicht = "true".equals(System.getenv("ROUTE071_SEED_REQUIRED"));
        if (!Files.isDirectory(SEED)) {
            assertThat(verplicht).as("ROUTE071_SEED_REQUIRED=true, but the seed is not in %s", SEED.toAbsolutePath()).isFalse();
            Assumptions.abort("the seed lies beside the project in ../shared/seed; not here, so only the committed sentences are checked");
        }
        StringBuilder seed = new StringBuilder();
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seed.append(Files.readString(file)).append(' ');
            }
        }
        String tekst = normalise(seed.toString());
        for (String zin : zinnen()) {
            assertThat(tekst).as("%s quotes the seed", ZINNEN).contains(normalise(zin));
        }
    }

    /** The committed seed sentences: every line of {@link #ZINNEN} but the comments. */
    static List<String> zinnen() throws IOException {
        return Files.readAllLines(ZINNEN).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    @Test
    void a_reference_that_does_not_exist_is_found() throws IOException {
        // the checks above must be able to fail: names that are not there are reported as missing
        assertThat(exists("bpmn", "regionaalVoorstel", "UserTask_BestaatNiet")).isFalse();
        assertThat(exists("dmn", "afwijking", "Rule_BestaatNiet")).isFalse();
        assertThat(exists("form", "Form_AdviesOpstellen", "bestaatNiet")).isFalse();
        assertThat(exists("data", "referentie/bestaat-niet.csv", null)).isFalse();
        assertThat(exists("test", "RegionaalVoorstelProcessTest", "bestaat_niet")).isFalse();
        assertThat(exists("form", "Form_AdviesOpstellen", "adviesTekst")).isTrue();
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(Integer.parseInt(m.group(1)), m.group(2), m.group(3).trim(), m.group(4).trim()));
            }
        }
        return rows;
    }

    static boolean exists(String soort, String naam, String deel) throws IOException {
        return switch (soort) {
            case "bpmn" -> bevat(Path.of("processes", naam + ".bpmn"), "id=\"" + deel + "\"");
            case "dmn" -> bevat(Path.of("decisions", naam + ".dmn"), "id=\"" + deel + "\"");
            case "form" -> formHeeftVeld(Path.of("processes", "forms", naam + ".form"), deel);
            case "data" -> deel == null ? Files.isRegularFile(Path.of("src", "main", "resources", naam))
                    : bevat(Path.of("src", "main", "resources", naam), deel);
            case "test" -> testBestaat(naam, deel);
            default -> false;
        };
    }

    static boolean bevat(Path file, String tekst) throws IOException {
        return Files.isRegularFile(file) && Files.readString(file).contains(tekst);
    }

    static boolean formHeeftVeld(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText(null)) || key.equals(component.path("path").asText(null))) {
                return true;
            }
        }
        return false;
    }

    static boolean testBestaat(String klasse, String methode) throws IOException {
        Optional<Path> file;
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            file = files.filter(f -> f.getFileName().toString().equals(klasse + ".java")).findFirst();
        }
        return file.isPresent() && (methode == null
                || Pattern.compile("@Test\\s+void " + Pattern.quote(methode) + "\\(").matcher(Files.readString(file.get())).find());
    }

    static String normalise(String tekst) {
        // footnote marks such as <sup>6</sup> sit inside seed sentences
        return tekst.replaceAll("<sup>\\d+</sup>", "").replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").trim();
    }
}
