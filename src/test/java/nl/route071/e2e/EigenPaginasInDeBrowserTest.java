package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The login page and Route071's own pages in the browser: axe-core finds no critical or serious WCAG 2.1 AA
 * violation on any of them (counts printed per page); the login page has visible labels; Tasklist links to the
 * own pages and they link back; Cockpit links only for who may use Cockpit; an unknown path gets a Dutch page.
 */
@BrowserTest
class EigenPaginasInDeBrowserTest extends InDeBrowser {

    @Test
    void de_inlogpagina_heeft_zichtbare_labels_en_geen_ernstige_toegankelijkheidsfouten() {
        tasklist.openInlogpagina();
        WebDriver driver = tasklist.driver();
        for (String type : List.of("text", "password")) {
            WebElement veld = driver.findElement(By.cssSelector("input[type=" + type + "]"));
            List<WebElement> labels = driver.findElements(By.cssSelector("label[for='" + veld.getAttribute("id") + "']"));
            assertThat(labels).as("a visible label for the %s input", type).singleElement()
                    .satisfies(l -> assertThat(l.isDisplayed()).isTrue());
        }
        assertThat(tasklist.pagina()).contains("Gebruikersnaam", "Wachtwoord");
        Axe.geenErnstigeOvertredingen(driver, "inlogpagina");
    }

    @Test
    void tasklist_linkt_naar_de_eigen_paginas_die_nederlands_en_toegankelijk_zijn_en_cockpit_alleen_voor_wie_mag() throws Exception {
        String nr = voorstellen.dienIn("Regionale woonagenda", "leiden");
        voorstellen.totOordeelsvorming(nr);
        WebDriver driver = tasklist.driver();
        String basis = "http://localhost:" + poort;

        tasklist.logInAls("griffier-leiden").kiesFilter("Taken van mijn groep");
        Axe.geenErnstigeOvertredingen(driver, "Tasklist takenlijst");
        driver.findElement(By.linkText("Regionaal overzicht")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().endsWith("/overzicht"));
        assertThat(driver.findElements(By.linkText("Cockpit"))).as("no Cockpit for a griffier").isEmpty();
        assertThat(driver.findElements(By.linkText("Tasklist"))).as("a link back to Tasklist").isNotEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContainPattern("Stand op \\d{4}-\\d{2}-\\d{2}");
        Axe.geenErnstigeOvertredingen(driver, "/overzicht");

        driver.get(basis + "/evaluatie");
        Axe.geenErnstigeOvertredingen(driver, "/evaluatie");

        driver.get(basis + "/bestaat-niet");
        String onbekend = driver.findElement(By.tagName("body")).getText();
        assertThat(onbekend).contains("Deze pagina bestaat niet").doesNotContain("Whitelabel", "Not Found");
        Axe.geenErnstigeOvertredingen(driver, "404-pagina");

        tasklist.logUit().logInAls("demo");
        driver.get(basis + "/overzicht");
        assertThat(driver.findElements(By.linkText("Cockpit"))).as("Cockpit for an administrator").isNotEmpty();
        java.nio.file.Files.createDirectories(Tasklist.SCHERMAFDRUKKEN);
        java.nio.file.Files.write(Tasklist.SCHERMAFDRUKKEN.resolve("Regionaal-overzicht.png"),
                browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        driver.findElement(By.linkText("Diagram")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/overzicht/diagram/"));
        Axe.geenErnstigeOvertredingen(driver, "/overzicht/diagram");
        driver.get(basis + "/notificaties");
        Axe.geenErnstigeOvertredingen(driver, "/notificaties");
        driver.get(basis + "/evaluatie/rapport/actueel");
        Axe.geenErnstigeOvertredingen(driver, "/evaluatie/rapport/actueel");
    }
}
