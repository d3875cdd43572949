package nl.route071.e2e;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.route071.raad.RaadsbehandelingProcess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A griffier's Tasklist without a date that goes silently wrong and without English, as issue 27 asks; run in an
 * nl-NL and an en-US browser by the two subclasses:
 * <ul>
 * <li>each wrong way of typing a date (another format, a day in words, an impossible day, no separators) is refused on
 * the field with a Dutch message, and nothing is stored; a right one then is;</li>
 * <li>no English text, message or accessible name on any page of the walk, after a failed Afronden and a change of
 * another field too; the toast never lies on Afronden, and the cursor is in the first field with an error;</li>
 * <li>every filter shows its count, and Taken zoeken finds a task by its proposal number;</li>
 * <li>every patch of scripts/route071-tasklist.js found its target in Tasklist and form-js.</li>
 * </ul>
 */
abstract class GriffierZonderStilleFouten extends InDeBrowser {

    static final String VELD = "Datum raadsbesluit";
    /** Words and messages of Tasklist, form-js, flatpickr and angular-ui in English that a Dutch page never shows. */
    static final Pattern ENGELS = Pattern.compile("\\b(Field is required|Field must|Value is|Invalid date|Close|Month|Year|Select|"
            + "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tue|Wed|Thu|Fri|Sat|January|February|March|"
            + "April|June|July|August|October|December|Created|Due date|Follow-up|Follow up|Claim|Unclaim|Complete|Save|Cancel|"
            + "Search|Sort by|Previous|Next|Today|Clear|Remove|Start process|Sign out|Filters?|Tasks|ago|in \\d+ (days|months|years)|"
            + "The form|is not valid|required|Cannot construct|Exception)\\b");

    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void een_verkeerd_getypte_datum_wordt_op_het_veld_geweigerd_en_niets_opgeslagen() {
        String nr = voorstellen.dienIn("Datums die niet stil fout gaan", "leiden");
        totRaadsbesluit(nr);
        logIn("griffier-leiden").kiesFilter("Taken van mijn groep").openTaak(nr, "Raadsbesluit vastleggen").pakOp();

        Map<String, String> verkeerd = new LinkedHashMap<>();
        for (String tekst : List.of("2026-03-01", "1 maart 2026", "31-02-2026", "01032026", "03/01/26")) {
            tasklist.typDatumZonderWachten(VELD, tekst);
            String fout = tasklist.datumfout(VELD);
            verkeerd.put(tekst, fout);
            assertThat(fout).as("typed %s in %s", tekst, taal()).isNotBlank().contains("dd-mm-jjjj").doesNotContainPattern(ENGELS);
            assertThat(tasklist.datumInWoorden(VELD)).as("no date in words for %s", tekst).startsWith("(niet getoond)");
            tasklist.klikAfronden();
            assertThat(tasklist.focusInEersteFout() || tasklist.heeftFouten()).as("the error is shown for %s", tekst).isTrue();
            assertThat(openTaken(nr)).as("Afronden with %s completes nothing", tekst).isEqualTo(1);
            assertThat(besluitdatum(nr)).as("nothing stored for %s", tekst).isNull();
        }
        System.out.println("Geweigerde datums in " + taal() + ": " + verkeerd);

        tasklist.kies("Besluit van de raad", "Ingestemd met het voorstel (conform een positief advies)");
        tasklist.typDatumZonderWachten(VELD, "1.3.2027");
        assertThat(tasklist.datumfout(VELD)).isEmpty();
        assertThat(tasklist.waarde(VELD)).isEqualTo("01-03-2027");
        assertThat(tasklist.datumInWoorden(VELD)).isEqualTo("1 maart 2027");
        tasklist.rondAf();
        assertThat(besluitdatum(nr)).isEqualTo("2027-03-01");
        assertThat(tasklist.ontbrekendeDoelen()).isEmpty();
    }

    @Test
    void geen_engels_na_een_mislukte_afronding_en_de_melding_ligt_niet_op_afronden() {
        String nr = voorstellen.dienIn("Nederlands na een mislukte afronding", "leiden");
        totRaadsbesluit(nr);
        List<String> gezien = new ArrayList<>();
        logIn("griffier-leiden");
        gezien.addAll(tasklist.tekstenEnNamen());
        tasklist.kiesFilter("Taken van mijn groep");
        gezien.addAll(tasklist.tekstenEnNamen());
        tasklist.openTaak(nr, "Raadsbesluit vastleggen").pakOp();
        gezien.addAll(tasklist.tekstenEnNamen());

        tasklist.verstuurLeeg();
        gezien.addAll(tasklist.tekstenEnNamen());
        assertThat(tasklist.heeftFouten()).isTrue();
        assertThat(tasklist.focusInEersteFout()).as("the cursor is in the first field with an error").isTrue();
        assertThat(tasklist.afrondknopVrij()).as("no toast on Afronden after a failed Afronden").isTrue();
        // the date typed and cleared after the failed Afronden: form-js draws its messages anew
        tasklist.typDatumZonderWachten(VELD, "2027");
        tasklist.typDatumZonderWachten(VELD, "");
        gezien.addAll(tasklist.tekstenEnNamen());
        assertThat(tasklist.foutmeldingen()).isNotEmpty().allSatisfy(melding -> assertThat(melding).doesNotContainPattern(ENGELS));
        assertThat(tasklist.afrondknopVrij()).isTrue();

        tasklist.kiesFilter("Mijn taken");
        gezien.addAll(tasklist.tekstenEnNamen());

        List<String> engels = new ArrayList<>();
        for (String tekst : gezien) {
            Matcher m = ENGELS.matcher(tekst);
            while (m.find()) {
                int van = Math.max(0, m.start() - 40);
                engels.add(m.group() + " in «" + tekst.substring(van, Math.min(tekst.length(), m.end() + 40)).replace('\n', ' ') + "»");
            }
        }
        assertThat(engels).as("English on the pages of the walk in %s", taal()).isEmpty();
        assertThat(tasklist.ontbrekendeDoelen()).isEmpty();
    }

