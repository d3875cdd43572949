package nl.route071.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.SsoTest;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.voorstel.RegionaalVoorstelProcess;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff log in through their gemeente's provider (a real OpenID Connect server in the test JVM, its login form filled
 * in) and see in Tasklist what their groups may see: the groups come from the token, mapped per provider
 * (sso-groepen.csv), and a provider that names another gemeente's group or a regional group is refused as a whole,
 * with nothing written and no session.
 */
@SsoTest
class SsoAanmeldingTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;

    private String leiden;
    private String voorschoten;

    @BeforeEach
    void raadsbehandelingen() {
        leiden = raadsbehandeling("leiden");
        voorschoten = raadsbehandeling("voorschoten");
    }

    @AfterEach
    void opruimen() {
        for (String nr : List.of(leiden, voorschoten)) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test", true, true));
        }
    }

    @Test
    void een_griffier_van_leiden_meldt_zich_aan_bij_leiden_en_ziet_alleen_het_werk_van_leiden() {
        String naam = "griffier" + UUID.randomUUID().toString().substring(0, 8);
        Medewerker griffier = new Medewerker(poort);

        HttpResponse<String> tasklist = griffier.meldAan("leiden", naam, claims(naam, "griffie-leiden"));

        assertThat(tasklist.uri().getPath()).startsWith("/camunda/app/tasklist");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        String wie = griffier.get("/camunda/api/admin/auth/user/default").body();
        assertThat(wie).contains("\"userId\":\"leiden-" + naam + "\"").contains("tasklist").doesNotContain("admin\"").doesNotContain("cockpit");
        assertThat(taken(griffier, leiden)).contains("UserTask_AdviesAgenderen");
        assertThat(taken(griffier, voorschoten)).isEqualTo("[]");
        assertThat(identityService.createUserQuery().userId("leiden-" + naam).memberOfGroup("griffie-leiden").count()).isOne();
    }

    @Test
    void een_rol_van_de_gemeente_zelf_wordt_de_groep_van_die_gemeente() {
        String naam = "griffier" + UUID.randomUUID().toString().substring(0, 8);
        Medewerker griffier = new Medewerker(poort);

        griffier.meldAan("voorschoten", naam, claims(naam, "griffie", "personeelsvereniging"));

        assertThat(taken(griffier, voorschoten)).contains("UserTask_AdviesAgenderen");
        assertThat(taken(griffier, leiden)).isEqualTo("[]");
        assertThat(identityService.createGroupQuery().groupMember("voorschoten-" + naam).list())
                .extracting(g -> g.getId()).containsExactly("griffie-voorschoten");
    }

    @Test
    void de_regiogriffier_ziet_het_regionale_werk() {
        String nr = voorstelBijDeRegiogriffie();
        try {
            String naam = "regiogriffier" + UUID.randomUUID().toString().substring(0, 8);
            Medewerker regiogriffier = new Medewerker(poort);
            Medewerker griffier = new Medewerker(poort);

            regiogriffier.meldAan("regio", naam, claims(naam, "regiogriffie"));
            String griffiernaam = "griffier" + UUID.randomUUID().toString().substring(0, 8);
            griffier.meldAan("leiden", griffiernaam, claims(griffiernaam, "griffie-leiden"));

            assertThat(taken(regiogriffier, nr)).contains(RegionaalVoorstelProcess.TASK_BEELDVORMING_HOUDEN);
            assertThat(taken(griffier, nr)).isEqualTo("[]");
        }
        finally {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test", true, true));
        }
    }

    @Test
    void een_nieuw_lid_van_de_griffie_ziet_de_taken_van_de_groep_bij_de_eerste_aanmelding() {
        String naam = "nieuw" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(identityService.createUserQuery().userId("leiden-" + naam).count()).isZero();
        Medewerker nieuw = new Medewerker(poort);

        nieuw.meldAan("leiden", naam, claims(naam, "griffie"));

        // the filter Tasklist shows first, "Taken van mijn groep", already lists the group's task
        String filters = nieuw.get("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=50").body();
        String filter = filters.replaceAll("(?s).*\\{\"id\":\"([^\"]+)\"[^}]*\"name\":\"Taken van mijn groep\".*", "$1");
        assertThat(filter).as("filter 'Taken van mijn groep' in %s", filters).doesNotContain("{");
        String lijst = nieuw.get("/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=50").body();
        String taak = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(leiden).singleResult().getId();
        assertThat(lijst).contains(taak);
    }

    @Test
    void leiden_kan_geen_lid_maken_van_de_griffie_van_voorschoten_of_van_de_beheerders() {
        for (String groep : List.of("griffie-voorschoten", "camunda-admin", "regiogriffie")) {
            String naam = "indringer" + UUID.randomUUID().toString().substring(0, 8);
            Medewerker indringer = new Medewerker(poort);

            HttpResponse<String> antwoord = indringer.meldAan("leiden", naam, claims(naam, "griffie-leiden", groep));

            geweigerd(indringer, antwoord, "leiden-" + naam);
        }
    }

    @Test
    void een_token_voor_een_andere_toepassing_of_een_verlopen_token_wordt_geweigerd() {
        String naam = "ander" + UUID.randomUUID().toString().substring(0, 8);
        Medewerker ander = new Medewerker(poort);
        geweigerd(ander, ander.meldAan("leiden", naam,
                "{\"preferred_username\":\"" + naam + "\",\"groups\":[\"griffie-leiden\"],\"aud\":\"andere-toepassing\"}"), "leiden-" + naam);

        String oud = "oud" + UUID.randomUUID().toString().substring(0, 8);
        Medewerker verlopen = new Medewerker(poort);
        long uurGeleden = System.currentTimeMillis() / 1000 - 3600;
        geweigerd(verlopen, verlopen.meldAan("leiden", oud, "{\"preferred_username\":\"" + oud
                + "\",\"groups\":[\"griffie-leiden\"],\"iat\":" + (uurGeleden - 60) + ",\"exp\":" + uurGeleden + "}"), "leiden-" + oud);
    }

    @Test
    void het_eigen_wachtwoordformulier_van_de_webapps_is_dicht() {
        Medewerker demo = new Medewerker(poort);
        demo.get("/aanmelden");
        HttpResponse<String> antwoord = demo.verstuur(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + poort + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=demo&password=demo")));
        assertThat(antwoord.statusCode()).isIn(401, 403);
        assertThat(demo.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
    }

    @Test
    void afmelden_eindigt_de_sessie_hier_en_bij_de_aanbieder() {
        String naam = "griffier" + UUID.randomUUID().toString().substring(0, 8);
        Medewerker griffier = new Medewerker(poort);
        griffier.meldAan("leiden", naam, claims(naam, "griffie-leiden"));
        assertThat(griffier.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);

        HttpResponse<String> naarAanbieder = griffier.postZonderDoorsturen("/logout");

        // RP-initiated logout: on to the provider's end-session endpoint with the ID token, and back to /afgemeld
        String adres = naarAanbieder.headers().firstValue("Location").orElse("");
        assertThat(adres).startsWith(nl.route071.OidcTestServer.uitgever("leiden").replaceAll("/$", "") + "/endsession")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=");
        HttpResponse<String> afgemeld = griffier.get(adres);
        assertThat(afgemeld.uri().getPath()).isEqualTo("/afgemeld");
        assertThat(afgemeld.body()).contains("U bent afgemeld");
        assertThat(griffier.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=5").statusCode()).isEqualTo(401);
    }

    /** Refused: back on Route071's login page with the message, no user created, no webapp login in any session. */
    private void geweigerd(Medewerker medewerker, HttpResponse<String> antwoord, String gebruiker) {
        assertThat(antwoord.uri().getPath()).isEqualTo("/aanmelden");
        assertThat(antwoord.uri().getQuery()).isEqualTo("fout");
        assertThat(antwoord.body()).contains("Aanmelden is niet gelukt");
        assertThat(medewerker.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
        assertThat(medewerker.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=5").statusCode()).isEqualTo(401);
        assertThat(identityService.createUserQuery().userId(gebruiker).count()).as("user %s created", gebruiker).isZero();
    }

    private static String claims(String naam, String... groepen) {
        return "{\"preferred_username\":\"" + naam + "\",\"name\":\"" + naam + "\",\"groups\":[" + String.join(",",
                java.util.Arrays.stream(groepen).map(g -> "\"" + g + "\"").toList()) + "]}";
    }

    /** The task definition keys of a proposal's open tasks as Tasklist's API shows them to this user. */
    private static String taken(Medewerker medewerker, String nr) {
        HttpResponse<String> antwoord = medewerker.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + nr
                + "&firstResult=0&maxResults=50");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    /** A council treatment waiting at its griffie's task (Advies agenderen in de raad). */
    private String raadsbehandeling(String gemeente) {
        String nr = "RV-SSO-" + UUID.randomUUID();
        runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", gemeente,
                        "adviesType", "volledig", "adviesTekst", "Stem in met de woonagenda", "adviesdatum", "2026-12-10"));
        Griffie griffie = new Griffie(engine);
        griffie.voerJobsUit(nr);
        griffie.collegesBiedenAan(nr);
        return nr;
    }

    /** A proposal prepared and adopted: the regiogriffie's beeldvorming is next. */
    private String voorstelBijDeRegiogriffie() {
        ProcessInstance voorstel = runtimeService.startProcessInstanceByKey(RegionaalVoorstelProcess.PROCESS_ID, Map.of(
                RegionaalVoorstelProcess.VAR_TITEL, "Regionale woonagenda", RegionaalVoorstelProcess.VAR_AMBITIE, "wonen",
                RegionaalVoorstelProcess.VAR_SOORT_BESLUIT, "kaderstellend",
                RegionaalVoorstelProcess.VAR_DEELNEMENDE_GEMEENTEN, SpinValues.jsonValue(Spin.JSON(List.of("leiden", "voorschoten"))).create(),
                RegionaalVoorstelProcess.VAR_INITIATIEF, "bestuurstafel", "omschrijving", "Afspraken over de woningbouw in de regio tot 2030."));
        String nr = voorstel.getBusinessKey();
        Griffie griffie = new Griffie(engine);
        griffie.voltooi(nr, "werkgroep-wonen", RegionaalVoorstelProcess.TASK_VOORSTEL_VOORBEREIDEN,
                Map.of("voorstelTekst", "Samen bouwen de vijf gemeenten 2.000 woningen per jaar, een derde sociale huur."));
        griffie.voltooi(nr, "bestuurstafel-wonen", RegionaalVoorstelProcess.TASK_VOORSTEL_VASTSTELLEN,
                Map.of(RegionaalVoorstelProcess.VAR_BESLUIT_BESTUURSTAFEL, "vaststellen"));
        return nr;
    }
}
