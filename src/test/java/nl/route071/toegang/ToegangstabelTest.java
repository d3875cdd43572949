package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.route071.ServerTest;
import nl.route071.raad.RaadsbehandelingProcess;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.ProcessEngine;
import nl.route071.Griffie;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access table of docs/security.md, row by row ({@code src/test/resources/toegang/toegangstabel.csv}): each
 * row a user, an action through REST, the webapps or the pages over real HTTP, and the expected answer.
 */
@ServerTest
class ToegangstabelTest {

    static final String VERKEERD = " (verkeerd wachtwoord)";

    @LocalServerPort
    int poort;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine engine;

    ProcessInstance leiden;
    ProcessInstance voorschoten;
    ProcessInstance leidenBijHetCollege;

    @BeforeEach
    void drieRaadsbehandelingen() {
        leiden = raadsbehandeling("leiden");
        voorschoten = raadsbehandeling("voorschoten");
        leidenBijHetCollege = start("leiden");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvFileSource(resources = "/toegang/toegangstabel.csv", delimiter = ';', numLinesToSkip = 1)
    void toegang(String gebruiker, String handeling, String verwacht) {
        HttpResponse<String> antwoord = voerUit(gebruiker, handeling);

        String[] delen = verwacht.split(" ");
        assertThat(antwoord.statusCode()).as("%s: %s -> %s", handeling, antwoord.statusCode(), antwoord.body())
                .isEqualTo(Integer.parseInt(delen[0]));
        if (delen.length > 1 && delen[1].equals("leeg")) {
            assertThat(antwoord.body().replace(" ", "")).isEqualTo("[]");
        }
        if (delen.length > 1 && delen[1].equals("nul")) {
            assertThat(antwoord.body().replace(" ", "")).isEqualTo("{\"count\":0}");
        }
        if (delen.length > 1 && delen[1].equals("met")) {
            assertThat(antwoord.body()).startsWith("[{");
        }
    }

    private HttpResponse<String> voerUit(String gebruiker, String handeling) {
        return switch (handeling) {
            case "engines opvragen" -> rest(gebruiker).get("/engine-rest/engine");
            case "taken van Leiden lezen" -> rest(gebruiker).get("/engine-rest/task?processInstanceId=" + leiden.getId() + pagina());
            case "taken van Voorschoten lezen" -> rest(gebruiker).get("/engine-rest/task?processInstanceId=" + voorschoten.getId() + pagina());
            case "taak van Voorschoten openen" -> rest(gebruiker).get("/engine-rest/task/" + taak(voorschoten));
            case "variabelen van Leiden lezen" -> rest(gebruiker).get("/engine-rest/process-instance/" + leiden.getId() + "/variables");
            case "variabelen van Voorschoten lezen" -> rest(gebruiker).get("/engine-rest/process-instance/" + voorschoten.getId() + "/variables");
            case "variabelen van Voorschoten zoeken" ->
                    rest(gebruiker).get("/engine-rest/variable-instance?processInstanceIdIn=" + voorschoten.getId() + pagina());
            case "historie van Voorschoten zoeken" ->
                    rest(gebruiker).get("/engine-rest/history/variable-instance?processInstanceId=" + voorschoten.getId() + pagina());
            case "instanties van Voorschoten zoeken" ->
                    rest(gebruiker).get("/engine-rest/process-instance?processInstanceIds=" + voorschoten.getId() + pagina());
            case "taak van Voorschoten oppakken" -> rest(gebruiker).post("/engine-rest/task/" + taak(voorschoten) + "/claim",
                    "{\"userId\":\"" + naam(gebruiker) + "\"}");
            case "taak van Leiden oppakken" -> rest(gebruiker).post("/engine-rest/task/" + taak(leiden) + "/claim",
                    "{\"userId\":\"" + naam(gebruiker) + "\"}");
            case "taak van het college van Leiden lezen" -> rest(gebruiker).get("/engine-rest/task/" + taak(leidenBijHetCollege));
            case "taak van het college van Leiden oppakken" -> rest(gebruiker).post("/engine-rest/task/" + taak(leidenBijHetCollege) + "/claim",
                    "{\"userId\":\"" + naam(gebruiker) + "\"}");
            case "taak van het college van Leiden afronden" -> rest(gebruiker).post("/engine-rest/task/" + taak(leidenBijHetCollege) + "/complete",
                    AANBIEDEN);
            case "taakvariabelen van Voorschoten lezen" -> rest(gebruiker).get("/engine-rest/task/" + taak(voorschoten) + "/variables");
            case "taakvariabelen van Leiden lezen" -> rest(gebruiker).get("/engine-rest/task/" + taak(leiden) + "/variables");
            case "taken van Voorschoten lezen in Tasklist" -> tasklist(gebruiker).get("/camunda/api/engine/engine/default/task?processInstanceId="
                    + voorschoten.getId() + pagina());
            case "taken van Leiden lezen in Tasklist" -> tasklist(gebruiker).get("/camunda/api/engine/engine/default/task?processInstanceId="
                    + leiden.getId() + pagina());
            case "taakvariabelen van Voorschoten lezen in Tasklist" -> tasklist(gebruiker).get("/camunda/api/engine/engine/default/task/"
                    + taak(voorschoten) + "/variables");
            case "taak van Voorschoten oppakken in Tasklist" -> tasklist(gebruiker).post("/camunda/api/engine/engine/default/task/"
                    + taak(voorschoten) + "/claim", "{\"userId\":\"" + naam(gebruiker) + "\"}");
            case "taak van het college van Leiden oppakken in Tasklist" -> tasklist(gebruiker).post(
                    "/camunda/api/engine/engine/default/task/" + taak(leidenBijHetCollege) + "/claim", "{\"userId\":\"" + naam(gebruiker) + "\"}");
            case "taakvariabelen van Voorschoten lezen via een matrixpad" -> rest(gebruiker).get("/engine-rest/task;x=1/"
                    + taak(voorschoten) + "/variables;y=2");
            case "taken van Voorschoten tellen via een matrixpad" -> rest(gebruiker).get("/engine-rest/task/count;a=b?processInstanceId="
                    + voorschoten.getId());
            case "taak van Leiden afronden" -> rest(gebruiker).post("/engine-rest/task/" + taak(leiden) + "/complete", AGENDEREN);
            case "taak van Voorschoten afronden" -> rest(gebruiker).post("/engine-rest/task/" + taak(voorschoten) + "/complete", AGENDEREN);
            case "voorstel indienen" -> rest(gebruiker).post("/engine-rest/process-definition/key/regionaalVoorstel/start", VOORSTEL);
            case "raadsbehandeling starten" -> rest(gebruiker).post("/engine-rest/process-definition/key/raadsbehandeling/start",
                    "{\"variables\":{\"gemeente\":{\"value\":\"leiden\"}}}");
            case "proces deployen" -> rest(gebruiker).deploy("/engine-rest/deployment/create", "toegang-" + UUID.randomUUID(),
                    "toegangstest.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess("toegangstest")
                            .camundaHistoryTimeToLive(1).startEvent().endEvent().done()));
            case "proces met een engine-bean deployen" -> rest(gebruiker).deploy("/engine-rest/deployment/create", "toegang-" + UUID.randomUUID(),
                    "aanval.bpmn", EngineAanvallenTest.bpmn("camunda:expression=\"${identityService.createMembership('procesbeheerder', 'camunda-admin')}\""));
            case "proces met reflectie deployen" -> rest(gebruiker).deploy("/engine-rest/deployment/create", "toegang-" + UUID.randomUUID(),
                    "aanval.bpmn", EngineAanvallenTest.bpmn("camunda:expression=\"" + EngineAanvallenTest.RCE + "\""));
            case "proces met een vreemde klasse deployen" -> rest(gebruiker).deploy("/engine-rest/deployment/create", "toegang-" + UUID.randomUUID(),
                    "aanval.bpmn", EngineAanvallenTest.bpmn("camunda:class=\"java.lang.ProcessBuilder\""));
            case "beslistabel met JUEL deployen" -> rest(gebruiker).deploy("/engine-rest/deployment/create", "toegang-" + UUID.randomUUID(),
                    "aanval.dmn", EngineAanvallenTest.dmn("expressionLanguage=\"juel\"", "${1}"));
            case "deployments lezen" -> rest(gebruiker).get("/engine-rest/deployment?firstResult=0&maxResults=1");
            case "gebruiker aanmaken" -> rest(gebruiker).post("/engine-rest/user/create", "{\"profile\":{\"id\":\"nieuw-"
                    + UUID.randomUUID().toString().substring(0, 8) + "\",\"firstName\":\"Nieuw\",\"lastName\":\"Lid\"},"
                    + "\"credentials\":{\"password\":\"Een-lang-Wachtwoord-1\"}}");
            case "autorisatie aanmaken" -> rest(gebruiker).post("/engine-rest/authorization/create",
                    "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"griffier-leiden\",\"resourceType\":8,\"resourceId\":\""
                            + voorschoten.getId() + "\"}");
            case "lopende instanties migreren (proefrun)" -> rest(gebruiker).post("/api/migraties/raadsbehandeling?dryRun=true", "");
            case "onbekend api-pad" -> rest(gebruiker).get("/api/bestaat-niet");
            case "Tasklist openen" -> Http.anoniem(poort).logIn(naam(gebruiker), "demo", "tasklist");
            case "Cockpit openen" -> Http.anoniem(poort).logIn(naam(gebruiker), "demo", "cockpit");
            case "Admin openen" -> Http.anoniem(poort).logIn(naam(gebruiker), "demo", "admin");
            case "regionaal overzicht openen" -> pagina(gebruiker).get("/overzicht");
            case "evaluatiepagina openen" -> pagina(gebruiker).get("/evaluatie");
            default -> throw new IllegalArgumentException("unknown action in the access table: " + handeling);
        };
    }

