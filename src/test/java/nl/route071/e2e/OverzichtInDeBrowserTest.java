package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import nl.route071.evaluatie.Voorstelroute;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of the stuurgroep logs in to Tasklist, opens the regional overview, and follows a proposal
 * to its process diagram, where bpmn-js marks the step the proposal is at now.
 */
@BrowserTest
class OverzichtInDeBrowserTest extends InDeBrowser {

    @AfterEach
    void ruimOp() {
        Voorstelroute.klokTerug();
    }

    @Test
    void de_stuurgroep_ziet_in_het_overzicht_waar_een_voorstel_staat_en_het_diagram_met_de_huidige_positie() throws Exception {
        Voorstelroute route = new Voorstelroute(engine);
        String nr = route.dienIn("2020-01-02", "Regionale woonagenda", "wonen", "kaderstellend", "leiden", "oegstgeest");
        route.bestuurstafel(nr, "wonen", "vaststellen");
        route.consensus(nr);
        route.advies(nr, "volledig", "2020-01-10");
        route.raadsbesluit(nr, "leiden", "conform", "2020-02-01");
        route.raadsbesluit(nr, "oegstgeest", "geamendeerd", "2020-02-20", Map.of("amendementTekst", "Meer sociale huur"),
                "De raad wil meer sociale huur.");
        Voorstelroute.klokTerug();

        new Tasklist(browser.driver(), poort).logInAls("stuurgroep");
        WebDriver driver = browser.driver();
        // the overview shows 50 proposals a page, newest first; the server context holds the other tests' proposals too
        driver.get("http://localhost:" + poort + "/overzicht");
        for (int pagina = 2; driver.findElements(By.id("voorstel-" + nr)).isEmpty()
                && !driver.findElements(By.cssSelector("a[href='/overzicht?pagina=" + pagina + "']")).isEmpty(); pagina++) {
            driver.get("http://localhost:" + poort + "/overzicht?pagina=" + pagina);
        }
        WebElement rij = driver.findElement(By.id("voorstel-" + nr));
        // at 1280 px the page does not scroll sideways (a wide table scrolls within the page)
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("sideways scroll of /overzicht at 1280 px").isLessThanOrEqualTo(0L);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        assertThat(rij.findElement(By.cssSelector("td[data-gemeente=leiden]")).getText()).contains("conform");
        assertThat(rij.findElement(By.cssSelector("td[data-gemeente=oegstgeest]")).getText()).contains("geamendeerd");
        assertThat(rij.getText()).contains("Verantwoording: De raad wil meer sociale huur.");

        rij.findElement(By.linkText("Diagram")).click();
        WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
        wacht.until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-geladen", "ja"));
        WebElement hier = driver.findElement(By.cssSelector(".djs-element.actief"));
        assertThat(hier.getAttribute("data-element-id")).isEqualTo("CallActivity_Uitvoering");
        assertThat(driver.findElements(By.cssSelector(".djs-element.gepasseerd[data-element-id=UserTask_AdviesOpstellen]"))).hasSize(1);
        Path schermafdruk = Tasklist.SCHERMAFDRUKKEN.resolve("overzicht-diagram.png");
        Files.createDirectories(schermafdruk.getParent());
        Files.write(schermafdruk, browser.driver().getScreenshotAs(OutputType.BYTES));
    }
}
