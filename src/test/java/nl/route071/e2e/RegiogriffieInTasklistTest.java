package nl.route071.e2e;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.route071.Verkiezingsdata;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regiogriffier records the weighted vote of the regiocommissie on the stemming form in Tasklist, with the real
 * (provisional) Voorschoten 2026 figures: one choice per fractie, nothing silently absent; the tally and outcome shown
 * before Afronden are what the DMN decides afterwards.
 */
@BrowserTest
class RegiogriffieInTasklistTest extends InDeBrowser {

    /** How each fractie of Voorschoten votes in this test. */
    private static final Map<String, String> STEM = Map.of("GROENLINKS / Partij van de Arbeid (PvdA)", "Voor", "VVD", "Tegen",
            "Voorschoten Lokaal", "Tegen", "D66", "Voor", "CDA", "Onthouding", "Forum voor Democratie", "Tegen", "SP", "Voor");
    private static final Map<String, String> WOORDEN = Map.of("consensus", "consensus", "aangenomen", "aangenomen",
            "verworpen", "verworpen", "staken", "de stemmen staken", "geenQuorum", "geen quorum", "geenStemmen", "geen stemmen uitgebracht");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void de_regiogriffier_legt_de_stemming_vast_en_de_telling_op_het_formulier_is_de_uitslag_van_de_dmn() throws IOException {
        String nr = voorstellen.dienIn("Regionale woonagenda", "voorschoten");
        voorstellen.totStemming(nr);
        String voorstel = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey(PROCESS_ID).singleResult().getId();
        List<String> fracties = new ArrayList<>();
        ((SpinJsonNode) runtimeService.getVariable(voorstel, "stemlijst")).elements()
                .forEach(r -> fracties.add(r.prop("fractie").stringValue()));
        assertThat(fracties).containsExactlyInAnyOrderElementsOf(STEM.keySet());

        try {
            tasklist.logInAls("regiogriffier");
        }
        catch (org.openqa.selenium.TimeoutException e) {
            // the first page of a fresh application on a busy machine can take longer than the page object waits
            tasklist.logInAls("regiogriffier");
        }
        tasklist.kiesFilter("Taken van mijn groep");
        for (int poging = 1; ; poging++) {
            try {
                tasklist.openTaak(nr, "Stemming vastleggen");
                break;
            }
            catch (org.openqa.selenium.StaleElementReferenceException e) {
                // Tasklist redrew the task list while the card was being clicked; try again
                if (poging == 3) {
                    throw e;
                }
            }
        }
        String formulier = formulieren.vanOpenTaak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN);
        tasklist.pakOp();
        WebDriver driver = tasklist.driver();
        List<WebElement> rijen = driver.findElements(By.cssSelector("form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-text"));
        assertThat(rijen).as("one row per fractie").hasSize(fracties.size());
        for (int i = 0; i < fracties.size(); i++) {
            assertThat(rijen.get(i).getText()).startsWith("Voorschoten – " + fracties.get(i));
        }
        // the date is the meeting's, filled in by the route
        assertThat(tasklist.waarde("Datum stemming")).isNotBlank();

