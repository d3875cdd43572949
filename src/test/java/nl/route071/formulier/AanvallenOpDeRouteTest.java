package nl.route071.formulier;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.route071.ServerTest;
import nl.route071.Griffie;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attacks of issue #12 on the route (points 2, 3 and 6), each a row over REST with an ordinary demo account:
 * each gets a 4xx with a Dutch message naming the field, and changes nothing. And what a candidate group may do
 * with its task: complete it (TASK_WORK), not set variables or identity links.
 */
@ServerTest
class AanvallenOpDeRouteTest {

    static final String VOORSTEL = "\"titel\":{\"value\":\"Regionale woonagenda\"},\"ambitie\":{\"value\":\"wonen\"},"
            + "\"soortBesluit\":{\"value\":\"kaderstellend\"},\"initiatief\":{\"value\":\"bestuurstafel\"},"
            + "\"deelnemendeGemeenten\":{\"value\":\"[\\\"leiden\\\",\\\"voorschoten\\\"]\",\"type\":\"Json\"}";
    static final String RAADSBESLUIT = "\"raadsbesluit\":{\"value\":\"conform\"},\"besluitdatum\":{\"value\":\"2027-01-20\"}";

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    // ------------------------------------------------------------------ point 2: the start

    @Test
    void uitkomsten_bij_de_start_worden_geweigerd_en_er_start_niets() throws Exception {
        long voor = aantalVoorstellen();

        HttpResponse<String> antwoord = post("werkgroep-wonen", "/engine-rest/process-definition/key/regionaalVoorstel/start",
                "{\"variables\":{" + VOORSTEL + ",\"uitkomsten\":{\"value\":\"[{\\\"gemeente\\\":\\\"leiden\\\",\\\"gaatDoor\\\":true}]\","
                        + "\"type\":\"Json\"}}}");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains("‘uitkomsten’ staat niet op dit formulier");
        assertThat(aantalVoorstellen()).isEqualTo(voor);
    }

