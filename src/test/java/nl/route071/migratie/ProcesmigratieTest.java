package nl.route071.migratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.route071.Deployments;
import nl.route071.ServerTest;
import nl.route071.Griffie;
import nl.route071.raad.RaadsbehandelingProcess;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys a changed {@code raadsbehandeling} (a task renamed, "Verantwoording agenderen"
 * dropped) while councils are busy; running treatments stay on their version until the migration
 * endpoint moves them. Real HTTP against the running application (the shared server context); the new
 * versions these tests deploy are removed after each test.
 */
@ServerTest
class ProcesmigratieTest {

    static final String NIEUWE_NAAM = "Raadsbesluit en stemverhouding vastleggen";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    Griffie griffie;
    Deployments deployments;

    @BeforeEach
    void setUp() {
        griffie = new Griffie(engine);
        deployments = Deployments.vooraf(repositoryService);
    }

    /** The shared server context: the changed raadsbehandeling must not stay the latest version for other tests. */
    @AfterEach
    void nieuweVersiesWeg() {
        deployments.opruimen();
    }

    @Test
    void na_een_nieuwe_versie_blijven_lopende_raadsbehandelingen_op_hun_versie_en_de_proefrun_verandert_niets() throws Exception {
        ProcessDefinition oud = deploy(origineel());
        String wachtOpAgenderen = start();
        String wachtOpBesluit = startEnAgendeer();
        ProcessDefinition nieuw = deploy(gewijzigd());

        assertThat(versieVan(wachtOpAgenderen)).isEqualTo(oud.getId());
        assertThat(versieVan(wachtOpBesluit)).isEqualTo(oud.getId());

        HttpResponse<String> antwoord = post(RaadsbehandelingProcess.PROCESS_ID + "?dryRun=true", "procesbeheerder", "demo");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode rapport = json.readTree(antwoord.body());
        assertThat(rapport.get("proefrun").asBoolean()).isTrue();
        assertThat(rapport.get("doelversie").asInt()).isEqualTo(nieuw.getVersion());
        assertThat(rapport.get("gemigreerd").asInt()).isZero();
        JsonNode bron = bronversie(rapport, oud.getVersion());
        assertThat(bron.get("lopendeInstanties").asInt()).isEqualTo(2);
        assertThat(teksten(bron.at("/gaanMee/voorstelnummers"))).containsExactlyInAnyOrder(wachtOpAgenderen, wachtOpBesluit);
        assertThat(bron.get("gaanNietMee")).isEmpty();
        assertThat(rapport.get("samenvatting").asText()).contains("proefrun");

        assertThat(versieVan(wachtOpAgenderen)).isEqualTo(oud.getId());
        assertThat(versieVan(wachtOpBesluit)).isEqualTo(oud.getId());
        assertThat(griffie.taak(wachtOpBesluit, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN)
                .getName()).isEqualTo("Raadsbesluit vastleggen");
    }

    @Test
    void de_migratie_brengt_lopende_raadsbehandelingen_naar_de_nieuwe_versie_en_de_griffie_werkt_daarin_verder() throws Exception {
        ProcessDefinition oud = deploy(origineel());
        String wachtOpBesluit = startEnAgendeer();
        String taak = griffie.taak(wachtOpBesluit, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN).getId();
        ProcessDefinition nieuw = deploy(gewijzigd());

        HttpResponse<String> antwoord = post(RaadsbehandelingProcess.PROCESS_ID + "?dryRun=false", "demo", "demo");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode rapport = json.readTree(antwoord.body());
        assertThat(rapport.get("proefrun").asBoolean()).isFalse();
        assertThat(teksten(bronversie(rapport, oud.getVersion()).at("/gaanMee/voorstelnummers"))).contains(wachtOpBesluit);
        assertThat(rapport.get("gemigreerd").asInt()).isPositive();
        assertThat(versieVan(wachtOpBesluit)).isEqualTo(nieuw.getId());
        assertThat(engine.getHistoryService().createUserOperationLogQuery().operationType("Migrate").list().stream()
                .filter(regel -> oud.getId().equals(regel.getProcessDefinitionId()) || nieuw.getId().equals(regel.getProcessDefinitionId())).toList())
                .as("the migration is in the operation log under the process owner who ran it")
                .isNotEmpty().allSatisfy(regel -> assertThat(regel.getUserId()).isEqualTo("demo"));
        assertThat(griffie.taak(wachtOpBesluit, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN).getId())
                .as("the griffie keeps the task it had; Camunda leaves an existing task's name as it was").isEqualTo(taak);

        griffie.voltooi(wachtOpBesluit, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                Map.of("raadsbesluit", "verworpen", "besluitdatum", "2027-01-20"));

        assertThat(griffie.openTaken(wachtOpBesluit)).extracting(t -> t.getTaskDefinitionKey())
                .as("version 2 goes straight to recording the accountability")
                .containsExactly(RaadsbehandelingProcess.TASK_VERANTWOORDING_VASTLEGGEN);
    }