        // every fractie but SP chosen: Afronden is refused and the task stays open
        for (int i = 0; i < fracties.size(); i++) {
            if (!fracties.get(i).equals("SP")) {
                kies(driver, i, STEM.get(fracties.get(i)));
            }
        }
        assertThat(telling(driver)).contains("Nog zonder keuze: 1 fractie(s)");
        assertThat(uitkomst(driver)).startsWith("nog niet te bepalen");
        // Afronden is refused: Tasklist keeps the button disabled while the form is invalid, or form-js marks the field
        WebElement knop = driver.findElement(By.cssSelector(".form-actions button.btn-primary"));
        if (knop.isEnabled()) {
            klikAfronden(driver);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(
                        "form.fjs-form .fjs-has-errors, form.fjs-form .fjs-form-field-error")).isEmpty());
            }
            catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Afronden was enabled and no error shown for the fractie without a choice; screenshot "
                        + tasklist.schermafdruk("MISLUKT-stemming") + ":\n" + tasklist.pagina(), e);
            }
        }
        assertThat(driver.findElements(By.cssSelector(".no-task")).stream().filter(WebElement::isDisplayed).toList())
                .as("the task stays open in Tasklist").isEmpty();
        assertThat(driver.findElement(By.cssSelector("form.fjs-form")).isDisplayed()).isTrue();
        assertThat(taskService.createTaskQuery().processInstanceId(voorstel).taskDefinitionKey(TASK_STEMMING_VASTLEGGEN).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(voorstel, VAR_STEMUITSLAG)).isNull();

        kies(driver, fracties.indexOf("SP"), STEM.get("SP"));
        Map<String, Long> echt = voorschoten2026();
        long voor = 0;
        long tegen = 0;
        for (Map.Entry<String, String> stem : STEM.entrySet()) {
            voor += stem.getValue().equals("Voor") ? echt.get(stem.getKey()) : 0;
            tegen += stem.getValue().equals("Tegen") ? echt.get(stem.getKey()) : 0;
        }
        String telling = telling(driver);
        String getoond = uitkomst(driver);
        assertThat(getal(telling, "voor: (\\d+)")).isEqualTo(voor);
        assertThat(getal(telling, "tegen: (\\d+)")).isEqualTo(tegen);
        tasklist.schermafdruk(formulier);
        // every fractie has its choice: Afronden is enabled (route071-lijstvalidatie.js) and completes the vote
        WebElement afronden = driver.findElement(By.cssSelector(".form-actions button.btn-primary"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> afronden.isEnabled());
        klikAfronden(driver);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> taskService.createTaskQuery().processInstanceId(voorstel)
                .taskDefinitionKey(TASK_STEMMING_VASTLEGGEN).count() == 0);
        voorstellen.griffie().voerJobsUit(nr);

        String uitslag = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(voorstel)
                .variableName(VAR_STEMUITSLAG).singleResult().getValue();
        assertThat(uitslag).isEqualTo(voor > tegen ? "aangenomen" : "verworpen");
        assertThat(getoond).as("outcome shown before Afronden").startsWith(WOORDEN.get(uitslag));
        SpinJsonNode stemmen = (SpinJsonNode) historyService.createHistoricVariableInstanceQuery().processInstanceId(voorstel)
                .variableName(VAR_STEMMEN).singleResult().getValue();
        Map<String, String> vastgelegd = new LinkedHashMap<>();
        stemmen.elements().forEach(s -> vastgelegd.put(s.prop("fractie").stringValue(), s.prop("stem").stringValue()));
        STEM.forEach((fractie, stem) -> assertThat(vastgelegd.get(fractie)).as(fractie).isEqualTo(stem.toLowerCase()));
        stemmen.elements().forEach(s -> assertThat(s.prop("gewicht").numberValue().longValue()).isEqualTo(echt.get(s.prop("fractie").stringValue())));
    }

    /** Chooses the option with this text for the fractie in row {@code rij} (0 = the first) of the dynamic list. */
    private static void kies(WebDriver driver, int rij, String optie) {
        WebElement groep = driver.findElements(By.cssSelector("form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-radio")).get(rij);
        WebElement label = groep.findElement(By.xpath(".//label[normalize-space(.)='" + optie + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
    }

    private static void klikAfronden(WebDriver driver) {
        // a message of an earlier attempt may sit over the button: close it, as a griffier would
        for (WebElement sluiten : driver.findElements(By.cssSelector(".page-notifications .alert .close"))) {
            if (sluiten.isDisplayed()) {
                sluiten.click();
            }
        }
        WebElement knop = driver.findElement(By.cssSelector(".form-actions button.btn-primary"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", knop);
        knop.click();
    }

    private static String telling(WebDriver driver) {
        return tekst(driver, "Gewogen stemmen");
    }

    private static String uitkomst(WebDriver driver) {
        String tekst = tekst(driver, "Uitkomst na afronden:");
        return tekst.substring(tekst.indexOf(':') + 1).trim();
    }

    private static String tekst(WebDriver driver, String bevat) {
        return driver.findElements(By.cssSelector("form.fjs-form .fjs-form-field-text")).stream().map(WebElement::getText)
                .filter(t -> t.contains(bevat)).findFirst().orElseThrow(() -> new AssertionError("no text with " + bevat));
    }

    private static long getal(String tekst, String patroon) {
        Matcher m = Pattern.compile(patroon).matcher(tekst.replace(".", ""));
        assertThat(m.find()).as("%s in %s", patroon, tekst).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Votes per list in Voorschoten at the election of 2026, straight from the reference data (not from the application). */
    private static Map<String, Long> voorschoten2026() {
        return Verkiezingsdata.stemmen(2026, "Voorschoten");
    }
}
