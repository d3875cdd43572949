package nl.route071.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import nl.route071.LocalhostCookies;
import nl.route071.ServerTest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's due-date × and Opvolgdatum send the whole task back ({@code PUT /task/{id}} with the body of
 * {@code GET /task/{id}}); for a task with {@code camunda:formRef} Camunda 7.24 answered 400 "Cannot construct
 * instance of CamundaFormRef" and saved nothing. Through the REST API and through Tasklist's own API, the due date is
 * now cleared and a follow-up date set, by a griffie on its own task (TASK_ASSIGN per task, toegang/Gemeentetenants); the
 * same grant reaches no other gemeente's task, and a college (no griffie) changes no dates.
 */
@ServerTest
class FormulierverwijzingTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void ruimOp() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void de_vervaldatum_wordt_gewist_en_een_opvolgdatum_gezet_via_de_rest_api() throws Exception {
        Task taak = taakMetFormulier("formulierverwijzingRest", "griffie-leiden");
        Klant rest = Klant.basic(poort, "griffier-leiden");
        String body = rest.get("/engine-rest/task/" + taak.getId()).body();
        assertThat(body).contains("\"camundaFormRef\":{");

        HttpResponse<String> antwoord = rest.put("/engine-rest/task/" + taak.getId(),
                body.replaceFirst("\"due\":\"[^\"]*\"", "\"due\":null")
                        .replaceFirst("\"followUp\":null", "\"followUp\":\"2027-01-15T00:00:00.000+0100\""));

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(204);
        Task na = engine.getTaskService().createTaskQuery().taskId(taak.getId()).singleResult();
        assertThat(na.getDueDate()).isNull();
        assertThat(na.getFollowUpDate()).isNotNull();
    }

    @Test
    void tasklist_wist_de_vervaldatum_met_zijn_eigen_api() throws Exception {
        Task taak = taakMetFormulier("formulierverwijzingTasklist", "regiogriffie");
        Klant tasklist = Klant.ingelogd(poort, "regiogriffier");
        String pad = "/camunda/api/engine/engine/default/task/" + taak.getId();
        String body = tasklist.get(pad).body();

        HttpResponse<String> antwoord = tasklist.put(pad, body.replaceFirst("\"due\":\"[^\"]*\"", "\"due\":null"));

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taak.getId()).singleResult().getDueDate()).isNull();
    }

    @Test
    void een_griffie_zet_geen_datum_en_wijst_niet_toe_bij_een_andere_gemeente_en_een_college_zet_geen_datums() throws Exception {
        Task leiderdorp = taakMetFormulier("formulierverwijzingLeiderdorp", "griffie-leiderdorp");
        Task college = taakMetFormulier("formulierverwijzingCollege", "college-leiden");
        Klant griffier = Klant.basic(poort, "griffier-leiden");
        String body = Klant.basic(poort, "griffier-leiderdorp").get("/engine-rest/task/" + leiderdorp.getId()).body();

        HttpResponse<String> datum = griffier.put("/engine-rest/task/" + leiderdorp.getId(), body.replaceFirst("\"due\":\"[^\"]*\"", "\"due\":null"));
        HttpResponse<String> toewijzen = griffier.post("/engine-rest/task/" + leiderdorp.getId() + "/assignee", "{\"userId\":\"griffier-leiden\"}");
        HttpResponse<String> collegedatum = Klant.basic(poort, "college-leiden").put("/engine-rest/task/" + college.getId(),
                Klant.basic(poort, "college-leiden").get("/engine-rest/task/" + college.getId()).body().replaceFirst("\"due\":\"[^\"]*\"", "\"due\":null"));

        assertThat(datum.statusCode()).as(datum.body()).isIn(403, 404);
        assertThat(toewijzen.statusCode()).as(toewijzen.body()).isEqualTo(403);
        assertThat(collegedatum.statusCode()).as(collegedatum.body()).isEqualTo(403);
        Task naLeiderdorp = engine.getTaskService().createTaskQuery().taskId(leiderdorp.getId()).singleResult();
        assertThat(naLeiderdorp.getDueDate()).as("the other gemeente's due date").isNotNull();
        assertThat(naLeiderdorp.getAssignee()).as("not reassigned").isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(college.getId()).singleResult().getDueDate()).isNotNull();
    }

    @Test
    void een_griffie_geeft_haar_eigen_taak_niet_aan_een_andere_gemeente_en_voegt_geen_kandidaatgroep_toe() throws Exception {
        Task taak = taakMetFormulier("formulierverwijzingToewijzen", "griffie-leiden");
        Klant griffier = Klant.basic(poort, "griffier-leiden");
        String pad = "/engine-rest/task/" + taak.getId();

        HttpResponse<String> andereGemeente = griffier.post(pad + "/assignee", "{\"userId\":\"griffier-leiderdorp\"}");
        HttpResponse<String> viaDeTaak = griffier.put(pad, griffier.get(pad).body().replaceFirst("\"assignee\":null", "\"assignee\":\"griffier-leiderdorp\""));
        HttpResponse<String> kandidaatgroep = griffier.post(pad + "/identity-links", "{\"groupId\":\"griffie-leiderdorp\",\"type\":\"candidate\"}");
        HttpResponse<String> kandidaat = griffier.post(pad + "/identity-links", "{\"userId\":\"griffier-leiderdorp\",\"type\":\"candidate\"}");

        assertThat(andereGemeente.statusCode()).as(andereGemeente.body()).isEqualTo(400);
        assertThat(andereGemeente.body()).contains("alleen naar een lid van griffie-leiden");
        assertThat(viaDeTaak.statusCode()).as(viaDeTaak.body()).isEqualTo(400);
        assertThat(kandidaatgroep.statusCode()).as(kandidaatgroep.body()).isIn(400, 403);
        assertThat(kandidaat.statusCode()).as(kandidaat.body()).isIn(400, 403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(taak.getId())).extracting(l -> l.getGroupId() + "/" + l.getUserId())
                .containsExactly("griffie-leiden/null");

        HttpResponse<String> zelf = griffier.post(pad + "/claim", "{\"userId\":\"griffier-leiden\"}");
        assertThat(zelf.statusCode()).as(zelf.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()).isEqualTo("griffier-leiden");
    }

    @Test
    void een_griffie_hernoemt_haar_taak_niet_en_wijzigt_geen_prioriteit_omschrijving_of_eigenaar_maar_wel_de_datums() throws Exception {
        Task taak = taakMetFormulier("formulierverwijzingNaam", "griffie-leiden");
        Klant griffier = Klant.basic(poort, "griffier-leiden");
        String pad = "/engine-rest/task/" + taak.getId();
        String body = griffier.get(pad).body();

        List<HttpResponse<String>> geweigerd = List.of(
                griffier.put(pad, body.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Mijn eigen naam\"")),
                griffier.put(pad, body.replaceFirst("\"priority\":\\d+", "\"priority\":99")),
                griffier.put(pad, body.replaceFirst("\"description\":null", "\"description\":\"Anders\"")),
                griffier.put(pad, body.replaceFirst("\"owner\":null", "\"owner\":\"griffier-leiden\"")),
                // a changed name beside a changed due date: the whole change is refused
                griffier.put(pad, body.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Mijn eigen naam\"")
                        .replaceFirst("\"due\":\"[^\"]*\"", "\"due\":null")));

        assertThat(geweigerd).allSatisfy(antwoord -> {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
            assertThat(antwoord.body()).contains("u wijzigt alleen de vervaldatum en de opvolgdatum");
        });
        Task na = engine.getTaskService().createTaskQuery().taskId(taak.getId()).singleResult();
        assertThat(na.getName()).isEqualTo("Formulier met verwijzing");
        assertThat(na.getPriority()).isEqualTo(taak.getPriority());
        assertThat(na.getDescription()).isNull();
        assertThat(na.getOwner()).isNull();
        assertThat(na.getDueDate()).as("nothing of a refused change is kept").isEqualTo(taak.getDueDate());

        // the dates still change, by the same door
        HttpResponse<String> datums = griffier.put(pad, body.replaceFirst("\"due\":\"[^\"]*\"", "\"due\":null")
                .replaceFirst("\"followUp\":null", "\"followUp\":\"2027-01-15T00:00:00.000+0100\""));
        assertThat(datums.statusCode()).as(datums.body()).isEqualTo(204);
        na = engine.getTaskService().createTaskQuery().taskId(taak.getId()).singleResult();
        assertThat(na.getDueDate()).isNull();
        assertThat(na.getFollowUpDate()).isNotNull();
    }

    @Test
    void alleen_een_taak_als_body_verliest_zijn_formulierverwijzing() {
        assertThat(Formulierverwijzing.stuurtTaak("PUT", "/engine-rest/task/123")).isTrue();
        assertThat(Formulierverwijzing.stuurtTaak("PUT", "/engine-rest;x=1/task/123/")).isTrue();
        assertThat(Formulierverwijzing.stuurtTaak("POST", "/camunda/api/engine/engine/default/task/create")).isTrue();
        assertThat(Formulierverwijzing.stuurtTaak("POST", "/engine-rest/task/123/complete")).isFalse();
        assertThat(Formulierverwijzing.stuurtTaak("PUT", "/engine-rest/task/123/variables/x")).isFalse();
        assertThat(new String(Formulierverwijzing.zonderVerwijzing(
                "{\"id\":\"1\",\"camundaFormRef\":{\"key\":\"Form_X\",\"binding\":\"deployment\",\"version\":null},\"due\":null}"
                        .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"1\",\"due\":null}");
        assertThat(new String(Formulierverwijzing.zonderVerwijzing("niet-json".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("niet-json");
    }

    /** A task of the group with a Camunda Form (camunda:formRef) and a due date. */
    private Task taakMetFormulier(String sleutel, String groep) throws IOException {
        var model = Bpmn.createExecutableProcess(sleutel).camundaHistoryTimeToLive(1).startEvent()
                .userTask("UserTask_Formulier").name("Formulier met verwijzing").camundaCandidateGroups(groep)
                .camundaDueDate("2027-01-10T00:00:00").camundaFormRef("Form_AdviesOpstellen").camundaFormRefBinding("deployment")
                .endEvent().done();
        deployments.add(engine.getRepositoryService().createDeployment().name(sleutel).addModelInstance(sleutel + ".bpmn", model)
                .addString("Form_AdviesOpstellen.form", Files.readString(Path.of("processes/forms/Form_AdviesOpstellen.form")))
                .deploy().getId());
        String instantie = engine.getRuntimeService().startProcessInstanceByKey(sleutel, "RV-VERWIJZING-" + System.nanoTime()).getId();
        Task taak = engine.getTaskService().createTaskQuery().processInstanceId(instantie).singleResult();
        assertThat(taak.getDueDate()).isAfter(new Date(0));
        // changing a task's dates takes TASK_ASSIGN or UPDATE on it (Camunda's SaveTaskCmd): a griffie holds TASK_ASSIGN
        // on the tasks it is a candidate for (toegang/Gemeentetenants), no other group does
        return taak;
    }

    /** HTTP with Basic credentials (REST) or logged in to Tasklist (session cookie and CSRF token). */
    static final class Klant {

        private final String adres;
        private final CookieManager koekjes = new LocalhostCookies();
        private final HttpClient http;
        private String basic;
        private String xsrf;

        private Klant(int poort) {
            adres = "http://localhost:" + poort;
            http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        static Klant basic(int poort, String gebruiker) {
            Klant k = new Klant(poort);
            k.basic = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
            return k;
        }

        static Klant ingelogd(int poort, String gebruiker) throws Exception {
            Klant k = new Klant(poort);
            k.get("/camunda/app/tasklist/default/");
            k.xsrf = k.token();
            HttpResponse<String> login = k.stuur(HttpRequest.newBuilder(URI.create(k.adres + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=demo")));
            assertThat(login.statusCode()).isEqualTo(200);
            k.get("/camunda/api/engine/engine/");
            k.xsrf = k.token();
            return k;
        }

        private String token() {
            return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste).orElse(xsrf);
        }

        HttpResponse<String> get(String pad) throws Exception {
            return stuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Accept", "application/json").GET());
        }

        HttpResponse<String> post(String pad, String json) throws Exception {
            return stuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> put(String pad, String json) throws Exception {
            return stuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpResponse<String> stuur(HttpRequest.Builder verzoek) throws Exception {
            if (basic != null) {
                verzoek.header("Authorization", basic);
            }
            if (xsrf != null) {
                verzoek.header("X-XSRF-TOKEN", xsrf);
            }
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
