package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/** Staff get Tasklist in Dutch, its login page included, also when their browser asks for English. */
@BrowserTest
class NederlandseTasklistTest extends InDeBrowser {

    @Override
    String taal() {
        return "en-US";
    }

    @Test
    void een_griffier_met_een_engelstalige_browser_krijgt_de_inlogpagina_en_de_takenlijst_in_het_nederlands() throws Exception {
        tasklist.openInlogpagina();
        assertThat(((JavascriptExecutor) tasklist.driver()).executeScript("return navigator.language")).asString().startsWith("en");
        String inloggen = tasklist.pagina();
        Files.createDirectories(Tasklist.SCHERMAFDRUKKEN);
        Files.write(Tasklist.SCHERMAFDRUKKEN.resolve("Inlogpagina.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
        assertThat(inloggen).contains("Takenlijst", "Inloggen", "Datum en tijd in de lokale tijdzone").doesNotContain("Log in", "Powered by");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector("input[type=text]")).getAttribute("placeholder"))
                .isEqualTo("Gebruikersnaam");

        tasklist.logInAls("griffier-leiden").kiesFilter("Taken van mijn groep");
        String takenlijst = tasklist.pagina();
        Files.write(Tasklist.SCHERMAFDRUKKEN.resolve("Takenlijst.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
        assertThat(takenlijst).contains("Mijn taken", "Taken van mijn groep", "Proces starten", "Kies een taak in de lijst.")
                .doesNotContain("Start process", "Select a task", "It is time to migrate", "Camunda 8");
        Path schermafdruk = Tasklist.SCHERMAFDRUKKEN.resolve("Takenlijst.png");
        assertThat(schermafdruk).exists();
    }

    @Test
    void de_datumkiezer_van_een_formulier_is_nederlands_en_begint_op_maandag() {
        String nr = voorstellen.dienIn("Regionale woonagenda", "leiden");
        voorstellen.totOordeelsvorming(nr);

        tasklist.logInAls("regiogriffier").kiesFilter("Taken van mijn groep").openTaak(nr, "Oordeelsvorming houden").pakOp();

        assertThat(tasklist.placeholder("Datum")).isEqualTo("dd-mm-jjjj");
        assertThat(tasklist.kalender("Datum")).contains("januari", "maart", "oktober").doesNotContain("January", "March")
                .endsWith("ma di wo do vr za zo");
    }
}
