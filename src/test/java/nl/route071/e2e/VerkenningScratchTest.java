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
        tasklist.logInAls("griffier-leiden").kiesFilter("Taken van mijn groep");
        Path map = Path.of("target", "verkenning");
        Files.createDirectories(map);
        JavascriptExecutor js = browser.driver();
        Thread.sleep(2000);
        Files.writeString(map.resolve("lijst.html"), (String) js.executeScript("return document.querySelector('[cam-tasks]').outerHTML"));
        Files.writeString(map.resolve("filters.html"), (String) js.executeScript("return document.querySelector('.filters, [cam-tasklist-filters]') ? document.querySelector('.filters, [cam-tasklist-filters]').outerHTML : document.body.innerHTML.substring(0, 20000)"));
        tasklist.openTaak(nr, "Advies agenderen in de raad");
        tasklist.pakOp();
        Thread.sleep(1500);
        Files.writeString(map.resolve("taak.html"), (String) js.executeScript("return document.querySelector('section.task-card, .task-card').outerHTML"));
        tasklist.verstuurLeeg();
        Thread.sleep(1000);
        Files.writeString(map.resolve("na-afronden.html"), (String) js.executeScript("return document.body.outerHTML"));
        Files.write(map.resolve("na-afronden.png"), browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        // follow-up date picker
        var knoppen = browser.driver().findElements(By.cssSelector(".task-card .set-follow-up-date, .task-card [cam-widget-date-picker], .task-card .dates a, .task-card button"));
        StringBuilder b = new StringBuilder();
        knoppen.forEach(k -> b.append(k.getAttribute("outerHTML")).append("\n"));
        Files.writeString(map.resolve("knoppen.html"), b.toString());
        Files.writeString(map.resolve("console.txt"), String.valueOf(js.executeScript("return JSON.stringify(window.__log || [])")));
    }
}
