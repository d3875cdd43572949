package nl.route071.overzicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.route071.evaluatie.Voorstelroute;
import nl.route071.voorstel.RegionaalVoorstelProcess;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The regional overview page over real HTTP: what a logged-in stuurgroep member sees, and what a stranger gets. */
@PaginaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverzichtPaginaTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;

    String woonagenda;
    String warmtenet;
    String fietsroute;
    String bibliotheek;

    @BeforeAll
    void twee_voorstellen_bij_de_raden() {
        Voorstelroute route = new Voorstelroute(engine);
        try {
            woonagenda = route.dienIn("2020-01-02", "Regionale woonagenda", "wonen", "kaderstellend", "leiden", "oegstgeest");
            route.bestuurstafel(woonagenda, "wonen", "vaststellen");
            route.consensus(woonagenda);
            route.advies(woonagenda, "volledig", "2020-01-10");
            route.raadsbesluit(woonagenda, "leiden", "conform", "2020-02-01");
            route.raadsbesluit(woonagenda, "oegstgeest", "geamendeerd", "2020-02-20",
                    Map.of("amendementTekst", "Minimaal 40% sociale huur"), "De raad wil meer sociale huur.");

            // Leiderdorp's fractie weights are invented (DEMO); the councils have not decided within two months
            warmtenet = route.dienIn("2020-02-03", "Warmtenet", "energie", "kaderstellend", "leiderdorp", "voorschoten");
            route.bestuurstafel(warmtenet, "energie", "vaststellen");
            route.stemming(warmtenet, "2020-02-20", gemeente -> "voor");
            route.advies(warmtenet, "volledig", "2020-03-01");
            route.agenderen(warmtenet, "voorschoten", "2020-04-15");

            // Zoeterwoude's raad holds the proposal over ("aangehouden"): not a decision, the term runs on
            fietsroute = route.dienIn("2020-03-02", "Regionale fietsroute", "bereikbaarheid", "kaderstellend", "zoeterwoude");
            route.bestuurstafel(fietsroute, "bereikbaarheid", "vaststellen");
            route.consensus(fietsroute);
            route.advies(fietsroute, "volledig", "2020-03-10");
            route.agenderen(fietsroute, "zoeterwoude", "2020-04-01");
            new nl.route071.Griffie(engine).voltooi(fietsroute, "griffie-zoeterwoude", "UserTask_RaadsbesluitVastleggen",
                    Map.of("raadsbesluit", "aangehouden", "besluitdatum", "2020-04-01"));

            // the advice is given, the colleges have not yet offered the proposal to their raad
            bibliotheek = route.dienIn("2020-04-01", "Regionale bibliotheekvoorziening", "wonen", "kaderstellend", "leiden");
            route.bestuurstafel(bibliotheek, "wonen", "vaststellen");
            route.consensus(bibliotheek);
            route.advies(bibliotheek, "volledig", "2020-04-10");
            new nl.route071.Griffie(engine).voerJobsUit(bibliotheek);
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @Test
    void een_voorstel_dat_het_college_nog_moet_aanbieden_staat_bij_het_college_en_niet_als_te_agenderen() {
        String rij = Webapps.rij(new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(bibliotheek).body(), bibliotheek);

        assertThat(Webapps.cel(rij, "leiden")).contains("bij het college").doesNotContain("nog te agenderen");
    }

    @Test
    void een_eigen_voorstel_van_de_regiocommissie_staat_per_raad_als_initiatiefvoorstel_en_niet_bij_het_college() {
        Voorstelroute route = new Voorstelroute(engine);
        nl.route071.Griffie griffie = new nl.route071.Griffie(engine);
        Map<String, Object> formulier = new java.util.HashMap<>();
        formulier.put("titel", "Regionale fietsstrategie");
        formulier.put("ambitie", "bereikbaarheid");
        formulier.put("soortBesluit", "kaderstellend");
        formulier.put("deelnemendeGemeenten", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"leiden\", \"voorschoten\"]").create());
        formulier.put("initiatief", "regiocommissie");
        String nr = runtimeService.startProcessInstanceByKey("regionaalVoorstel", formulier).getBusinessKey();
        griffie.voltooi(nr, "regiogriffie", "UserTask_EigenVoorstelVoorbereiden", Map.of("voorstelTekst", "Een regionale fietsstrategie"));
        route.consensus(nr);
        String vandaag = nl.route071.gedeeld.Klok.vandaag().toString();
        route.advies(nr, "volledig", vandaag);
        Voorstelroute.klokTerug();
        griffie.voltooi(nr, "griffie-voorschoten", "UserTask_InitiatiefvoorstelIndienen",
                Map.of("indieners", "de leden van de regiocommissie uit Voorschoten", "indieningsdatum", vandaag));

        String rij = Webapps.rij(new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(nr).body(), nr);

        assertThat(Webapps.cel(rij, "leiden")).contains("initiatiefvoorstel: nog in te dienen bij de raad").doesNotContain("bij het college");
        assertThat(Webapps.cel(rij, "voorschoten")).contains("het college kan zijn zienswijze geven").doesNotContain("bij het college");
    }

    @AfterAll
    void klokTerug() {
        Voorstelroute.klokTerug();
    }

    @Test
    void wie_niet_is_ingelogd_krijgt_een_nederlandse_melding_en_gaat_door_naar_de_inlogpagina_van_tasklist() {
        HttpResponse<String> pagina = new Webapps(poort).get("/overzicht");

        assertThat(pagina.statusCode()).isEqualTo(401);
        assertThat(pagina.body()).contains("U bent niet ingelogd")
                .contains("<meta http-equiv=\"refresh\" content=\"5;url=/camunda/app/tasklist/\">")
                .doesNotContain(woonagenda);
    }

    @Test
    void een_lid_van_de_stuurgroep_ziet_elk_voorstel_met_zijn_fase_en_de_status_per_gemeenteraad() {
        HttpResponse<String> pagina = new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(woonagenda);

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Regionaal overzicht van de voorstellen").contains("Ingelogd als <span>stuurgroep</span>");
        String woon = Webapps.rij(pagina.body(), woonagenda);
        assertThat(woon).contains("Regionale woonagenda").contains("Wonen").contains("Voorstel uitvoeren in elke doorgaande gemeente")
                .contains("voorzitter bestuurstafel: Leiderdorp (DEMO: verzonnen verdeling)");
        assertThat(Webapps.cel(woon, "leiden")).contains("conform").contains("besluit 1 februari 2020").doesNotContain("termijn verstreken");
        assertThat(Webapps.cel(woon, "oegstgeest")).contains("geamendeerd");
        assertThat(Webapps.cel(woon, "voorschoten")).doesNotContain("status");
        assertThat(woon).contains("Amendement: Minimaal 40% sociale huur").contains("Verantwoording: De raad wil meer sociale huur.");
    }

    @Test
    void een_aangehouden_raadsbesluit_staat_als_aangehouden_in_het_overzicht_en_de_termijn_loopt_door() {
        String rij = Webapps.rij(new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(fietsroute).body(), fietsroute);

        assertThat(Webapps.cel(rij, "zoeterwoude")).contains("aangehouden").contains("termijn verstreken");
        assertThat(rij).contains("Advies behandelen in elke gemeenteraad");
    }

    @Test
    void een_kaderstellend_besluit_zonder_raadsbesluit_twee_maanden_na_het_advies_is_over_de_termijn() {
        String rij = Webapps.rij(new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(warmtenet).body(), warmtenet);

        assertThat(Webapps.cel(rij, "voorschoten")).contains("geagendeerd").contains("uiterlijk 1 mei 2020").contains("termijn verstreken");
        assertThat(Webapps.cel(rij, "leiderdorp")).contains("nog te agenderen").contains("termijn verstreken");
        assertThat(rij).contains("Advies behandelen in elke gemeenteraad");
    }

    @Test
    void het_overzicht_toont_de_termijndatum_die_de_raadsbehandeling_vastlegde_en_zonder_termijn_geen_termijn() {
        Voorstelroute route = new Voorstelroute(engine);
        String kaders;
        String verordening;
        try {
            kaders = route.dienIn("2020-05-04", "Regionale woondeal", "wonen", "kaderstellend", "leiden");
            route.bestuurstafel(kaders, "wonen", "vaststellen");
            route.consensus(kaders);
            route.advies(kaders, "volledig", "2020-05-11");
            verordening = route.dienIn("2020-05-04", "Regionale afvalstoffenverordening", "energie", "verordening", "leiden");
            route.bestuurstafel(verordening, "energie", "vaststellen");
            route.consensus(verordening);
            route.advies(verordening, "volledig", "2020-05-11");
        }
        finally {
            Voorstelroute.klokTerug();
        }
        // a table with a longer term would have fixed a later date: the overview shows what the treatment fixed
        String raad = runtimeService.createProcessInstanceQuery().processDefinitionKey("raadsbehandeling")
                .processInstanceBusinessKey(kaders).singleResult().getId();
        assertThat(runtimeService.getVariable(raad, "termijndatum")).isEqualTo("2020-07-11");
        runtimeService.setVariable(raad, "termijndatum", "2099-12-31");

        Webapps stuurgroep = new Webapps(poort).logInAls("stuurgroep", "demo");
        String pagina = stuurgroep.overzichtMet(kaders).body();
        String paginaVerordening = stuurgroep.overzichtMet(verordening).body();

        assertThat(Webapps.cel(Webapps.rij(pagina, kaders), "leiden")).contains("uiterlijk 31 december 2099").doesNotContain("termijn verstreken");
        assertThat(Webapps.cel(Webapps.rij(paginaVerordening, verordening), "leiden")).doesNotContain("uiterlijk").doesNotContain("termijn verstreken");
    }

    @Test
    void een_stemming_met_verzonnen_gewichten_is_als_demo_gemarkeerd() {
        String rij = Webapps.rij(new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(warmtenet).body(), warmtenet);

        assertThat(rij).contains("class=\"demo\"").contains(">DEMO<");
        String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(warmtenet)
                .processDefinitionKey(RegionaalVoorstelProcess.PROCESS_ID).singleResult().getId();
        assertThat(rij).as("the stuurgroep may not use Cockpit: no link to it")
                .doesNotContain("/camunda/app/cockpit/").contains("/camunda/app/tasklist/default/");
        String procesbeheer = Webapps.rij(new Webapps(poort).logInAls("demo", "demo").overzichtMet(warmtenet).body(), warmtenet);
        assertThat(procesbeheer).contains("/camunda/app/cockpit/default/#/process-instance/" + id + "/runtime");
    }

    @Test
    void het_diagram_van_een_voorstel_toont_waar_het_nu_staat_en_waar_het_is_geweest() {
        String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(warmtenet)
                .processDefinitionKey(RegionaalVoorstelProcess.PROCESS_ID).singleResult().getId();
        Webapps stuurgroep = new Webapps(poort).logInAls("stuurgroep", "demo");

        HttpResponse<String> pagina = stuurgroep.get("/overzicht/diagram/" + id);

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("data-actief=\"CallActivity_Raadsbehandeling\"")
                .containsPattern("data-gepasseerd=\"[^\"]*UserTask_AdviesOpstellen[^\"]*\"")
                .contains("Staat nu bij: <strong>Advies behandelen in elke gemeenteraad</strong>")
                .contains("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js")
                .contains("<td>leiderdorp</td>").contains("<td>voorschoten</td>");
        assertThat(stuurgroep.get("/overzicht/diagram/" + id + "/bpmn").body()).contains("<bpmn:process id=\"regionaalVoorstel\"");
        assertThat(stuurgroep.get("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js").statusCode()).isEqualTo(200);
        assertThat(new Webapps(poort).get("/overzicht/diagram/" + id).statusCode()).isEqualTo(401);
        assertThat(new Webapps(poort).get("/overzicht/diagram/" + id + "/bpmn").statusCode()).isEqualTo(401);
    }
}
