package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import nl.route071.ServerTest;
import nl.route071.http.BeveiligingsHeaders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hardening list of docs/security.md, each item as the outside world sees it: headers on the pages,
 * HSTS only over TLS, the engine's refusals (Java serialization, unvalidated deserialization, XML with a
 * DOCTYPE, unbounded or oversized queries), no script engine, login throttling.
 */
@ServerTest
class HardingTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;

    @Test
    void the_pages_send_security_headers_and_no_hsts_over_plain_http() throws Exception {
        for (String pad : List.of("/overzicht", "/evaluatie", "/api/migraties/raadsbehandeling")) {
            HttpResponse<String> antwoord = get(pad, Map.of());

            assertThat(antwoord.headers().firstValue("Content-Security-Policy")).as(pad).hasValue(BeveiligingsHeaders.CSP);
            assertThat(antwoord.headers().firstValue("X-Frame-Options")).as(pad).hasValue("DENY");
            assertThat(antwoord.headers().firstValue("X-Content-Type-Options")).as(pad).hasValue("nosniff");
            assertThat(antwoord.headers().firstValue("Referrer-Policy")).as(pad).hasValue("same-origin");
            assertThat(antwoord.headers().firstValue("Cache-Control")).as(pad).hasValue("no-store");
            assertThat(antwoord.headers().firstValue("Strict-Transport-Security")).as(pad).isEmpty();
        }
    }

    @Test
    void behind_a_tls_proxy_the_pages_and_the_webapps_send_hsts() throws Exception {
        Map<String, String> tls = Map.of("X-Forwarded-Proto", "https");

        assertThat(get("/overzicht", tls).headers().firstValue("Strict-Transport-Security")).hasValue(BeveiligingsHeaders.HSTS);
        assertThat(get("/camunda/app/tasklist/default/", tls).headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void the_webapps_login_cookies_are_same_site_strict() throws Exception {
        HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", Map.of());

        assertThat(tasklist.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN").contains("SameSite=Strict"));
        assertThat(tasklist.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void the_engine_refuses_java_serialization_and_deserializes_only_validated_types() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        ProcessInstance instantie = engine.getRuntimeService().startProcessInstanceByKey("raadsbehandeling", "RV-HARDING-1",
                Map.of("voorstelnummer", "RV-HARDING-1", "gemeente", "leiden", "adviesType", "volledig"));

        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instantie.getId(), "aanval",
                Variables.serializedObjectValue("rO0ABXA=").serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                        .objectTypeName("java.util.HashMap").create()))
                .hasMessageContaining("Java serialization format is prohibited");
        engine.getRuntimeService().setVariable(instantie.getId(), "gadget",
                Variables.serializedObjectValue("{\"path\":\"/etc/passwd\"}").serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .objectTypeName("java.io.File").create());
        assertThatThrownBy(() -> engine.getRuntimeService().getVariable(instantie.getId(), "gadget"))
                .isInstanceOf(ProcessEngineException.class).hasStackTraceContaining("java.io.File");
        engine.getRuntimeService().deleteProcessInstance(instantie.getId(), "test of deserialization type validation");
    }

    @Test
    void a_model_with_a_doctype_is_refused_so_no_external_entity_is_read() {
        String xxe = Bpmn.convertToString(Bpmn.createExecutableProcess("xxe").camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .replaceFirst("\\?>", "?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        long voor = engine.getRepositoryService().createDeploymentQuery().count();

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString("xxe.bpmn", xxe).deploy())
                .hasStackTraceContaining("DOCTYPE is disallowed");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(voor);
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isEnableXxeProcessing()).isFalse();
    }

    /** FEEL (DMN) and JUEL ("jsp 2.1 el", the engine's own expressions) come with Camunda; nothing else. */
    @Test
    void no_general_purpose_script_engine_is_on_the_classpath_only_the_engines_own_expression_languages() {
        assertThat(new ScriptEngineManager().getEngineFactories()).extracting(f -> f.getLanguageName().toLowerCase())
                .allSatisfy(taal -> assertThat(taal).containsAnyOf("feel", "el"));
        assertThat(new ScriptEngineManager().getEngineByName("javascript")).isNull();
        assertThat(new ScriptEngineManager().getEngineByName("groovy")).isNull();
        assertThat(new ScriptEngineManager().getEngineByName("python")).isNull();
    }

    @Test
    void an_authenticated_query_must_page_and_gets_at_most_2000_rows() {
        identityService.setAuthentication("regiogriffier", List.of("regiogriffie"));
        try {
            assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().list()).hasMessageContaining("unbound number of results");
            assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().listPage(0, 2001)).hasMessageContaining("Max results limit of 2000");
            assertThat(engine.getTaskService().createTaskQuery().listPage(0, 2000)).isNotNull();
        }
        finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void after_a_wrong_password_even_the_right_one_waits_login_throttling() {
        User gebruiker = identityService.newUser("throttling-test");
        gebruiker.setPassword("Een-goed-Wachtwoord-1");
        identityService.saveUser(gebruiker);
        try {
            assertThat(identityService.checkPassword("throttling-test", "fout")).isFalse();
            assertThat(identityService.checkPassword("throttling-test", "Een-goed-Wachtwoord-1")).isFalse();
        }
        finally {
            identityService.deleteUser("throttling-test");
        }
    }

    private HttpResponse<String> get(String pad, Map<String, String> headers) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET();
        headers.forEach(verzoek::header);
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
