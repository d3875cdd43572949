package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Date;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import nl.route071.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks of issue #12 on the engine itself, each through a real door: code execution through a query
 * expression (every bypass shape of a URL or header check: matrix parameters, a trailing slash, {@code /count},
 * {@code application/JSON}, Tasklist's own API with a login session and CSRF token, filters), a procesbeheerder
 * deploying a model that reaches beyond the route (reflection, Camunda's own beans, JUEL in a DMN, a foreign
 * class, a script, a malformed model), and the smaller items (an oversized Json variable or request, a weak
 * password). Every row gets a 4xx with a clear message and changes nothing: instances, variables, tasks,
 * users, groups and memberships, authorizations, deployments, filters, and no file appears on disk.
 */
@ServerTest
class EngineAanvallenTest {

    static final String REST = "/engine-rest";
    static final String TASKLIST = "/camunda/api/engine/engine/default";
    static final String JSON = "application/json";
    /** The file the code-execution payloads try to create; it must never exist. */
    static final String BESTAND = System.getProperty("java.io.tmpdir") + "/route071-aanval-" + UUID.randomUUID();
    static final String RCE = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + BESTAND + "')}";
    static final String QUERY_RCE = "{\"orQueries\":[{\"dueAfterExpression\":\"" + RCE.replace("'", "\\u0027") + "\"}]}";
    static final String EXPRESSIE_GEWEIGERD = "Expressies in zoekvragen zijn niet toegestaan";
    static final String PAGINA = "?firstResult=0&maxResults=10";

    /** One attack: who, through which door, what it sends, and the answer. */
    record Aanval(String naam, String gebruiker, String kanaal, String methode, String pad, String body, String contentType,
            int status, String melding) {

        @Override
        public String toString() {
            return naam;
        }
    }

    static Stream<Aanval> aanvallen() {
        String griffier = "griffier-leiden";
        String beheer = "procesbeheerder";
        return Stream.of(
                // 1. expressions in queries: each bypass shape of a check on the URL or the Content-Type
                new Aanval("orQueries-expressie", griffier, REST, "POST", "/task" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("matrixparameter /task;x=1", griffier, REST, "POST", "/task;x=1" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("slash aan het eind /task/", griffier, REST, "POST", "/task/" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("telling /task/count;a=b", griffier, REST, "POST", "/task/count;a=b", QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("Content-Type application/JSON", griffier, REST, "POST", "/task" + PAGINA, QUERY_RCE, "application/JSON", 400, EXPRESSIE_GEWEIGERD),
                new Aanval("Content-Type met charset", griffier, REST, "POST", "/task/count", QUERY_RCE, "Application/Json; charset=UTF-8", 400, EXPRESSIE_GEWEIGERD),
                new Aanval("expressie op het hoogste niveau", griffier, REST, "POST", "/task" + PAGINA, "{\"assigneeExpression\":\"${currentUser()}\"}", JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("Tasklist-API met sessie en CSRF-token", griffier, TASKLIST, "POST", "/task" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("Tasklist-API telling", griffier, TASKLIST, "POST", "/task/count", QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("Tasklist-API matrixparameter", griffier, TASKLIST, "POST", "/task;x=1" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("filter aanmaken met orQueries-expressie", "demo", REST, "POST", "/filter/create",
                        "{\"resourceType\":\"Task\",\"name\":\"Aanval\",\"query\":" + QUERY_RCE + "}", JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("filter wijzigen met expressie", "demo", REST, "PUT", "/filter/{filter}",
                        "{\"resourceType\":\"Task\",\"name\":\"Aanval\",\"query\":" + QUERY_RCE + "}", JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("filter uitvoeren met expressie (lijst)", "demo", REST, "POST", "/filter/{filter}/list" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                new Aanval("filter uitvoeren met expressie (telling)", "demo", REST, "POST", "/filter/{filter}/count", QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                // Camunda's REST answers every refusal of a filter's single result with its own message (the Java API test sees ours)
                new Aanval("filter uitvoeren met expressie (één)", "demo", REST, "POST", "/filter/{filter}/singleResult", QUERY_RCE, JSON, 400,
                        "Filter does not returns a valid single result"),
                new Aanval("filter via Tasklist-API", griffier, TASKLIST, "POST", "/filter/{filter}/list" + PAGINA, QUERY_RCE, JSON, 400, EXPRESSIE_GEWEIGERD),
                // 5. procesbeheer changes the route, not the server
                new Aanval("reflectie in een expressie", beheer, REST, "DEPLOY", "aanval.bpmn", bpmn("camunda:expression=\"" + RCE + "\""), null, 400, "ServiceTask_Aanval"),
                new Aanval("bean buiten Route071", beheer, REST, "DEPLOY", "aanval.bpmn",
                        bpmn("camunda:expression=\"${identityService.createMembership('procesbeheerder', 'camunda-admin')}\""), null, 400, "identityService"),
                new Aanval("engine-services via execution", beheer, REST, "DEPLOY", "aanval.bpmn",
                        bpmn("camunda:expression=\"${execution.getProcessEngineServices().getIdentityService()}\""), null, 400, "reflectie of de engine zelf"),
                new Aanval("bean buiten Route071 als delegate", beheer, REST, "DEPLOY", "aanval.bpmn",
                        bpmn("camunda:delegateExpression=\"${processEngineConfiguration}\""), null, 400, "ServiceTask_Aanval"),
                new Aanval("vreemde camunda:class", beheer, REST, "DEPLOY", "aanval.bpmn", bpmn("camunda:class=\"org.example.Aanval\""), null, 400,
                        "geen klasse van Route071"),
                new Aanval("JUEL-script in een BPMN", beheer, REST, "DEPLOY", "aanval.bpmn", OngeldigeInvoerTest.SCRIPT_BPMN.replace("groovy", "juel"),
                        null, 400, "scripts zijn niet toegestaan"),
                new Aanval("JUEL in een DMN", beheer, REST, "DEPLOY", "aanval.dmn", dmn("expressionLanguage=\"juel\"", RCE), null, 400,
                        "alleen FEEL"),
                new Aanval("JavaScript in een DMN", beheer, REST, "DEPLOY", "aanval.dmn", dmn("expressionLanguage=\"javascript\"", "1"), null, 400,
                        "alleen FEEL"),
                new Aanval("kapotte DMN", beheer, REST, "DEPLOY", "kapot.dmn", dmn("", "1").substring(0, 300), null, 400, "geen geldig XML"),
                new Aanval("DMN zonder geldige tabel", beheer, REST, "DEPLOY", "leeg.dmn", DMN_ZONDER_BESLISSING, null, 400, "ongeldig"),
                new Aanval("kapotte BPMN", beheer, REST, "DEPLOY", "kapot.bpmn", bpmn("").substring(0, 300), null, 400, "geen geldig XML"),
                new Aanval("CMMN", beheer, REST, "DEPLOY", "aanval.cmmn", "<definitions/>", null, 400, "CMMN"),
                // 7. the smaller items
                new Aanval("Json-variabele van 300 KB", "demo", REST, "POST", "/process-definition/key/raadsbehandeling/start",
                        "{\"variables\":{\"gemeente\":{\"value\":\"leiden\"},\"groot\":{\"value\":" + json("[\"" + "x".repeat(300 * 1024) + "\"]")
                                + ",\"type\":\"Json\"}}}", JSON, 400, "te groot"),
                new Aanval("raadsbehandeling zonder gemeente (dus zonder tenant)", "demo", REST, "POST",
                        "/process-definition/key/raadsbehandeling/start", "{\"variables\":{}}", JSON, 400, "hoort bij één gemeente"),
                new Aanval("verzoek van 8 MB", "demo", REST, "POST", "/process-definition/key/raadsbehandeling/start",
                        "{\"variables\":{\"groot\":{\"value\":" + json("[\"" + "x".repeat(8 * 1024 * 1024) + "\"]") + ",\"type\":\"Json\"}}}", JSON, 413,
                        "te groot"),
                new Aanval("verzoek van 8 MB via Tasklist", griffier, TASKLIST, "POST", "/task" + PAGINA, "{\"name\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}",
                        JSON, 413, "te groot"),
                new Aanval("gebruiker met wachtwoord 1", "demo", REST, "POST", "/user/create",
                        "{\"profile\":{\"id\":\"zwak\",\"firstName\":\"Zwak\",\"lastName\":\"Wachtwoord\"},\"credentials\":{\"password\":\"1\"}}", JSON, 400,
                        "wachtwoordbeleid"));
    }

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    String filter;

    /** A filter of griffier-leiden (its owner, so it may run it) without any expression. */
    @BeforeEach
    void eenFilterZonderExpressies() {
        Filter doel = engine.getFilterService().newTaskFilter("Aanvalsdoel").setOwner("griffier-leiden")
                .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup("griffie-leiden"));
        filter = engine.getFilterService().saveFilter(doel).getId();
    }

    @AfterEach
    void filterWeg() {
        engine.getFilterService().deleteFilter(filter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aanvallen")
    void elke_aanval_krijgt_een_4xx_en_verandert_niets(Aanval aanval) {
        Toestand voor = toestand();

        HttpResponse<String> antwoord = stuur(aanval);

        assertThat(antwoord.statusCode()).as("%s: %s", aanval.naam(), antwoord.body()).isEqualTo(aanval.status());
        assertThat(antwoord.body()).as(aanval.naam()).contains(aanval.melding());
        assertThat(toestand()).as("nothing changed after: %s", aanval.naam()).isEqualTo(voor);
        assertThat(new File(BESTAND)).as("no file created by: %s", aanval.naam()).doesNotExist();
    }

    private HttpResponse<String> stuur(Aanval aanval) {
        Http http = aanval.kanaal().equals(REST) ? Http.basic(poort, aanval.gebruiker(), "demo") : Http.ingelogd(poort, aanval.gebruiker(), "tasklist");
        if (aanval.methode().equals("DEPLOY")) {
            return http.deploy(REST + "/deployment/create", "aanval-" + UUID.randomUUID(), aanval.pad(), aanval.body());
        }
        String pad = aanval.kanaal() + aanval.pad().replace("{filter}", filter);
        return switch (aanval.methode()) {
            case "POST" -> http.post(pad, aanval.body(), aanval.contentType());
            case "PUT" -> http.put(pad, aanval.body());
            default -> throw new IllegalArgumentException(aanval.methode());
        };
    }

    // ------------------------------------------------------------------ the same rules through the Java API

    @Test
    void the_java_api_refuses_expressions_in_or_queries_filters_and_a_stored_filter() {
        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().or().taskAssigneeExpression(RCE).endOr().listPage(0, 10))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(EXPRESSIE_GEWEIGERD);
        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().or().dueAfterExpression(RCE).endOr().count())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(EXPRESSIE_GEWEIGERD);
        Filter aanval = engine.getFilterService().newTaskFilter("Aanval")
                .setQuery(engine.getTaskService().createTaskQuery().or().taskCandidateGroupExpression(RCE).endOr());
        assertThatThrownBy(() -> engine.getFilterService().saveFilter(aanval)).hasMessageContaining(EXPRESSIE_GEWEIGERD);
        assertThatThrownBy(() -> engine.getFilterService().list(filter, engine.getTaskService().createTaskQuery().taskAssigneeExpression(RCE)))
                .hasMessageContaining(EXPRESSIE_GEWEIGERD);
        assertThatThrownBy(() -> engine.getFilterService().singleResult(filter, engine.getTaskService().createTaskQuery().or()
                .taskAssigneeExpression(RCE).endOr())).hasMessageContaining(EXPRESSIE_GEWEIGERD);

        // a filter stored before this rule (written straight into the database) is refused when it runs
        jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?", "{\"orQueries\":[{\"assigneeExpression\":\"" + RCE + "\"}]}", filter);
        assertThatThrownBy(() -> engine.getFilterService().count(filter)).hasMessageContaining(EXPRESSIE_GEWEIGERD);
        assertThatThrownBy(() -> engine.getFilterService().listPage(filter, 0, 10)).hasMessageContaining(EXPRESSIE_GEWEIGERD);
        assertThat(new File(BESTAND)).doesNotExist();
    }

    @Test
    void an_expression_reaches_route071_beans_but_no_other_bean_and_no_reflection_when_evaluated() {
        assertThat(evalueer("${gemeenten}").getClass().getName()).startsWith("nl.route071.");
        assertThatThrownBy(() -> evalueer("${identityService}")).hasStackTraceContaining("identityService");
        assertThatThrownBy(() -> evalueer("${processEngineConfiguration}")).hasStackTraceContaining("processEngineConfiguration");
        assertThatThrownBy(() -> evalueer(RCE)).hasStackTraceContaining("Expressie geweigerd");
        assertThatThrownBy(() -> evalueer("${'x'.class}")).hasStackTraceContaining("Expressie geweigerd");
        assertThatThrownBy(() -> evalueer("${gemeenten.getClass().getClassLoader()}")).hasStackTraceContaining("Expressie geweigerd");
        assertThat(new File(BESTAND)).doesNotExist();
    }

    @Test
    void a_json_variable_above_the_cap_is_refused_inside_the_engine_and_nothing_is_stored() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("raadsbehandeling", Map.of("voorstelnummer", "RV-AANVAL-1",
                "gemeente", "leiden", "adviesType", "volledig")).getId();
        try {
            assertThatThrownBy(() -> engine.getRuntimeService().setVariable(id, "groot",
                    SpinValues.jsonValue("[\"" + "x".repeat(300 * 1024) + "\"]").create()))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("te groot");
            assertThat(engine.getRuntimeService().getVariable(id, "groot")).isNull();
            engine.getRuntimeService().setVariable(id, "klein", SpinValues.jsonValue("[\"" + "x".repeat(10 * 1024) + "\"]").create());
            assertThat(engine.getRuntimeService().getVariable(id, "klein")).isNotNull();
        }
        finally {
            engine.getRuntimeService().deleteProcessInstance(id, "test of the variable size cap");
        }
    }

    @Test
    void a_weak_password_is_refused_for_a_new_user() {
        User zwak = engine.getIdentityService().newUser("zwak-wachtwoord");
        zwak.setPassword("1");
        assertThatThrownBy(() -> engine.getIdentityService().saveUser(zwak)).hasMessageContaining("policy");
        assertThat(engine.getIdentityService().createUserQuery().userId("zwak-wachtwoord").count()).isZero();
    }

    @Test
    void wrong_anonymous_logins_delay_an_administrator_but_never_lock_the_account_for_good() {
        User beheerder = engine.getIdentityService().newUser("beheer-slot");
        beheerder.setPassword(WACHTWOORD);
        engine.getIdentityService().saveUser(beheerder);
        engine.getIdentityService().createMembership("beheer-slot", "camunda-admin");
        Date start = new Date();
        try {
            for (int poging = 0; poging < 12; poging++) {
                ClockUtil.setCurrentTime(new Date(start.getTime() + poging * 61_000L));
                assertThat(engine.getIdentityService().checkPassword("beheer-slot", "fout")).isFalse();
            }
            assertThat(engine.getIdentityService().checkPassword("beheer-slot", WACHTWOORD)).as("right after: still waiting").isFalse();

            ClockUtil.setCurrentTime(new Date(start.getTime() + 13 * 61_000L));
            assertThat(engine.getIdentityService().checkPassword("beheer-slot", WACHTWOORD)).as("a minute later: in, without an unlock").isTrue();
        }
        finally {
            ClockUtil.reset();
            engine.getIdentityService().deleteUser("beheer-slot");
        }
    }

    @Test
    void jackson_core_is_at_or_above_the_fix_of_ghsa_72hv_8253_57qq() {
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION).isGreaterThanOrEqualTo(new Version(2, 21, 1, null, null, null));
    }

    static final String WACHTWOORD = "Een-goed-Wachtwoord-1";

    private Object evalueer(String expressie) {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuratie.getCommandExecutorTxRequired().execute(context -> configuratie.getExpressionManager().createExpression(expressie).getValue(null));
    }

    /** What an attack must not change. */
    record Toestand(long instanties, long deployments, List<String> filters, List<String> openTaken, Map<String, String> variabelen,
            List<String> gebruikers, List<String> groepen, long lidmaatschappenVanBeheer, long autorisaties) {
    }

    private Toestand toestand() {
        Map<String, String> variabelen = new TreeMap<>();
        for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
            TypedValue waarde = v.getTypedValue();
            Object inhoud = waarde instanceof ObjectValue object ? object.getValueSerialized() : waarde == null ? null : waarde.getValue();
            variabelen.put(v.getId(), v.getName() + "=" + inhoud);
        }
        return new Toestand(engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
                engine.getRepositoryService().createDeploymentQuery().count(),
                engine.getFilterService().createFilterQuery().list().stream().map(f -> f.getId() + ":" + f.getName()).sorted().toList(),
                engine.getTaskService().createTaskQuery().orderByTaskId().asc().list().stream().map(Task::getId).toList(), variabelen,
                engine.getIdentityService().createUserQuery().list().stream().map(u -> u.getId()).sorted().toList(),
                engine.getIdentityService().createGroupQuery().list().stream().map(g -> g.getId()).sorted().toList(),
                engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count(),
                engine.getAuthorizationService().createAuthorizationQuery().count());
    }

    // ------------------------------------------------------------------ the hostile models

    static String bpmn(String serviceTaskAttribuut) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"http://route071.nl/aanval\">"
                + "<process id=\"aanval\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"StartEvent_1\"/>"
                + "<sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"ServiceTask_Aanval\"/>"
                + "<serviceTask id=\"ServiceTask_Aanval\" " + serviceTaskAttribuut + "/>"
                + "<sequenceFlow id=\"Flow_2\" sourceRef=\"ServiceTask_Aanval\" targetRef=\"EndEvent_1\"/><endEvent id=\"EndEvent_1\"/>"
                + "</process></definitions>";
    }

    static String dmn(String taal, String expressie) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"Definitions_Aanval\" name=\"Aanval\" namespace=\"http://route071.nl/aanval\">"
                + "<decision id=\"Decision_Aanval\" name=\"Aanval\" camunda:historyTimeToLive=\"1\"><variable id=\"Variable_1\" name=\"uitkomst\"/>"
                + "<literalExpression id=\"LiteralExpression_Aanval\" " + taal + "><text>" + expressie.replace("'", "&apos;") + "</text></literalExpression>"
                + "</decision></definitions>";
    }

    static final String DMN_ZONDER_BESLISSING = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
            + "id=\"Definitions_Leeg\" name=\"Leeg\" namespace=\"http://route071.nl/aanval\"><decision id=\"Decision_Leeg\" name=\"Leeg\">"
            + "<decisionTable id=\"DecisionTable_Leeg\"><output id=\"Output_1\" typeRef=\"onbekend-type\"/><rule id=\"Rule_1\">"
            + "<outputEntry id=\"OutputEntry_1\"><text>1</text></outputEntry><outputEntry id=\"OutputEntry_2\"><text>2</text></outputEntry></rule>"
            + "</decisionTable></decision></definitions>";

    private static String json(String tekst) {
        return "\"" + tekst.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