    @Test
    void elk_filter_toont_zijn_aantal_en_zoeken_vindt_een_taak_op_voorstelnummer() {
        String nr = voorstellen.dienIn("Zoeken op voorstelnummer", "leiden");
        voorstellen.totRaadsbehandeling(nr);
        String ander = voorstellen.dienIn("Een ander voorstel", "leiden");
        voorstellen.totRaadsbehandeling(ander);

        logIn("griffier-leiden").kiesFilter("Taken van mijn groep");
        Map<String, String> aantallen = tasklist.aantallenPerFilter();
        assertThat(aantallen).as("a count on every filter").isNotEmpty().allSatisfy((filter, aantal) ->
                assertThat(aantal).as(filter).matches("\\d[\\d.]*"));
        assertThat(aantallen.get("Taken van mijn groep")).isEqualTo("2");

        tasklist.zoek(nr);
        assertThat(tasklist.taakkaarten()).as("search for %s", nr).isNotEmpty().allSatisfy(kaart -> assertThat(kaart).contains(nr));
        assertThat(tasklist.taakkaarten()).noneMatch(kaart -> kaart.contains(ander));
        assertThat(tasklist.ontbrekendeDoelen()).isEmpty();
    }

    @Test
    void de_vervaldatum_wordt_gewist_en_een_opvolgdatum_gezet_zonder_fout_met_een_nederlandse_kalender() {
        String nr = voorstellen.dienIn("Vervaldatum en opvolgdatum", "leiden");
        voorstellen.totRaadsbehandeling(nr);
        // changing a task's dates takes TASK_ASSIGN: a griffie holds it on its own tasks (docs/tasklist.md), not demo/admin
        logIn("griffier-leiden").kiesFilter("Taken van mijn groep").openTaak(nr, "Advies agenderen in de raad");
        var driver = tasklist.driver();
        String taak = taskService.createTaskQuery().processInstanceBusinessKey(nr)
                .taskDefinitionKey(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).singleResult().getId();
        assertThat(taskService.createTaskQuery().taskId(taak).singleResult().getDueDate()).isNotNull();

        driver.findElement(org.openqa.selenium.By.cssSelector("section.task-card .reset-due-date")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> taskService.createTaskQuery().taskId(taak).singleResult().getDueDate() == null);
        assertThat(foutmeldingen()).as("no error after clearing the due date").isEmpty();

        driver.findElement(org.openqa.selenium.By.cssSelector("section.task-card .followup-date .view-value")).click();
        org.openqa.selenium.WebElement kalender = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".uib-daypicker, [uib-daypicker], table[role=grid]")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null));
        String kop = kalender.getText().replaceAll("\\s+", " ");
        assertThat(kop).as("the follow-up date picker").containsPattern("\\bma di wo do vr za zo\\b").doesNotContainPattern(ENGELS);
        gezienNaam(kalender);
        org.openqa.selenium.WebElement toepassen = driver.findElements(org.openqa.selenium.By.xpath(
                "//span[contains(@class,'glyphicon-ok')]/ancestor::button[1]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow();
        toepassen.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> taskService.createTaskQuery().taskId(taak).singleResult().getFollowUpDate() != null);
        assertThat(foutmeldingen()).as("no error after setting the follow-up date").isEmpty();
        assertThat(tasklist.ontbrekendeDoelen()).isEmpty();
    }

    /** The error toasts on the page (Tasklist's notifications). */
    private List<String> foutmeldingen() {
        return tasklist.driver().findElements(org.openqa.selenium.By.cssSelector(".page-notifications .alert-danger")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** Every accessible name in the date picker is Dutch (Sluiten, Maand, Jaar: not Close, Month, Year). */
    private void gezienNaam(org.openqa.selenium.WebElement kalender) {
        List<String> namen = tasklist.tekstenEnNamen();
        assertThat(namen).noneMatch(n -> n.matches("(?s).*(aria-label|title|labelledby)=(Close|Month|Year|Select|Previous|Next).*"));
    }

    /** Logs in; the first page of a fresh application on a busy machine can take longer than the page object waits. */
    Tasklist logIn(String gebruiker) {
        try {
            return tasklist.logInAls(gebruiker);
        }
        catch (AssertionError | org.openqa.selenium.TimeoutException e) {
            return tasklist.logInAls(gebruiker);
        }
    }

    /** The council's treatment up to its decision: the advice given, offered by the college, on the raad's agenda. */
    private void totRaadsbesluit(String nr) {
        nl.route071.raad.Raadsvergaderingen.zorgVoor(engine, "leiden", "2027-01-20");
        voorstellen.totRaadsbehandeling(nr);
        voorstellen.griffie().voltooi(nr, "griffie-leiden", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", "2027-01-20"));
    }

    private long openTaken(String nr) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nr)
                .taskDefinitionKey(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN).count();
    }

    private Object besluitdatum(String nr) {
        var instantie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey(RaadsbehandelingProcess.PROCESS_ID).list();
        if (instantie.isEmpty()) {
            return null;
        }
        var variabele = historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie.get(0).getId())
                .variableName("besluitdatum").singleResult();
        return variabele == null ? null : variabele.getValue();
    }
}
