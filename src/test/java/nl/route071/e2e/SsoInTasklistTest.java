package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.SsoTest;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.raad.Raadsvergaderingen;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With SSO on, a griffier of Leiden logs in the way they would at work: Tasklist sends them to Route071's login page,
 * they pick their gemeente, log in on their provider's own page (a real OpenID Connect server in the test JVM), land
 * in Tasklist with the group their provider gave them, and complete their task. In a Dutch browser here, in an
 * English one in {@link SsoInEngelseTasklistTest}.
 */
@SsoTest
class SsoInTasklistTest extends InDeBrowser {

    @Autowired
    HistoryService historyService;

    @Test
    void de_griffier_meldt_zich_aan_bij_de_eigen_gemeente_en_rondt_een_taak_af_in_tasklist() {
        String nr = "RV-SSO-" + UUID.randomUUID();
        Raadsvergaderingen.zorgVoor(engine, "leiden", "2027-01-20");
        engine.getRuntimeService().startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "leiden",
                        "adviesType", "volledig", "adviesTekst", "Stem in met de woonagenda", "adviesdatum", "2026-12-10"));
        Griffie griffie = new Griffie(engine);
        griffie.voerJobsUit(nr);
        griffie.collegesBiedenAan(nr);
        String naam = "griffier" + UUID.randomUUID().toString().substring(0, 8);

        WebDriver driver = tasklist.driver();
        WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get("http://localhost:" + poort + "/camunda/app/tasklist/default/");
        wacht.until(ExpectedConditions.urlContains("/aanmelden"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Aanmelden bij Route071");
        driver.findElement(By.linkText("Gemeente Leiden")).click();
        // the provider's own login page
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(naam);
        driver.findElement(By.name("claims")).sendKeys("{\"preferred_username\":\"" + naam + "\",\"groups\":[\"griffie\"]}");
        driver.findElement(By.cssSelector("input[type=submit]")).click();
        // Tasklist's first load after the login: its scripts and the filters (generous: the first page of a context)
        try {
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
        }
        catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No Tasklist after the login, at " + driver.getCurrentUrl() + ":\n" + tasklist.pagina(), e);
        }

        tasklist.kiesFilter("Taken van mijn groep");
        assertThat(tasklist.taakkaarten()).filteredOn(kaart -> kaart.contains(nr)).singleElement().asString()
                .contains("Advies agenderen in de raad", "leiden");
        tasklist.openTaak(nr, "Advies agenderen in de raad").pakOp().selecteerBeginnendMet("Raadsvergadering", "woensdag 20 januari 2027");
        tasklist.rondAf();

        griffie.voerJobsUit(nr);
        HistoricProcessInstance raad = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(raad.getId()).variableName("raadsvergadering")
                .singleResult().getValue()).isEqualTo("2027-01-20");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(raad.getId())
                .taskDefinitionKey(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).singleResult().getAssignee()).isEqualTo("leiden-" + naam);
    }
}