    static final String AANBIEDEN = "{\"variables\":{\"aanbiedingsdatum\":{\"value\":\"2026-12-14\"}}}";
    static final String AGENDEREN = "{\"variables\":{\"raadsvergadering\":{\"value\":\"2027-01-20\"}}}";
    static final String VOORSTEL = "{\"variables\":{\"titel\":{\"value\":\"Regionale woonagenda\"},\"ambitie\":{\"value\":\"wonen\"},"
            + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\",\\\"voorschoten\\\"]\","
            + "\"type\":\"Json\"}}}";

    private Http rest(String gebruiker) {
        if (gebruiker.equals("anoniem")) {
            return Http.anoniem(poort);
        }
        return Http.basic(poort, naam(gebruiker), gebruiker.endsWith(VERKEERD) ? "verkeerd" : "demo");
    }

    /** Logged in to Tasklist, as the browser is: the session and its CSRF token, on Tasklist's own engine API. */
    private Http tasklist(String gebruiker) {
        return Http.ingelogd(poort, naam(gebruiker), "tasklist");
    }

    private Http pagina(String gebruiker) {
        return gebruiker.equals("anoniem") ? Http.anoniem(poort) : Http.ingelogd(poort, naam(gebruiker), "tasklist");
    }

    private static String naam(String gebruiker) {
        return gebruiker.replace(VERKEERD, "");
    }

    private static String pagina() {
        return "&firstResult=0&maxResults=50";
    }

    private String taak(ProcessInstance instantie) {
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).singleResult().getId();
    }

    private ProcessInstance raadsbehandeling(String gemeente) {
        ProcessInstance instantie = start(gemeente);
        new Griffie(engine).collegesBiedenAan(instantie.getBusinessKey());
        return instantie;
    }

    /** A council treatment waiting at the college's task (Voorstel aan de raad aanbieden). */
    private ProcessInstance start(String gemeente) {
        String nr = "RV-TOEGANG-" + UUID.randomUUID();
        ProcessInstance instantie = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", gemeente,
                        "adviesType", "volledig", "adviesTekst", "Stem in met de woonagenda", "adviesdatum", "2026-12-10"));
        new Griffie(engine).voerJobsUit(nr);
        return instantie;
    }
}
