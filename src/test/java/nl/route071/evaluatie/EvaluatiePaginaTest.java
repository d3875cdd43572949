package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.route071.overzicht.PaginaTest;
import nl.route071.overzicht.Webapps;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluation pages over real HTTP: the report the interim evaluation stored, as page, printable page
 * and CSV, and the decision on continuation on the evaluation page for the raden.
 */
@PaginaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatiePaginaTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    String voorstel;
    String startdatum;
    String rapportId;
    ProcessInstance evaluatie;

    @BeforeAll
    void een_jaar_met_een_voorstel_en_de_tussenevaluatie() {
        Voorstelroute route = new Voorstelroute(engine);
        try {
            voorstel = route.dienIn("2021-02-01", "Fietsroute Leiden-Katwijk", "bereikbaarheid", "kaderstellend", "leiden");
            route.bestuurstafel(voorstel, "bereikbaarheid", "vaststellen");
            route.consensus(voorstel);
            route.advies(voorstel, "volledig", "2021-03-01");
            route.raadsbesluit(voorstel, "leiden", "conform", "2021-03-31");

            startdatum = "2021-01-01";
            evaluatie = runtimeService.createProcessInstanceByKey(PROCESS_ID).businessKey("EVALUATIE-TEST-" + UUID.randomUUID())
                    .setVariable(VAR_STARTDATUM, startdatum).execute();
            Voorstelroute.op("2022-01-02");
            managementService.executeJob(managementService.createJobQuery().processInstanceId(evaluatie.getId()).singleResult().getId());
            rapportId = (String) runtimeService.getVariable(evaluatie.getId(), VAR_TUSSENRAPPORT_ID);
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @AfterAll
    void klokTerug() {
        Voorstelroute.klokTerug();
    }

    @Test
    void de_strategische_unit_ziet_de_bewaarde_rapportage_met_cijfers_en_diagrammen() {
        HttpResponse<String> pagina = new Webapps(poort).logInAls("strategischeunit", "demo").get("/evaluatie/rapport/" + rapportId);

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<h1>Rapportage tussenevaluatie</h1>")
                .contains("Voorstellen ingediend van <strong>1 januari 2021</strong> tot en met <strong>2 januari 2022</strong>")
                .contains("mediaan <strong>30,0</strong> dagen").contains("p90 <strong>30</strong> dagen")
                .contains("<strong>1</strong> van de <span>1</span> binnen de termijn")
                .contains("<svg class=\"diagram\"").contains(">30 d</text>").contains(">100%</text>")
                .contains("Bereikbaarheid");
    }

    @Test
    void de_afdrukbare_versie_heeft_geen_menu_en_legt_uit_hoe_een_pdf_te_maken() {
        HttpResponse<String> pagina = new Webapps(poort).logInAls("strategischeunit", "demo")
                .get("/evaluatie/rapport/" + rapportId + "/afdrukken");

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).doesNotContain("<header").contains("Opslaan als PDF")
                .contains("route071.css");
    }

    @Test
    void de_rapportage_is_als_csv_te_downloaden() {
        HttpResponse<String> csv = new Webapps(poort).logInAls("strategischeunit", "demo").get("/evaluatie/rapport/" + rapportId + "/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("route071-tussenevaluatie-2022-01-02.csv"));
        assertThat(csv.body()).startsWith("\uFEFFRapportage tussenevaluatie;periode 2021-01-01 t/m 2022-01-02")
                .contains(voorstel + ";Fietsroute Leiden-Katwijk;kaderstellend;2021-03-01;2021-03-31;30;ja");
    }

    @Test
    void wie_niet_is_ingelogd_ziet_geen_rapportage() {
        Webapps anoniem = new Webapps(poort);

        assertThat(anoniem.get("/evaluatie/rapport/" + rapportId).statusCode()).isEqualTo(401);
        assertThat(anoniem.get("/evaluatie/rapport/" + rapportId).body()).contains("U bent niet ingelogd").doesNotContain("mediaan");
        assertThat(anoniem.get("/evaluatie/rapport/" + rapportId + "/csv").statusCode()).isEqualTo(401);
        assertThat(anoniem.get("/evaluatie").statusCode()).isEqualTo(401);
    }

    @Test
    void het_besluit_over_voortzetting_staat_voor_de_raden_op_de_evaluatiepagina() {
        ProcessInstance eind = totVoortzettingsvoorstel("aanpassen", "Doorgaan, met een regiocommissie per twee ambities");
        String nr = runtimeService.createProcessInstanceQuery().superProcessInstanceId(eind.getId()).singleResult().getBusinessKey();
        Voorstelroute route = new Voorstelroute(engine);
        route.consensus(nr);
        route.advies(nr, "volledig", "2020-11-20");
        // seed 1: each raad gives its wensen en bedenkingen, then each college decides on the form of cooperation
        nl.route071.Griffie griffie = new nl.route071.Griffie(engine);
        Voorstelroute.op("2020-12-01");
        for (String gemeente : List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude")) {
            griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_WensenEnBedenkingenVastleggen",
                    Map.of("raadsvergaderingWensen", "2020-12-01", "wensenEnBedenkingen", "Geen bezwaar."));
        }
        Voorstelroute.op("2020-12-15");
        for (String gemeente : List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude")) {
            griffie.voltooi(nr, "college-" + gemeente, "UserTask_CollegebesluitVastleggen",
                    Map.of("collegebesluit", "ingestemd", "besluitdatum", "2020-12-15"));
        }
        griffie.voerJobsUit(nr);
        Voorstelroute.klokTerug();
        voerJobsUit(eind);

        String pagina = new Webapps(poort).logInAls("griffier-leiden", "demo").get("/evaluatie").body();

        assertThat(pagina).contains("<strong>aanpassen</strong>").contains("Doorgaan, met een regiocommissie per twee ambities")
                .contains("15 december 2020").contains("/evaluatie/rapport/" + rapportId);
    }

    @Test
    void een_onbeantwoord_voorstel_over_voortzetting_staat_als_niet_besloten_op_de_evaluatiepagina() {
        ProcessInstance eind = totVoortzettingsvoorstel("doorgaan", "Niemand pakte het op");

        managementService.executeJob(managementService.createJobQuery().processInstanceId(eind.getId())
                .activityId(TIMER_VOORTZETTINGSVOORSTEL_ONBEANTWOORD).singleResult().getId());
        voerJobsUit(eind);

        String pagina = new Webapps(poort).logInAls("griffier-leiden", "demo").get("/evaluatie").body();
        assertThat(pagina).contains("afgerond: niet besloten (voorstel onbeantwoord binnen de termijn)").contains("Niemand pakte het op");
    }

    /** The due timer and the async send task after it, as the job executor would run them. */
    private void voerJobsUit(ProcessInstance instantie) {
        for (int ronde = 0; ronde < 10; ronde++) {
            var jobs = managementService.createJobQuery().processInstanceId(instantie.getId()).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private void voltooi(ProcessInstance instantie, String activiteit, Map<String, Object> formulier) {
        Task taak = taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(activiteit).singleResult();
        taskService.complete(taak.getId(), formulier);
    }

    /** An evaluation from its start to the stuurgroep's continuation proposal, which then goes its own route. */
    private ProcessInstance totVoortzettingsvoorstel(String voortzetting, String motivering) {
        ProcessInstance eind = runtimeService.createProcessInstanceByKey(PROCESS_ID).businessKey("EVALUATIE-TEST-" + UUID.randomUUID())
                .setVariable(VAR_STARTDATUM, "2018-01-01").execute();
        voerJobsUit(eind);
        voltooi(eind, TASK_TUSSENEVALUATIE_OPSTELLEN, Map.of("tussenevaluatieBevindingen", "Goed op weg"));
        voltooi(eind, TASK_TUSSENEVALUATIE_BESPREKEN, Map.of("tussenevaluatieAfspraken", "Doorgaan"));
        voerJobsUit(eind);
        voltooi(eind, TASK_EINDEVALUATIE_OPSTELLEN, Map.of("eindevaluatieBevindingen", "Positief"));
        voltooi(eind, TASK_EINDEVALUATIE_BESPREKEN, Map.of("eindevaluatieAfspraken", "Voorstel aan de raden"));
        voltooi(eind, TASK_VOORTZETTINGSVOORSTEL_OPSTELLEN, Map.of(VAR_VOORTZETTING, voortzetting, VAR_MOTIVERING, motivering, "ambitie", "wonen"));
        return eind;
    }
}
