package nl.route071.e2e;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The vote of five gemeenten (all their fracties) recorded with the keyboard alone: one choice per gemeente on the
 * fast path, then one exception with an arrow key, from "Datum stemming" to Afronden in at most about 40 Tab stops;
 * every radio is named with its fractie, and the tally writes its numbers with thousands separators (whether it stays in
 * view is printed, not yet asserted: #27).
 * The time to open the form and to complete it is measured (medians printed, compared with the 457 / 218 ms of the
 * walk in issue 27).
 */
@BrowserTest
class StemmenMetHetToetsenbordTest extends InDeBrowser {

    static final List<String> VIJF = List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude");
    static final int TAB_BUDGET = 40;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void vijf_gemeenten_stemmen_met_alleen_het_toetsenbord_binnen_het_tabbudget() {
        List<String> nummers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String nr = voorstellen.dienIn("Stemmen met het toetsenbord " + (i + 1), VIJF.toArray(String[]::new));
            voorstellen.totStemming(nr);
            nummers.add(nr);
        }
        JavascriptExecutor js = tasklist.driver() instanceof JavascriptExecutor j ? j : null;
        tasklist.logInAls("regiogriffier").kiesFilter("Taken van mijn groep");

        List<Long> openen = new ArrayList<>();
        List<Long> afronden = new ArrayList<>();
        boolean tellingSteedsInBeeld = true;
        for (int ronde = 0; ronde < nummers.size(); ronde++) {
            String nr = nummers.get(ronde);
            long start = System.nanoTime();
            tasklist.openTaak(nr, "Stemming vastleggen");
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.cssSelector("form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-radio")).isEmpty());
            openen.add((System.nanoTime() - start) / 1_000_000);
            tasklist.pakOp();
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".route071-snelkeuze select")).isEmpty());

            List<WebElement> groepen = tasklist.driver().findElements(By.cssSelector("form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-radio"));
            if (ronde == 0) {
                // every radio carries its fractie in its accessible name, every group its row
                List<?> namen = (List<?>) js.executeScript("""
                        var uit = []; var titel = '';
                        document.querySelectorAll('form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-text strong,'
                          + ' form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-radio').forEach(function (e) {
                          if (e.tagName === 'STRONG') { titel = e.textContent.trim(); return; }
                          var radios = Array.prototype.map.call(e.querySelectorAll('input[type=radio]'), function (r) { return r.getAttribute('aria-label') || ''; });
                          var namen = new Set(Array.prototype.map.call(e.querySelectorAll('input[type=radio]'), function (r) { return r.name; }));
                          uit.push(titel + '|' + radios.join('|') + '|' + namen.size);
                        });
                        return uit;""");
                assertThat(namen).hasSize(groepen.size()).allSatisfy(rij -> {
                    String[] delen = String.valueOf(rij).split("\\|");
                    String fractie = delen[0].substring(delen[0].indexOf('–') + 1).trim();
                    assertThat(delen).as("row %s", rij).hasSizeGreaterThan(3);
                    for (int i = 1; i < delen.length - 1; i++) {
                        assertThat(delen[i]).as("radio of %s", delen[0]).contains(fractie);
                    }
                    assertThat(delen[delen.length - 1]).as("one name for the radios of %s", delen[0]).isEqualTo("1");
                });
                assertThat(groepen.size()).as("fracties of five gemeenten").isGreaterThan(20);
            }

            // the fast path: one choice per gemeente, with the keyboard
            for (WebElement keuze : tasklist.driver().findElements(By.cssSelector(".route071-snelkeuze select"))) {
                js.executeScript("arguments[0].focus();", keuze);
                keuze.sendKeys("Voor");
            }
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) js.executeScript(
                    "return Array.prototype.every.call(document.querySelectorAll('form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-radio'),"
                            + " function (groep) { return !!groep.querySelector('input[type=radio]:checked'); });"));

            // from the date to Afronden with Tab; the first fractie becomes an exception (arrow to the next option)
            WebElement datum = tasklist.driver().findElement(By.cssSelector(".fjs-form-field-datetime input.fjs-input"));
            js.executeScript("arguments[0].focus();", datum);
            int stops = 0;
            List<String> route = new ArrayList<>();
            boolean uitzondering = false;
            boolean tellingInBeeld = true;
            while (stops < 200) {
                tasklist.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                stops++;
                WebElement actief = tasklist.driver().switchTo().activeElement();
                route.add(actief.getTagName() + "." + actief.getAttribute("class") + "[" + (actief.getAttribute("aria-label") != null
                        ? actief.getAttribute("aria-label") : actief.getText()) + "]");
                if ("radio".equals(actief.getAttribute("type")) && !uitzondering) {
                    actief.sendKeys(Keys.ARROW_RIGHT);
                    uitzondering = true;
                }
                if ("radio".equals(actief.getAttribute("type")) && stops == groepen.size() / 2) {
                    tellingInBeeld = (Boolean) js.executeScript("""
                            var t = document.querySelector('.route071-blijft-zichtbaar');
                            if (!t) { return false; }
                            var r = t.getBoundingClientRect();
                            return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1;""");
                }
                if (actief.getAttribute("class") != null && actief.getAttribute("class").contains("btn-primary")
                        && actief.findElements(By.xpath("ancestor::*[contains(@class,'form-actions')]")).size() > 0) {
                    break;
                }
            }
            assertThat(stops).as("Tab stops from Datum stemming to Afronden for %d fracties: %s", groepen.size(), route).isLessThanOrEqualTo(TAB_BUDGET);
            System.out.println("Tab stops " + stops + " for " + groepen.size() + " fracties (" + nr + "), tally in view: " + tellingInBeeld);
            tellingSteedsInBeeld &= tellingInBeeld;
            String telling = tasklist.driver().findElement(By.cssSelector(".route071-blijft-zichtbaar")).getText();
            assertThat(telling).as("thousands separators").containsPattern("voor: \\d{1,3}\\.\\d{3}");

            long klaar = System.nanoTime();
            tasklist.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".no-task")).isEmpty());
            afronden.add((System.nanoTime() - klaar) / 1_000_000);
            // the vote is recorded once the engine has completed the task (Tasklist may clear its view before that)
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(30)).until(d -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(nr).taskDefinitionKey("UserTask_StemmingVastleggen").count() == 0);

            String voorstel = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr)
                    .processDefinitionKey(PROCESS_ID).singleResult().getId();
            SpinJsonNode stemmen = (SpinJsonNode) historyService.createHistoricVariableInstanceQuery().processInstanceId(voorstel)
                    .variableName(VAR_STEMMEN).singleResult().getValue();
            List<String> keuzes = new ArrayList<>();
            stemmen.elements().forEach(s -> keuzes.add(s.prop("stem").stringValue()));
            assertThat(keuzes).as("all voor but the one exception").hasSize(groepen.size())
                    .containsOnly("voor", "tegen").filteredOn("tegen"::equals).hasSize(1);
            tasklist.kiesFilter("Taken van mijn groep");
        }
        assertThat(tasklist.ontbrekendeDoelen()).isEmpty();
        System.out.println("Stemformulier openen ms " + openen + " mediaan " + mediaan(openen) + " (walk: 457); afronden ms "
                + afronden + " mediaan " + mediaan(afronden) + " (walk: 218)");
        // Not asserted: the sticky tally does not stay in view half way down the list yet (issue #27, open); the
        // walk prints what it sees ("tally in view") so the next change can turn this into an assertion.
        System.out.println("Telling steeds in beeld: " + tellingSteedsInBeeld);
    }

    static long mediaan(List<Long> metingen) {
        List<Long> gesorteerd = new ArrayList<>(metingen);
        Collections.sort(gesorteerd);
        return gesorteerd.get(gesorteerd.size() / 2);
    }
}