    @Test
    void de_business_key_van_de_aanvrager_telt_niet_het_nummer_is_altijd_van_de_route() throws Exception {
        String eerste = dienIn();
        String jaar = String.valueOf(Year.now().getValue());

        for (String sleutel : List.of(eerste, "=HYPERLINK(\\\"http://aanval.example\\\",\\\"klik\\\")")) {
            HttpResponse<String> antwoord = post("werkgroep-wonen", "/engine-rest/process-definition/key/regionaalVoorstel/start",
                    "{\"businessKey\":\"" + sleutel + "\",\"variables\":{" + VOORSTEL + "}}");

            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
            String gekregen = Spin.JSON(antwoord.body()).prop("businessKey").stringValue();
            assertThat(gekregen).matches("RV-" + jaar + "-\\d{4}").isNotEqualTo(eerste);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(eerste).count())
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("=%").count()).isZero();
    }

    @Test
    void een_voorstel_halverwege_starten_om_het_startformulier_over_te_slaan_wordt_geweigerd() throws Exception {
        long voor = aantalVoorstellen();

        HttpResponse<String> antwoord = post("werkgroep-wonen", "/engine-rest/process-definition/key/regionaalVoorstel/start",
                "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + TASK_ADVIES_OPSTELLEN + "\"}],"
                        + "\"variables\":{" + VOORSTEL + ",\"uitkomsten\":{\"value\":\"[]\",\"type\":\"Json\"}}}");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isBetween(400, 403);
        assertThat(aantalVoorstellen()).isEqualTo(voor);
    }

    // ------------------------------------------------------------------ point 3: a griffier and its own route

    @Test
    void adviestype_hoofdlijnen_bij_een_volledig_advies_wordt_geweigerd() throws Exception {
        String nr = totRaadsbesluit();
        Task taak = raadsbesluit(nr, "leiden");

        HttpResponse<String> antwoord = post("griffier-leiden", "/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\":{" + RAADSBESLUIT + ",\"adviesType\":{\"value\":\"hoofdlijnen\"}}}");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains("‘Soort advies’ kan hier niet worden gewijzigd");
        assertThat(open(taak)).isTrue();
        assertThat(taskService.getVariable(taak.getId(), VAR_ADVIES_TYPE)).isEqualTo("volledig");
    }

    @Test
    void gemeente_voorschoten_op_de_taak_van_leiden_wordt_geweigerd_langs_elke_deur() throws Exception {
        String nr = totRaadsbesluit();
        Task taak = raadsbesluit(nr, "leiden");

        for (String deur : List.of("/complete", "/submit-form")) {
            HttpResponse<String> antwoord = post("griffier-leiden", "/engine-rest/task/" + taak.getId() + deur,
                    "{\"variables\":{" + RAADSBESLUIT + ",\"gemeente\":{\"value\":\"voorschoten\"}}}");

            assertThat(antwoord.statusCode()).as(deur + " " + antwoord.body()).isEqualTo(400);
            assertThat(antwoord.body()).contains("‘gemeente’ staat niet op dit formulier");
        }
        assertThat(open(taak)).isTrue();
        assertThat(taskService.getVariable(taak.getId(), "gemeente")).isEqualTo("leiden");
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).extracting(link -> link.getGroupId())
                .containsExactly("griffie-leiden");
    }

    @Test
    void de_griffie_rondt_haar_taak_af_maar_zet_geen_variabelen_of_kandidaten() throws Exception {
        String nr = totRaadsbesluit();
        Task taak = raadsbesluit(nr, "leiden");
        String pad = "/engine-rest/task/" + taak.getId();

        assertThat(put("griffier-leiden", pad + "/variables/gemeente", "{\"value\":\"voorschoten\"}").statusCode()).isEqualTo(403);
        assertThat(post("griffier-leiden", pad + "/variables", "{\"modifications\":{\"adviesType\":{\"value\":\"hoofdlijnen\"}}}")
                .statusCode()).isEqualTo(403);
        assertThat(post("griffier-leiden", pad + "/localVariables", "{\"modifications\":{\"besluit\":{\"value\":\"conform\"}}}")
                .statusCode()).isEqualTo(403);
        // the griffie holds TASK_ASSIGN on its own task (due dates); the engine's Rolbewaking refuses the rest with a 400
        assertThat(post("griffier-leiden", pad + "/identity-links", "{\"groupId\":\"griffie-voorschoten\",\"type\":\"candidate\"}")
                .statusCode()).isIn(400, 403);
        assertThat(post("griffier-leiden", pad + "/assignee", "{\"userId\":\"griffier-voorschoten\"}").statusCode()).isIn(400, 403);
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).extracting(l -> l.getGroupId())
                .doesNotContain("griffie-voorschoten");
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()).isNull();
        assertThat(taskService.getVariable(taak.getId(), "gemeente")).isEqualTo("leiden");
        assertThat(taskService.getVariable(taak.getId(), VAR_ADVIES_TYPE)).isEqualTo("volledig");

        assertThat(post("griffier-leiden", pad + "/claim", "{\"userId\":\"griffier-leiden\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> af = post("griffier-leiden", pad + "/complete", "{\"variables\":{" + RAADSBESLUIT + "}}");
        assertThat(af.statusCode()).as(af.body()).isEqualTo(204);
        assertThat(open(taak)).isFalse();
    }

    @Test
    void uitkomsten_zijn_per_ronde_vers_en_tellen_alleen_de_deelnemende_gemeenten() {
        String nr = totRaadsbesluit();
        String voorstel = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(nr)
                .singleResult().getId();
        // a forged list, as if it had got in before this round: Zoeterwoude never took part
        runtimeService.setVariable(voorstel, VAR_UITKOMSTEN, SpinValues.jsonValue(
                "[{\"gemeente\":\"zoeterwoude\",\"besluit\":\"conform\",\"gaatDoor\":true}]").create());
        Griffie griffie = new Griffie(engine);

        for (String gemeente : List.of("leiden", "voorschoten")) {
            griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_RaadsbesluitVastleggen",
                    Map.of("raadsbesluit", "conform", "besluitdatum", "2027-01-20"));
        }

        assertThat(((org.camunda.spin.json.SpinJsonNode) runtimeService.getVariable(voorstel, VAR_UITKOMSTEN)).elements())
                .extracting(u -> u.prop("gemeente").stringValue()).containsExactlyInAnyOrder("leiden", "voorschoten");
        assertThat(griffie.aantalTaken(nr, "uitvoering-zoeterwoude")).isZero();
        assertThat(griffie.aantalTaken(nr, "uitvoering-leiden")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ point 6: the form's own rules

    @Test
    void een_lege_adviesdatum_geeft_een_nederlandse_400_en_de_taak_blijft_open() throws Exception {
        String nr = dienIn();
        Griffie griffie = new Griffie(engine);
        totOordeelsvorming(griffie, nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", "2026-12-09"));
        Task taak = griffie.taak(nr, "regiogriffie", TASK_ADVIES_OPSTELLEN);

        HttpResponse<String> antwoord = post("regiogriffier", "/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\":{\"adviesType\":{\"value\":\"volledig\"},\"adviesTekst\":{\"value\":\"Instemmen.\"},"
                        + "\"adviesdatum\":{\"value\":\"\"}}}");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains("‘Datum advies’ is verplicht");
        assertThat(open(taak)).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("raadsbehandeling").processInstanceBusinessKey(nr)
                .count()).isZero();
    }

    @Test
    void een_lege_stemdatum_geeft_een_nederlandse_400_en_de_stemming_blijft_open() throws Exception {
        String nr = dienIn();
        Griffie griffie = new Griffie(engine);
        totOordeelsvorming(griffie, nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, false, "vergaderdatumOordeelsvorming", "2026-12-09"));
        Task taak = griffie.taak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN);

        HttpResponse<String> antwoord = post("regiogriffier", "/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\":{\"stemdatum\":{\"value\":\"\"}}}");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains("‘Datum stemming’ is verplicht");
        assertThat(open(taak)).isTrue();
        assertThat(runtimeService.getVariable(taak.getProcessInstanceId(), VAR_STEMUITSLAG)).isNull();
    }

    // ------------------------------------------------------------------ fixtures

    private String dienIn() {
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_TITEL, "Regionale woonagenda");
        formulier.put(VAR_AMBITIE, "wonen");
        formulier.put(VAR_SOORT_BESLUIT, "kaderstellend");
        formulier.put(VAR_DEELNEMENDE_GEMEENTEN, SpinValues.jsonValue(Spin.JSON(List.of("leiden", "voorschoten"))).create());
        formulier.put(VAR_INITIATIEF, "bestuurstafel");
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, formulier).getBusinessKey();
    }

    private void totOordeelsvorming(Griffie griffie, String nr) {
        griffie.voltooi(nr, "werkgroep-wonen", TASK_VOORSTEL_VOORBEREIDEN, Map.of("voorstelTekst", "Samen 2.000 woningen per jaar"));
        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "vaststellen"));
        griffie.voltooi(nr, "regiogriffie", TASK_BEELDVORMING_HOUDEN,
                Map.of("vergaderdatumBeeldvorming", "2026-12-02", "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid", "toelichters", "wethouder Leiden en Universiteit Leiden"));
    }

    /** A proposal with a full advice, each council's decision next. */
    private String totRaadsbesluit() {
        String nr = dienIn();
        Griffie griffie = new Griffie(engine);
        totOordeelsvorming(griffie, nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", "2026-12-09"));
        griffie.voltooi(nr, "regiogriffie", TASK_ADVIES_OPSTELLEN, Map.of(VAR_ADVIES_TYPE, "volledig",
                "adviesTekst", "De regiocommissie adviseert in te stemmen.", VAR_ADVIESDATUM, "2026-12-10"));
        griffie.collegesBiedenAan(nr);
        for (String gemeente : List.of("leiden", "voorschoten")) {
            griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_AdviesAgenderen", Map.of("raadsvergadering", "2027-01-20"));
        }
        return nr;
    }

    private Task raadsbesluit(String nr, String gemeente) {
        return new Griffie(engine).taak(nr, "griffie-" + gemeente, "UserTask_RaadsbesluitVastleggen");
    }

    private boolean open(Task taak) {
        return taskService.createTaskQuery().taskId(taak.getId()).count() == 1;
    }

    private long aantalVoorstellen() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
    }

    private HttpResponse<String> post(String gebruiker, String pad, String json) throws IOException, InterruptedException {
        return verstuur(gebruiker, pad, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), "POST");
    }

    private HttpResponse<String> put(String gebruiker, String pad, String json) throws IOException, InterruptedException {
        return verstuur(gebruiker, pad, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), "PUT");
    }

    private HttpResponse<String> verstuur(String gebruiker, String pad, HttpRequest.BodyPublisher inhoud, String methode)
            throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).method(methode, inhoud)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