    @Test
    void een_raadsbehandeling_die_wacht_in_een_geschrapte_activiteit_wordt_gemeld_en_blijft_op_de_oude_versie() throws Exception {
        ProcessDefinition oud = deploy(origineel());
        String wachtOpAgenderen = start();
        String wachtOpVerantwoording = startEnAgendeer();
        griffie.voltooi(wachtOpVerantwoording, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                Map.of("raadsbesluit", "verworpen", "besluitdatum", "2027-01-20"));
        griffie.taak(wachtOpVerantwoording, "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN);
        ProcessDefinition nieuw = deploy(gewijzigd());

        JsonNode proef = json.readTree(post(RaadsbehandelingProcess.PROCESS_ID + "?dryRun=true", "procesbeheerder", "demo").body());
        JsonNode bron = bronversie(proef, oud.getVersion());
        assertThat(teksten(bron.at("/gaanMee/voorstelnummers"))).containsExactly(wachtOpAgenderen);
        assertThat(bron.get("gaanNietMee")).hasSize(1);
        JsonNode niet = bron.get("gaanNietMee").get(0);
        assertThat(niet.get("voorstelnummer").asText()).isEqualTo(wachtOpVerantwoording);
        assertThat(niet.get("reden").asText()).contains("Verantwoording agenderen").contains("versie " + nieuw.getVersion());

        JsonNode echt = json.readTree(post(RaadsbehandelingProcess.PROCESS_ID + "?dryRun=false", "procesbeheerder", "demo").body());

        assertThat(teksten(bronversie(echt, oud.getVersion()).at("/gaanMee/voorstelnummers"))).containsExactly(wachtOpAgenderen);
        assertThat(versieVan(wachtOpAgenderen)).isEqualTo(nieuw.getId());
        assertThat(versieVan(wachtOpVerantwoording)).isEqualTo(oud.getId());
        griffie.taak(wachtOpVerantwoording, "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN);

        griffie.voltooi(wachtOpAgenderen, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", "2027-01-20"));
        assertThat(griffie.taak(wachtOpAgenderen, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN)
                .getName()).as("the next task comes from version 2").isEqualTo(NIEUWE_NAAM);
    }

    @Test
    void zonder_aanmelding_of_met_een_verkeerd_wachtwoord_weigert_het_endpoint_met_401() throws Exception {
        HttpResponse<String> zonder = http.send(HttpRequest.newBuilder(uri(RaadsbehandelingProcess.PROCESS_ID))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> verkeerd = post(RaadsbehandelingProcess.PROCESS_ID, "procesbeheerder", "geraden");

        assertThat(zonder.statusCode()).isEqualTo(401);
        assertThat(zonder.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(verkeerd.statusCode()).isEqualTo(401);
    }

    @Test
    void een_griffier_is_geen_procesbeheerder_en_krijgt_403() throws Exception {
        String wachtOpAgenderen = start();

        HttpResponse<String> antwoord = post(RaadsbehandelingProcess.PROCESS_ID + "?dryRun=false", "griffier-leiden", "demo");

        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(antwoord.body()).contains("procesbeheer");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(wachtOpAgenderen).count()).isOne();
    }

    @Test
    void een_onbekend_proces_geeft_404() throws Exception {
        assertThat(post("bestaatNiet", "demo", "demo").statusCode()).isEqualTo(404);
    }

    // --- the models ---------------------------------------------------------------------------------

    private static BpmnModelInstance origineel() {
        return Bpmn.readModelFromFile(Path.of("processes", "raadsbehandeling.bpmn").toFile());
    }

    /** Version 2 as a process owner would draw it: a clearer task name, and no separate agenda step for verantwoording. */
    private static BpmnModelInstance gewijzigd() {
        BpmnModelInstance model = origineel();
        UserTask besluit = model.getModelElementById(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN);
        besluit.setName(NIEUWE_NAAM);

        FlowNode agenderen = model.getModelElementById(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN);
        FlowNode vastleggen = model.getModelElementById(RaadsbehandelingProcess.TASK_VERANTWOORDING_VASTLEGGEN);
        SequenceFlow vereist = model.getModelElementById("Flow_VerantwoordingVereist");
        SequenceFlow tussen = model.getModelElementById("Flow_NaarVerantwoordingVastleggen");
        vereist.setTarget(vastleggen);
        vastleggen.getIncoming().remove(tussen);
        vastleggen.getIncoming().add(vereist);
        BpmnShape vorm = (BpmnShape) agenderen.getDiagramElement();
        BpmnShape doel = (BpmnShape) vastleggen.getDiagramElement();
        List<Waypoint> punten = new ArrayList<>(vereist.getDiagramElement().getWaypoints());
        Waypoint laatste = punten.get(punten.size() - 1);
        laatste.setX(doel.getBounds().getX());
        laatste.setY(doel.getBounds().getY() + doel.getBounds().getHeight() / 2);
        vorm.getParentElement().removeChildElement(vorm);
        tussen.getDiagramElement().getParentElement().removeChildElement(tussen.getDiagramElement());
        tussen.getParentElement().removeChildElement(tussen);
        agenderen.getParentElement().removeChildElement(agenderen);
        Bpmn.validateModel(model);
        return model;
    }

    private ProcessDefinition deploy(BpmnModelInstance model) throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment().name("ProcesmigratieTest")
                .addModelInstance("raadsbehandeling.bpmn", model);
        try (Stream<Path> forms = Files.list(Path.of("processes", "forms"))) {
            for (Path form : forms.toList()) {
                deployment.addString(form.getFileName().toString(), Files.readString(form, StandardCharsets.UTF_8));
            }
        }
        String id = deployment.deploy().getId();
        return repositoryService.createProcessDefinitionQuery().deploymentId(id).singleResult();
    }

    // --- the councils at work ------------------------------------------------------------------------

    private String start() {
        String nr = "RV-MIGRATIE-" + UUID.randomUUID();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("voorstelnummer", nr);
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("gemeente", "voorschoten");
        variabelen.put("adviesType", "volledig");
        variabelen.put("adviesTekst", "Stem in met de woonagenda");
        variabelen.put("adviesdatum", "2026-12-10");
        runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        griffie.collegesBiedenAan(nr);
        return nr;
    }

    private String startEnAgendeer() {
        String nr = start();
        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", "2027-01-20"));
        return nr;
    }

    private String versieVan(String voorstelnummer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(voorstelnummer).singleResult()
                .getProcessDefinitionId();
    }

    // --- HTTP --------------------------------------------------------------------------------------------

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + "/api/migraties/" + pad);
    }

    private HttpResponse<String> post(String pad, String gebruiker, String wachtwoord) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(pad)).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode bronversie(JsonNode rapport, int versie) {
        for (JsonNode bron : rapport.get("bronversies")) {
            if (bron.get("versie").asInt() == versie) {
                return bron;
            }
        }
        throw new AssertionError("no source version " + versie + " in " + rapport.toPrettyString());
    }

    private static List<String> teksten(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(t -> teksten.add(t.asText()));
        return teksten;
    }
}
