package nl.route071.evaluatie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No cell of the evaluation CSV is run as a formula when a spreadsheet opens it: a title such as
 * {@code =HYPERLINK(...)} (or one beginning with +, -, @, tab or CR) arrives as text; numbers stay numbers.
 */
class RapportCsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://aanval.example\";\"klik\")|`\"'=HYPERLINK(\"\"http://aanval.example\"\";\"\"klik\"\")\"`",
            "+31 71 000|'+31 71 000",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "Woonagenda 2026|Woonagenda 2026" })
    void a_text_that_a_spreadsheet_would_run_as_a_formula_is_neutralized(String tekst, String cel) {
        assertThat(RapportCsv.veld(tekst)).isEqualTo(cel);
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource({ "9", "13" })
    void a_text_beginning_with_tab_or_cr_is_neutralized(int teken) {
        // a cell with CR is quoted as a whole; inside the quotes it begins with the apostrophe
        assertThat(RapportCsv.veld((char) teken + "=1+1").replaceFirst("^\"", "")).startsWith("'").contains("=1+1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "-3", "-0.5" })
    void negative_numbers_stay_numbers(double getal) {
        assertThat(RapportCsv.veld(getal)).startsWith("-");
        assertThat(RapportCsv.veld((int) getal)).doesNotStartWith("'");
    }
}
