package nl.route071.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

@BrowserTest
class VerkenningScratchTest extends InDeBrowser {

    @Test
    void verken() throws Exception {
        String nr = voorstellen.dienIn("Regionale woonagenda", "leiden", "oegstgeest");
        voorstellen.totRaadsbehandeling(nr);
        tasklist.logInAls("demo").kiesFilter("Taken van mijn groep");
        Path map = Path.of("target", "verkenning");
        Files.createDirectories(map);
        JavascriptExecutor js = browser.driver();
        tasklist.openTaak(nr, "Advies agenderen in de raad");
        Thread.sleep(1500);
        browser.driver().findElement(By.cssSelector(".reset-due-date")).click();
        Thread.sleep(2000);
        Files.writeString(map.resolve("na-wissen.html"), (String) js.executeScript("return document.body.outerHTML"));
        browser.driver().findElement(By.cssSelector(".followup-date .view-value")).click();
        Thread.sleep(2000);
        Files.writeString(map.resolve("opvolgdatum.html"), (String) js.executeScript("return document.querySelector('[cam-tasklist-task-meta]').outerHTML"));
        Files.write(map.resolve("opvolgdatum.png"), browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        Files.writeString(map.resolve("console.txt"), String.valueOf(js.executeScript("return JSON.stringify(window.route071 && window.route071.doelen())")));
    }
}
