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
 * every radio is named with its fractie, and the tally writes its numbers with thousands separators and stays in view,
 * without covering the focused row, at every row reached with Tab, down to the last gemeente.
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
        List<Long> verzoekenBijOpenen = new ArrayList<>();
        List<Long> moduleBijOpenen = new ArrayList<>();
        List<Long> moduleBijAfronden = new ArrayList<>();
        js.executeScript("performance.setResourceTimingBufferSize(100000);");
        for (int ronde = 0; ronde < nummers.size(); ronde++) {
            String nr = nummers.get(ronde);
            double moduleVoor = moduleMs(js);
            js.executeScript("performance.clearResourceTimings();");
            long start = System.nanoTime();
            tasklist.openTaak(nr, "Stemming vastleggen");
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.cssSelector("form.fjs-form .fjs-form-field-dynamiclist .fjs-form-field-radio")).isEmpty());
            openen.add((System.nanoTime() - start) / 1_000_000);
            // what opening asked of the server (Tasklist's and the module's requests) and what the module's patches took
            verzoekenBijOpenen.add((Long) js.executeScript(
                    "return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/camunda/api/') >= 0; }).length;"));
            moduleBijOpenen.add(Math.round(moduleMs(js) - moduleVoor));
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
            List<String> tellingNietInBeeld = new ArrayList<>();
            java.util.Set<String> gemeentenGezien = new java.util.LinkedHashSet<>();
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
                if ("radio".equals(actief.getAttribute("type"))) {
                    // at every row reached with Tab: the tally lies inside the viewport and the visible part of its
                    // scroll container, and does not cover the row that has the focus
                    String gezien = (String) js.executeScript("""
                            var actief = document.activeElement;
                            var t = document.querySelector('.route071-blijft-zichtbaar');
                            if (!t) { return 'nee|geen telling'; }
                            var bak = t.parentElement;
                            while (bak && ['auto', 'scroll'].indexOf(getComputedStyle(bak).overflowY) < 0) { bak = bak.parentElement; }
                            var r = t.getBoundingClientRect();
                            var b = bak ? bak.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
                            var f = actief.getBoundingClientRect();
                            var onder = Math.min(window.innerHeight, b.bottom);
                            var inBeeld = r.height > 0 && r.top >= Math.max(0, b.top) - 1 && r.bottom <= onder + 1;
                            var vrij = f.bottom <= r.top + 1 && f.top >= b.top - 1;
                            return (inBeeld && vrij ? 'ja' : 'nee') + '|telling ' + Math.round(r.top) + '-' + Math.round(r.bottom)
                              + ' in ' + Math.round(b.top) + '-' + Math.round(onder) + ', focus ' + Math.round(f.top) + '-' + Math.round(f.bottom);""");
                    String rij = String.valueOf(actief.getAttribute("aria-label"));
                    String gemeente = rij.contains(", ") ? rij.substring(rij.indexOf(", ") + 2).split(" [–-] ")[0] : rij;
                    gemeentenGezien.add(gemeente);
                    if (!gezien.startsWith("ja")) {
                        tellingNietInBeeld.add(rij + ": " + gezien);
                    }
                }
                if (actief.getAttribute("class") != null && actief.getAttribute("class").contains("btn-primary")
                        && actief.findElements(By.xpath("ancestor::*[contains(@class,'form-actions')]")).size() > 0) {
                    break;
                }
            }
            assertThat(stops).as("Tab stops from Datum stemming to Afronden for %d fracties: %s", groepen.size(), route).isLessThanOrEqualTo(TAB_BUDGET);
            System.out.println("Tab stops " + stops + " for " + groepen.size() + " fracties (" + nr + "), gemeenten " + gemeentenGezien
                    + ", tally out of view or over the focus at " + tellingNietInBeeld);
            assertThat(gemeentenGezien).as("rows reached with Tab, per gemeente").hasSize(VIJF.size());
            assertThat(tellingNietInBeeld).as("the tally in view at every row, the last gemeente's included, without covering it").isEmpty();
            String telling = tasklist.driver().findElement(By.cssSelector(".route071-blijft-zichtbaar")).getText();
            assertThat(telling).as("thousands separators").containsPattern("voor: \\d{1,3}\\.\\d{3}");

            double moduleVoorAfronden = moduleMs(js);
            long klaar = System.nanoTime();
            tasklist.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(tasklist.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".no-task")).isEmpty());
            afronden.add((System.nanoTime() - klaar) / 1_000_000);
            moduleBijAfronden.add(Math.round(moduleMs(js) - moduleVoorAfronden));
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
        // the walk: 457 / 218 ms on 2 busy cores; the figures here are of this walk, on this machine, with its load
        System.out.println("Stemformulier openen ms " + openen + " mediaan " + mediaan(openen) + " (walk: 457); afronden ms "
                + afronden + " mediaan " + mediaan(afronden) + " (walk: 218); waarvan Route071-module bij openen ms "
                + moduleBijOpenen + " mediaan " + mediaan(moduleBijOpenen) + ", bij afronden ms " + moduleBijAfronden + " mediaan "
                + mediaan(moduleBijAfronden) + "; API-verzoeken per openen " + verzoekenBijOpenen + "; load average " + belasting());
    }

    /** The time the Route071 module's patches have run on this page so far (window.route071.statistiek()). */
    static double moduleMs(JavascriptExecutor js) {
        Object ms = js.executeScript("return window.route071 && window.route071.statistiek ? window.route071.statistiek().ms : 0;");
        return ms instanceof Number n ? n.doubleValue() : 0;
    }

    /** The machine's load average (1, 5, 15 min), so a median is read with the load it was measured under. */
    static String belasting() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        }
        catch (java.io.IOException | RuntimeException e) {
            return "onbekend";
        }
    }

    static long mediaan(List<Long> metingen) {
        List<Long> gesorteerd = new ArrayList<>(metingen);
        Collections.sort(gesorteerd);
        return gesorteerd.get(gesorteerd.size() / 2);
    }
}
