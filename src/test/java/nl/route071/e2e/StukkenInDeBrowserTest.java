package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import nl.route071.evaluatie.Voorstelroute;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of the werkgroep works on "Voorstel voorbereiden" in Tasklist, follows the form's link to the proposal's
 * stukken, adds the raadsvoorstel and then a new version of it, downloads it, and sees who added what when; axe finds
 * nothing critical or serious on the stukken page. The en-US twin: {@link StukkenInEngelseBrowserTest}.
 */
@BrowserTest
class StukkenInDeBrowserTest extends InDeBrowser {

    static final byte[] EERSTE = pdf("Raadsvoorstel fietsnetwerk, eerste versie");
    static final byte[] TWEEDE = pdf("Raadsvoorstel fietsnetwerk, tweede versie na de werkgroep");

    @AfterEach
    void klok() {
        Voorstelroute.klokTerug();
    }

    @Test
    void vanuitEenTaakNaarDeStukkenEenStukEnEenNieuweVersieToevoegenEnDownloaden() throws Exception {
        String nr = new Voorstelroute(engine).dienIn(LocalDate.now().toString(), "Regionaal fietsnetwerk", "wonen", "kaderstellend", "leiden",
                "oegstgeest");
        Voorstelroute.klokTerug();
        WebDriver driver = browser.driver();
        WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
        Path map = Files.createTempDirectory("route071-stukken-browser");
        Path eerste = Files.write(map.resolve("Raadsvoorstel fietsnetwerk.pdf"), EERSTE);
        Path tweede = Files.write(map.resolve("Raadsvoorstel fietsnetwerk v2.pdf"), TWEEDE);

        // picked up, as one does before working on it: Tasklist greys out and covers the form of a task nobody has taken
        tasklist.logInAls("werkgroep-wonen").kiesFilter("Taken van mijn groep").openTaak(nr, "Voorstel voorbereiden").pakOp();
        String taakvenster = driver.getWindowHandle();
        WebElement link = wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form.fjs-form a[href='/stukken/" + nr + "']")));
        assertThat(link.getText()).isEqualTo("Stukken van voorstel " + nr);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        // form-js may open the link in a tab of its own
        wacht.until(d -> d.getWindowHandles().size() > 1 || d.getCurrentUrl().contains("/stukken/"));
        for (String venster : driver.getWindowHandles()) {
            if (!venster.equals(taakvenster)) {
                driver.switchTo().window(venster);
            }
        }
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Stukken van voorstel " + nr));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Er zijn (nog) geen stukken die u mag inzien.");

        // a new document
        driver.findElement(By.id("bestand")).sendKeys(eerste.toString());
        new Select(driver.findElement(By.id("soort"))).selectByVisibleText("Raadsvoorstel");
        driver.findElement(By.id("titel")).sendKeys("Raadsvoorstel regionaal fietsnetwerk");
        klik(driver, driver.findElement(By.cssSelector("#toevoegen button[type=submit]")));
        String identificatie = nr + "-S001";
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.melding"), "Stuk " + identificatie + " is toegevoegd."));

        // a new version of it
        driver.findElement(By.id("versie-" + identificatie)).sendKeys(tweede.toString());
        klik(driver, driver.findElement(By.cssSelector("#stuk-" + identificatie + " button[type=submit]")));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stuk-" + identificatie), "versie 2: Raadsvoorstel fietsnetwerk v2.pdf"));
        WebElement rij = driver.findElement(By.id("stuk-" + identificatie));
        assertThat(rij.getText()).contains("Raadsvoorstel", "Raadsvoorstel regionaal fietsnetwerk", "versie 1: Raadsvoorstel fietsnetwerk.pdf")
                .contains("toegevoegd door werkgroep-wonen");
        List<WebElement> versies = rij.findElements(By.cssSelector("li a"));
        assertThat(versies).extracting(WebElement::getText).containsExactly("versie 2: Raadsvoorstel fietsnetwerk v2.pdf",
                "versie 1: Raadsvoorstel fietsnetwerk.pdf");

        // download both versions as the browser does, with its session: the same bytes, as an attachment
        Map<String, Object> v2 = download(driver, versies.get(0).getAttribute("href"));
        Map<String, Object> v1 = download(driver, versies.get(1).getAttribute("href"));
        assertThat(v2).containsEntry("status", 200L).containsEntry("nosniff", "nosniff").containsEntry("sha256", sha256(TWEEDE));
        assertThat((String) v2.get("disposition")).startsWith("attachment;").contains("Raadsvoorstel fietsnetwerk v2.pdf");
        assertThat(v1).containsEntry("status", 200L).containsEntry("sha256", sha256(EERSTE));

        // who added what when
        List<String> logboek = new ArrayList<>();
        for (WebElement regel : driver.findElements(By.cssSelector("#logboek tbody tr"))) {
            logboek.add(regel.getText());
        }
        assertThat(logboek).hasSize(2);
        assertThat(logboek.get(0)).contains("werkgroep-wonen", "toegevoegd (nieuwe versie)", identificatie + " versie 2");
        assertThat(logboek.get(1)).contains("werkgroep-wonen", "toegevoegd", identificatie + " versie 1");
        assertThat(logboek.get(0)).containsPattern("\\d{1,2} [a-z]+ \\d{4}");

        Map<String, List<String>> axe = Axe.controleer(driver, "stukken " + taal());
        assertThat(axe.get("critical")).as("axe critical on the stukken page").isEmpty();
        assertThat(axe.get("serious")).as("axe serious on the stukken page").isEmpty();
        Path schermafdruk = Tasklist.SCHERMAFDRUKKEN.resolve("stukken-" + taal() + ".png");
        Files.createDirectories(schermafdruk.getParent());
        Files.write(schermafdruk, browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    private static void klik(WebDriver driver, WebElement knop) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", knop);
        knop.click();
    }

    /** Fetches the link in the page (its session cookie), and reports status, headers and the SHA-256 of the body. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> download(WebDriver driver, String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var klaar = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {"
                        + " return crypto.subtle.digest('SHA-256', b).then(function (h) {"
                        + "  klaar({status: r.status, disposition: r.headers.get('Content-Disposition'), nosniff: r.headers.get('X-Content-Type-Options'),"
                        + "   sha256: Array.from(new Uint8Array(h)).map(function (x) { return ('0' + x.toString(16)).slice(-2); }).join('')}); }); }); })"
                        + ".catch(function (e) { klaar({status: -1, fout: String(e)}); });", href);
    }

    private static byte[] pdf(String tekst) {
        return ("%PDF-1.4\n% " + tekst + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] inhoud) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
    }
}
