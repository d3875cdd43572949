package nl.route071.toegang;

import static nl.route071.voorstel.RegionaalVoorstelProcess.TASK_BEELDVORMING_HOUDEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.TASK_OORDEELSVORMING_HOUDEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.TASK_STEMMING_VASTLEGGEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.TASK_VOORSTEL_VASTSTELLEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.TASK_VOORSTEL_VOORBEREIDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import nl.route071.ServerTest;
import nl.route071.Griffie;
import nl.route071.raad.RaadsbehandelingProcess;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed and hostile input, through {@code /engine-rest} (HTTP Basic, as scripts and Camunda Modeler
 * send it) and through the forms (the webapps' engine API that Tasklist's start and task forms post to,
 * with a login session and CSRF token). Every row gets a clear 4xx answer and changes nothing: no new
 * instance or deployment or filter, the same open tasks, every variable as it was.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OngeldigeInvoerTest {

    static final String REST = "/engine-rest";
    static final String FORMULIER = "/camunda/api/engine/engine/default";
    static final String START = "/process-definition/key/regionaalVoorstel/start";
    static final String START_FORMULIER = "/process-definition/key/regionaalVoorstel/submit-form";

    /** One hostile input: who sends it, through which door, and what comes back. */
    record Invoer(String naam, String gebruiker, String kanaal, String methode, String pad, String body, int status, String melding) {

        @Override
        public String toString() {
            return naam;
        }
    }

    static Stream<Invoer> invoer() {
        String bestuur = "bestuurstafel-wonen";
        String griffie = "regiogriffier";
        return Stream.of(
                // submitting a proposal: unknown gemeente, missing and wrong fields, oversized and SQL-like strings
                new Invoer("onbekende gemeente (REST)", bestuur, REST, "POST", START, voorstel("titel", "[\"leiden\",\"amsterdam\"]"), 400, "‘amsterdam’ is geen keuze van dit formulier"),
                new Invoer("onbekende gemeente (formulier)", bestuur, FORMULIER, "POST", START_FORMULIER, voorstel("titel", "[\"amsterdam\"]"), 400, "‘amsterdam’ is geen keuze van dit formulier"),
                new Invoer("SQL-achtige gemeente", bestuur, REST, "POST", START, voorstel("titel", "[\"leiden' OR '1'='1\"]"), 400, "is geen keuze van dit formulier"),
                new Invoer("gemeente twee keer", bestuur, REST, "POST", START, voorstel("titel", "[\"leiden\",\"leiden\"]"), 400, "meer dan eens"),
                new Invoer("geen gemeente", bestuur, REST, "POST", START, voorstel("titel", "[]"), 400, "‘Deelnemende gemeenten’ is verplicht"),
                new Invoer("gemeenten als getal", bestuur, REST, "POST", START, VOORSTEL_GEMEENTEN_GETAL, 400, "‘Deelnemende gemeenten’ is geen lijst van keuzes"),
                new Invoer("titel ontbreekt (REST)", bestuur, REST, "POST", START, voorstel(null, "[\"leiden\"]"), 400, "‘Titel van het voorstel’ is verplicht"),
                new Invoer("titel ontbreekt (formulier)", bestuur, FORMULIER, "POST", START_FORMULIER, voorstel(null, "[\"leiden\"]"), 400, "‘Titel van het voorstel’ is verplicht"),
                new Invoer("titel als getal", bestuur, REST, "POST", START, VOORSTEL_TITEL_GETAL, 400, "‘Titel van het voorstel’ is geen tekst"),
                new Invoer("titel van 100.000 tekens (REST)", bestuur, REST, "POST", START, voorstel("x".repeat(100_000), "[\"leiden\"]"), 400, "langer dan 200 tekens"),
                new Invoer("titel van 5.000 tekens (formulier)", bestuur, FORMULIER, "POST", START_FORMULIER, voorstel("y".repeat(5_000), "[\"leiden\"]"), 400, "langer dan 200 tekens"),
                new Invoer("onbekende ambitie", bestuur, REST, "POST", START, VOORSTEL_AMBITIE_ONBEKEND, 400, "‘Ambitie’: ‘ruimtevaart’ is geen keuze van dit formulier"),
                new Invoer("soort besluit ontbreekt", bestuur, REST, "POST", START, VOORSTEL_ZONDER_SOORT, 400, "‘Soort besluit’ is verplicht"),
                new Invoer("Java-serialisatie", bestuur, REST, "POST", START, VOORSTEL_JAVA_SERIALISATIE, 400, "‘aanval’ staat niet op dit formulier"),
                new Invoer("onbekend variabeletype", bestuur, REST, "POST", START, VOORSTEL_ONBEKEND_TYPE, 400, "Blob"),
                new Invoer("kapotte JSON", bestuur, REST, "POST", START, "{\"variables\": {\"titel\": ", 400, ""),
                new Invoer("voorstel starten zonder recht", "griffier-leiden", REST, "POST", START, voorstel("titel", "[\"leiden\"]"), 403, "CREATE"),
                // the stemming task: fracties not in the election data, duplicate votes, wrong types
                new Invoer("fractie niet in de verkiezingsuitslag (REST)", griffie, REST, "POST", "/task/{stemtaak}/complete", stem("[{\"sleutel\":\"leiden:Piratenpartij\",\"stem\":\"voor\"}]"), 400, "noemt geen fractie van deze stemlijst ('leiden:Piratenpartij')"),
                new Invoer("fractie niet in de verkiezingsuitslag (formulier)", griffie, FORMULIER, "POST", "/task/{stemtaak}/submit-form", stem("[{\"sleutel\":\"oegstgeest:Onbekend\",\"stem\":\"tegen\"}]"), 400, "noemt geen fractie van deze stemlijst"),
                new Invoer("dubbele stem voor en tegen (REST)", griffie, REST, "POST", "/task/{stemtaak}/complete", DUBBELE_STEM, 400, "staat twee keer in de stemming"),
                new Invoer("dubbele stem voor en tegen (formulier)", griffie, FORMULIER, "POST", "/task/{stemtaak}/submit-form", DUBBELE_STEM, 400, "staat twee keer in de stemming"),
                new Invoer("stemmen als tekst in plaats van lijst", griffie, REST, "POST", "/task/{stemtaak}/complete", STEMMEN_ALS_GETAL, 400, "‘Stem per fractie’ is geen lijst"),
                new Invoer("SQL-achtige fractie", griffie, REST, "POST", "/task/{stemtaak}/complete", stem("[{\"sleutel\":\"x'); DROP TABLE ACT_RU_TASK; --\",\"stem\":\"voor\"}]"), 400, "noemt geen fractie van deze stemlijst"),
                new Invoer("script-tag als fractie", griffie, FORMULIER, "POST", "/task/{stemtaak}/submit-form", stem("[{\"sleutel\":\"<script>alert(1)</script>\",\"stem\":\"onthouding\"}]"), 400, "noemt geen fractie van deze stemlijst"),
                new Invoer("Java-geserialiseerde taakvariabele", griffie, REST, "PUT", "/task/{stemtaak}/variables/aanval", JAVA_OBJECT, 403, "UPDATE_VARIABLE"),
                new Invoer("taak van een andere gemeente afronden", "griffier-leiden", REST, "POST", "/task/{raadtaak}/complete", "{\"variables\":{\"raadsvergadering\":{\"value\":\"2027-01-20\"}}}", 403, "griffier-leiden"),
                // models: XXE, a script deployed by a non-owner
                new Invoer("XXE in een BPMN", "procesbeheerder", REST, "DEPLOY", "/deployment/create", XXE_BPMN, 400, "DOCTYPE"),
                new Invoer("BPMN met script door een griffier", "griffier-leiden", REST, "DEPLOY", "/deployment/create", SCRIPT_BPMN, 403, "Deployment"),
                new Invoer("BPMN met script door de regiogriffier", griffie, REST, "DEPLOY", "/deployment/create", SCRIPT_BPMN, 403, "Deployment"),
                // queries: expression injection (ad hoc, orQueries, stored), SQL-like sorting, unbounded or oversized results
                new Invoer("expressie in een taakquery", griffie, REST, "GET", "/task?assigneeExpression=" + url("${''.getClass().forName('java.lang.Runtime')}") + "&firstResult=0&maxResults=10", null, 400, "Expressies in zoekvragen zijn niet toegestaan"),
                new Invoer("expressie in een taakquery (formulier)", griffie, FORMULIER, "GET", "/task?candidateGroupExpression=" + url("${currentUserGroups()}") + "&firstResult=0&maxResults=10", null, 400, "Expressies in zoekvragen zijn niet toegestaan"),
                new Invoer("expressie in orQueries", griffie, REST, "POST", "/task?firstResult=0&maxResults=10", "{\"orQueries\":[{\"candidateGroupExpression\":\"${execution.getProcessEngineServices()}\"}]}", 400, "Expressies in zoekvragen zijn niet toegestaan"),
                new Invoer("expressie in een datum in orQueries", griffie, REST, "POST", "/task?firstResult=0&maxResults=10", "{\"orQueries\":[{\"dueAfterExpression\":\"${now()}\"}]}", 400, "Expressies in zoekvragen zijn niet toegestaan"),
                new Invoer("expressie in een opgeslagen filter", "demo", REST, "POST", "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"Aanval\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}", 400, "Expressies in zoekvragen zijn niet toegestaan"),
                new Invoer("SQL in sortBy", griffie, REST, "GET", "/task?sortBy=" + url("name; DROP TABLE ACT_RU_TASK") + "&sortOrder=asc&firstResult=0&maxResults=10", null, 400, "sortBy"),
                new Invoer("SQL in sortOrder", griffie, REST, "GET", "/task?sortBy=name&sortOrder=" + url("asc; DELETE FROM ACT_RU_VARIABLE") + "&firstResult=0&maxResults=10", null, 400, "sortOrder"),
                new Invoer("SQL-achtige variabele-operator", griffie, REST, "GET", "/task?processVariables=" + url("titel_or1=1_x") + "&firstResult=0&maxResults=10", null, 400, "comparator"),
                new Invoer("te veel resultaten", griffie, REST, "GET", "/task?firstResult=0&maxResults=100000", null, 400, "Max results limit"),
                new Invoer("ongelimiteerde lijst", griffie, REST, "GET", "/task", null, 400, "unbound number of results"));
    }

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    String stemtaak;
    String raadtaak;

    /**
     * One stemming and one council treatment for every case, made before the first (not in {@code @BeforeAll}, where
     * the class's engine is not yet the registered one): each case is refused and changes nothing, which it checks.
     */
    @BeforeEach
    void stemmingEnRaadsbehandeling() {
        if (stemtaak != null) {
            return;
        }
        Griffie griffie = new Griffie(engine);
        String nr = engine.getRuntimeService().startProcessInstanceByKey("regionaalVoorstel", Map.of(
                "titel", "Regionale woonagenda", "ambitie", "wonen", "soortBesluit", "kaderstellend", "initiatief", "bestuurstafel",
                "deelnemendeGemeenten", SpinValues.jsonValue(Spin.JSON(List.of("leiden", "oegstgeest"))).create())).getBusinessKey();
        griffie.voltooi(nr, "werkgroep-wonen", TASK_VOORSTEL_VOORBEREIDEN, Map.of("voorstelTekst", "Samen bouwen"));
        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of("besluitBestuurstafel", "vaststellen"));
        griffie.voltooi(nr, "regiogriffie", TASK_BEELDVORMING_HOUDEN, Map.of("vergaderdatumBeeldvorming", "2026-12-02", "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid", "toelichters", "wethouder"));
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of("consensus", false, "vergaderdatumOordeelsvorming", "2026-12-09"));
        griffie.voerJobsUit(nr);
        stemtaak = griffie.taak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN).getId();
        String raad = "RV-INVOER-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, raad, Map.of("voorstelnummer", raad,
                "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "voorschoten", "adviesType", "volledig"));
        griffie.collegesBiedenAan(raad);
        raadtaak = griffie.taak(raad, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).getId();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invoer")
    void ongeldige_invoer_krijgt_een_duidelijke_4xx_en_verandert_niets(Invoer invoer) {
        Toestand voor = toestand();

        HttpResponse<String> antwoord = stuur(invoer);

        assertThat(antwoord.statusCode()).as("%s: %s", invoer.naam(), antwoord.body()).isEqualTo(invoer.status());
        assertThat(antwoord.body()).as(invoer.naam()).contains(invoer.melding());
        assertThat(toestand()).as("nothing changed after: %s", invoer.naam()).isEqualTo(voor);
    }

    private HttpResponse<String> stuur(Invoer invoer) {
        Http http = invoer.kanaal().equals(REST) ? Http.basic(poort, invoer.gebruiker(), "demo")
                : Http.ingelogd(poort, invoer.gebruiker(), "tasklist");
        String pad = invoer.kanaal() + invoer.pad().replace("{stemtaak}", stemtaak).replace("{raadtaak}", raadtaak);
        String body = invoer.body() == null ? null : invoer.body().replace("{stemtaak}", stemtaak);
        return switch (invoer.methode()) {
            case "GET" -> http.get(pad);
            case "POST" -> http.post(pad, body);
            case "PUT" -> http.put(pad, body);
            case "DEPLOY" -> http.deploy(pad, "invoer-" + UUID.randomUUID(), "aanval.bpmn", body);
            default -> throw new IllegalArgumentException(invoer.methode());
        };
    }

    /** What a hostile input must not change. */
    record Toestand(long instanties, long deployments, long filters, List<String> openTaken, Map<String, String> variabelen) {
    }

    private Toestand toestand() {
        Map<String, String> variabelen = new TreeMap<>();
        for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
            TypedValue waarde = v.getTypedValue();
            Object inhoud = waarde instanceof ObjectValue object ? object.getValueSerialized() : waarde == null ? null : waarde.getValue();
            variabelen.put(v.getId(), v.getName() + "=" + inhoud);
        }
        return new Toestand(engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
                engine.getRepositoryService().createDeploymentQuery().count(), engine.getFilterService().createFilterQuery().count(),
                engine.getTaskService().createTaskQuery().orderByTaskId().asc().list().stream().map(Task::getId).toList(), variabelen);
    }

    // ------------------------------------------------------------------ the hostile bodies

    static String voorstel(String titel, String gemeentenJson) {
        return "{\"variables\":{" + (titel == null ? "" : "\"titel\":{\"value\":" + json(titel) + "},")
                + "\"ambitie\":{\"value\":\"wonen\"},\"soortBesluit\":{\"value\":\"kaderstellend\"},"
                + "\"deelnemendeGemeenten\":{\"value\":" + json(gemeentenJson) + ",\"type\":\"Json\"}}}";
    }

    /** The stemming task completed with {@code stemmen} (rows with sleutel and stem) and a stemdatum. */
    static String stem(String stemmenJson) {
        return "{\"variables\":{\"stemmen\":{\"value\":" + json(stemmenJson) + ",\"type\":\"Json\"},"
                + "\"stemdatum\":{\"value\":\"2026-12-09\"}}}";
    }

    static final String VOORSTEL_GEMEENTEN_GETAL = "{\"variables\":{\"titel\":{\"value\":\"Woonagenda\"},\"ambitie\":{\"value\":\"wonen\"},"
            + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"deelnemendeGemeenten\":{\"value\":5,\"type\":\"Integer\"}}}";
    static final String VOORSTEL_TITEL_GETAL = "{\"variables\":{\"titel\":{\"value\":42,\"type\":\"Integer\"},\"ambitie\":{\"value\":\"wonen\"},"
            + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\"]\",\"type\":\"Json\"}}}";
    static final String VOORSTEL_AMBITIE_ONBEKEND = "{\"variables\":{\"titel\":{\"value\":\"Woonagenda\"},\"ambitie\":{\"value\":\"ruimtevaart\"},"
            + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\"]\",\"type\":\"Json\"}}}";
    static final String VOORSTEL_ZONDER_SOORT = "{\"variables\":{\"titel\":{\"value\":\"Woonagenda\"},\"ambitie\":{\"value\":\"wonen\"},"
            + "\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\"]\",\"type\":\"Json\"}}}";
    /** a serialized java.util.HashMap (harmless here; the point is that the engine refuses the format). */
    static final String JAVA_OBJECT = "{\"value\":\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
    static final String VOORSTEL_JAVA_SERIALISATIE = "{\"variables\":{\"titel\":{\"value\":\"Woonagenda\"},\"ambitie\":{\"value\":\"wonen\"},"
            + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\"]\",\"type\":\"Json\"},"
            + "\"aanval\":" + JAVA_OBJECT + "}}";
    static final String VOORSTEL_ONBEKEND_TYPE = "{\"variables\":{\"titel\":{\"value\":\"Woonagenda\",\"type\":\"Blob\"}}}";
    static final String DUBBELE_STEM = stem("[{\"sleutel\":\"leiden:D66\",\"stem\":\"voor\"},{\"sleutel\":\"leiden:D66\",\"stem\":\"tegen\"}]");
    static final String STEMMEN_ALS_GETAL = "{\"variables\":{\"stemmen\":{\"value\":12,\"type\":\"Integer\"},\"stemdatum\":{\"value\":\"2026-12-09\"}}}";
    static final String XXE_BPMN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
            + "targetNamespace=\"http://route071.nl/aanval\"><process id=\"aanval\" name=\"&xxe;\" isExecutable=\"true\" "
            + "camunda:historyTimeToLive=\"1\"><startEvent id=\"StartEvent_1\"/></process></definitions>";
    static final String SCRIPT_BPMN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
            + "targetNamespace=\"http://route071.nl/aanval\"><process id=\"scriptaanval\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
            + "<startEvent id=\"StartEvent_1\"/><sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"ScriptTask_1\"/>"
            + "<scriptTask id=\"ScriptTask_1\" scriptFormat=\"groovy\"><script>'rm -rf /'.execute()</script></scriptTask>"
            + "</process></definitions>";

    private static String json(String tekst) {
        return "\"" + tekst.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String url(String tekst) {
        return java.net.URLEncoder.encode(tekst, java.nio.charset.StandardCharsets.UTF_8);
    }
}
