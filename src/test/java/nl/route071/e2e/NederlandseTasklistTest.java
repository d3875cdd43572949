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
}
