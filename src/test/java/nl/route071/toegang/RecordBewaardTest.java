package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.route071.Griffie;
import nl.route071.ServerTest;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.voorstel.RegionaalVoorstelProcess;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks of issue #24 on the record, for every role, the process owners and administrators included: deleting
 * or shortening a proposal's history, starting a called process (council, college, uitvoering) directly, and a
 * maatschappelijk lid adopting or withdrawing alone. Each gets a 4xx over REST (and an exception through the Java
 * API with that user) and changes nothing: the history, its removal time, the time to live, the instances.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RecordBewaardTest {

    /** One demo user per role, with procesbeheer and camunda-admin. */
    static final List<String> ROLLEN = List.of("demo", "procesbeheerder", "regiogriffier", "stuurgroep", "werkgroep-wonen",
            "bestuurstafel-wonen", "maatschappelijk-wonen", "griffier-leiden", "college-leiden", "burgemeester-leiden",
            "uitvoering-leiden", "servicepunt71");
    static final List<String> HANDELINGEN = List.of("historie verwijderen", "historie verwijderen als batch",
            "verwijdertijd zetten", "bewaartermijn verkorten", "historische variabele verwijderen",
            "raadsbehandeling los starten", "collegebesluit los starten", "uitvoering los starten",
            "uitvoering starten bij een activiteit");

    static Stream<Arguments> aanvallen() {
        return ROLLEN.stream().flatMap(rol -> HANDELINGEN.stream().map(handeling -> Arguments.of(rol, handeling)));
    }

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    String afgerond;
    String variabele;
    ProcessDefinition voorstel;

    /** A proposal withdrawn by its bestuurstafel: finished, with history (once: the attacks change nothing). */
    @BeforeAll
    void eenAfgerondVoorstel() {
        Voorstelroute route = new Voorstelroute(engine);
        String nummer = route.dienIn(LocalDate.now().toString(), "Ingetrokken voorstel " + System.nanoTime(), "wonen", "kaderstellend", "leiden");
        route.bestuurstafel(nummer, "wonen", "intrekken");
        HistoricProcessInstance historie = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .singleResult();
        assertThat(historie.getEndTime()).isNotNull();
        afgerond = historie.getId();
        variabele = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(afgerond).variableName("titel")
                .singleResult().getId();
        voorstel = engine.getRepositoryService().getProcessDefinition(historie.getProcessDefinitionId());
        Voorstelroute.klokTerug();
    }

    @AfterEach
    void klokTerug() {
        Voorstelroute.klokTerug();
        engine.getIdentityService().clearAuthentication();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("aanvallen")
    void over_rest_krijgt_elke_rol_een_4xx_en_verandert_niets(String rol, String handeling) {
        Toestand voor = toestand();

        HttpResponse<String> antwoord = rest(rol, handeling);

        assertThat(antwoord.statusCode()).as("%s: %s -> %s", rol, handeling, antwoord.body()).isBetween(400, 499);
        if (antwoord.statusCode() == 400) {
            assertThat(antwoord.body()).as("a Dutch message").containsAnyOf("historie van een voorstel blijft bewaard",
                    "start alleen vanuit een regionaal voorstel");
        }
        assertThat(toestand()).as("nothing changed after %s: %s", rol, handeling).isEqualTo(voor);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("aanvallen")
    void via_de_java_api_met_die_gebruiker_evenmin(String rol, String handeling) {
        Toestand voor = toestand();
        List<String> groepen = engine.getIdentityService().createGroupQuery().groupMember(rol).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(rol, groepen);
        try {
            assertThatThrownBy(() -> java(handeling)).as("%s: %s", rol, handeling).isInstanceOf(ProcessEngineException.class);
        }
        finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(toestand()).as("nothing changed after %s: %s", rol, handeling).isEqualTo(voor);
    }

    @Test
    void een_deployment_met_lopende_voorstellen_verwijderen_met_cascade_wist_hun_historie_niet() {
        String nummer = new Voorstelroute(engine).dienIn(LocalDate.now().toString(), "Lopend voorstel " + System.nanoTime(), "wonen",
                "kaderstellend", "leiden");
        String deployment = voorstel.getDeploymentId();
        String lopend = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer).singleResult().getId();
        long historie = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        String deploymentVanLopend = engine.getRepositoryService().getProcessDefinition(engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceId(lopend).singleResult().getProcessDefinitionId()).getDeploymentId();

        HttpResponse<String> antwoord = Http.basic(poort, "procesbeheerder", "demo").delete("/engine-rest/deployment/" + deploymentVanLopend + "?cascade=true");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains("historie van een voorstel blijft bewaard");
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(deploymentVanLopend).count()).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(lopend).count()).isOne();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(historie);
        assertThat(deployment).isNotNull();
    }

    // ------------------------------------------------------------------ a maatschappelijk lid does not decide alone

    @Test
    void een_maatschappelijk_lid_stelt_niet_vast_en_trekt_niet_in_een_portefeuillehouder_wel(CapturedOutput log) {
        String nummer = new Voorstelroute(engine).dienIn(LocalDate.now().toString(), "Woonagenda " + System.nanoTime(), "wonen",
                "kaderstellend", "leiden", "voorschoten");
        Griffie griffie = new Griffie(engine);
        griffie.voltooi(nummer, "werkgroep-wonen", RegionaalVoorstelProcess.TASK_VOORSTEL_VOORBEREIDEN, Map.of("voorstelTekst", "Uitgewerkt"));
        Task vaststellen = griffie.taak(nummer, "bestuurstafel-wonen", RegionaalVoorstelProcess.TASK_VOORSTEL_VASTSTELLEN);
        Http lid = Http.basic(poort, "maatschappelijk-wonen", "demo");

        for (String besluit : List.of("vaststellen", "intrekken")) {
            for (String deur : List.of("/complete", "/submit-form")) {
                HttpResponse<String> antwoord = lid.post("/engine-rest/task/" + vaststellen.getId() + deur,
                        "{\"variables\":{\"besluitBestuurstafel\":{\"value\":\"" + besluit + "\"}}}");
                assertThat(antwoord.statusCode()).as("%s %s: %s", besluit, deur, antwoord.body()).isEqualTo(400);
                assertThat(antwoord.body()).contains("Alleen een bestuurlijk lid (portefeuillehouder)");
            }
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(vaststellen.getId()).count()).as("the task is still open").isOne();
        assertThat(log.getOut()).as("each refusal is one INFO line for the operator")
                .contains("Geweigerd (CompleteTaskCmd, gebruiker maatschappelijk-wonen): Alleen een bestuurlijk lid")
                .doesNotContain("ENGINE-16004").doesNotContain("Exception while invoking TaskListener");
        assertThat(engine.getRuntimeService().getVariable(vaststellen.getProcessInstanceId(), "besluitBestuurstafel")).isNull();

        HttpResponse<String> portefeuillehouder = Http.basic(poort, "bestuurstafel-wonen", "demo").post(
                "/engine-rest/task/" + vaststellen.getId() + "/complete", "{\"variables\":{\"besluitBestuurstafel\":{\"value\":\"vaststellen\"}}}");
        assertThat(portefeuillehouder.statusCode()).as(portefeuillehouder.body()).isEqualTo(204);
    }

    // ------------------------------------------------------------------ the regiocommissie's own initiative

    @Test
    void een_werkgroep_die_het_initiatief_van_de_regiocommissie_neemt_krijgt_een_400_de_regiogriffie_niet() {
        long voor = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("regionaalVoorstel").count();
        String eigenInitiatief = "{\"variables\":{\"titel\":{\"value\":\"Eigen initiatief\"},\"ambitie\":{\"value\":\"wonen\"},"
                + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"initiatief\":{\"value\":\"regiocommissie\"},"
                + "\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\",\\\"voorschoten\\\"]\",\"type\":\"Json\"}}}";

        for (String indiener : List.of("werkgroep-wonen", "bestuurstafel-wonen")) {
            for (String deur : List.of("/submit-form", "/start")) {
                HttpResponse<String> antwoord = Http.basic(poort, indiener, "demo")
                        .post("/engine-rest/process-definition/key/regionaalVoorstel" + deur, eigenInitiatief);
                assertThat(antwoord.statusCode()).as("%s %s: %s", indiener, deur, antwoord.body()).isEqualTo(400);
                assertThat(antwoord.body()).contains("alleen de regiocommissie neemt een eigen initiatief");
            }
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("regionaalVoorstel").count())
                .as("nothing started").isEqualTo(voor);

        HttpResponse<String> regiogriffie = Http.basic(poort, "regiogriffier", "demo")
                .post("/engine-rest/process-definition/key/regionaalVoorstel/submit-form", eigenInitiatief);
        assertThat(regiogriffie.statusCode()).as(regiogriffie.body()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ helpers

    /** What the attacks must not change. */
    record Toestand(long historischeInstanties, long historischeVariabelen, Date verwijdertijd, Integer bewaartermijn,
            Map<String, Long> lopend, long batches) {
    }

    private Toestand toestand() {
        var history = engine.getHistoryService();
        var runtime = engine.getRuntimeService();
        return new Toestand(history.createHistoricProcessInstanceQuery().count(),
                history.createHistoricVariableInstanceQuery().processInstanceId(afgerond).count(),
                history.createHistoricProcessInstanceQuery().processInstanceId(afgerond).singleResult().getRemovalTime(),
                engine.getRepositoryService().getProcessDefinition(voorstel.getId()).getHistoryTimeToLive(),
                Map.of("raadsbehandeling", runtime.createProcessInstanceQuery().processDefinitionKey("raadsbehandeling").count(),
                        "collegebesluit", runtime.createProcessInstanceQuery().processDefinitionKey("collegebesluit").count(),
                        "uitvoering", runtime.createProcessInstanceQuery().processDefinitionKey("uitvoering").count()),
                engine.getManagementService().createBatchQuery().count());
    }

    private static final String GEPLANT = "{\"variables\":{\"gemeente\":{\"value\":\"leiden\"},\"adviesType\":{\"value\":\"positief\"},"
            + "\"voorstelnummer\":{\"value\":\"RV-2026-9999\"}}}";

    private HttpResponse<String> rest(String rol, String handeling) {
        Http http = Http.basic(poort, rol, "demo");
        String r = "/engine-rest";
        return switch (handeling) {
            case "historie verwijderen" -> http.delete(r + "/history/process-instance/" + afgerond);
            case "historie verwijderen als batch" -> http.post(r + "/history/process-instance/delete",
                    "{\"historicProcessInstanceIds\":[\"" + afgerond + "\"],\"deleteReason\":\"opruimen\"}");
            case "verwijdertijd zetten" -> http.post(r + "/history/process-instance/set-removal-time",
                    "{\"absoluteRemovalTime\":\"2026-12-08T00:00:00.000+0000\",\"historicProcessInstanceIds\":[\"" + afgerond + "\"]}");
            case "bewaartermijn verkorten" -> http.put(r + "/process-definition/" + voorstel.getId() + "/history-time-to-live",
                    "{\"historyTimeToLive\":1}");
            case "historische variabele verwijderen" -> http.delete(r + "/history/variable-instance/" + variabele);
            case "raadsbehandeling los starten" -> http.post(r + "/process-definition/key/raadsbehandeling/start", GEPLANT);
            case "collegebesluit los starten" -> http.post(r + "/process-definition/key/collegebesluit/start", GEPLANT);
            case "uitvoering los starten" -> http.post(r + "/process-definition/key/uitvoering/start", GEPLANT);
            case "uitvoering starten bij een activiteit" -> http.post(r + "/process-definition/key/uitvoering/start",
                    "{\"variables\":{\"gemeente\":{\"value\":\"leiden\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                            + "\"activityId\":\"" + eersteTaak("uitvoering") + "\"}]}");
            default -> throw new IllegalArgumentException(handeling);
        };
    }

    private void java(String handeling) {
        var history = engine.getHistoryService();
        var runtime = engine.getRuntimeService();
        Map<String, Object> geplant = Map.of("gemeente", "leiden", "adviesType", "positief", "voorstelnummer", "RV-2026-9999");
        switch (handeling) {
            case "historie verwijderen" -> history.deleteHistoricProcessInstance(afgerond);
            case "historie verwijderen als batch" -> history.deleteHistoricProcessInstancesAsync(List.of(afgerond), "opruimen");
            case "verwijdertijd zetten" -> history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(new Date())
                    .byIds(afgerond).executeAsync();
            case "bewaartermijn verkorten" -> engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(voorstel.getId(), 1);
            case "historische variabele verwijderen" -> history.deleteHistoricVariableInstance(variabele);
            case "raadsbehandeling los starten" -> runtime.startProcessInstanceByKey("raadsbehandeling", geplant);
            case "collegebesluit los starten" -> runtime.startProcessInstanceByKey("collegebesluit", geplant);
            case "uitvoering los starten" -> runtime.startProcessInstanceByKey("uitvoering", geplant);
            case "uitvoering starten bij een activiteit" -> runtime.createProcessInstanceByKey("uitvoering")
                    .startBeforeActivity(eersteTaak("uitvoering")).setVariables(geplant).execute(true, true);
            default -> throw new IllegalArgumentException(handeling);
        }
    }

    /** The first user task of a process's latest version. */
    private String eersteTaak(String proces) {
        ProcessDefinition definitie = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(proces)
                .latestVersion().withoutTenantId().singleResult();
        return engine.getRepositoryService().getBpmnModelInstance(definitie.getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).iterator().next().getId();
    }
}
