package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.route071.ServerTest;
import nl.route071.evaluatie.Voorstelroute;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and mistaken inputs to the stukken over real HTTP, as users of the webapps send them: each gets a 4xx with
 * a Dutch reason and stores nothing (no row, no block, no log line). Also what a good upload and download look like
 * (attachment, nosniff, the same bytes). The upload limit is 2 MB in the test profile.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VijandigeStukkenTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    String woonvisie;
    String warmtenet;
    Deployment testmodel;

    @BeforeAll
    void voorstellen() {
        Voorstelroute route = new Voorstelroute(engine);
        try {
            woonvisie = route.dienIn(LocalDate.now().toString(), "Regionale woonvisie", "wonen", "kaderstellend", "leiden", "oegstgeest");
            warmtenet = route.dienIn(LocalDate.now().toString(), "Warmtenet", "energie", "kaderstellend", "voorschoten");
        }
        finally {
            Voorstelroute.klokTerug();
        }
        testmodel = engine.getRepositoryService().createDeployment().name("stukVereist-test")
                .addClasspathResource("stukken/stukVereist.bpmn").deploy();
    }

    @AfterAll
    void opruimen() {
        engine.getRepositoryService().deleteDeployment(testmodel.getId(), true);
    }

    @Test
    void eenGoedStukWordtAangenomenEnAlsBijlageGedownload() {
        Bezoeker regiogriffier = new Bezoeker(poort).logInAls("regiogriffier");
        HttpResponse<byte[]> upload = regiogriffier.upload("/stukken/" + woonvisie, "Raadsvoorstel woonvisie.pdf", PDF,
                Map.of("soort", "raadsvoorstel", "titel", "Raadsvoorstel woonvisie"));
        assertThat(upload.statusCode()).as(tekst(upload)).isEqualTo(302);
        String id = jdbc.queryForObject("SELECT id FROM route071_stuk WHERE voorstelnummer = ? AND titel = ?", String.class, woonvisie,
                "Raadsvoorstel woonvisie");

        HttpResponse<byte[]> download = new Bezoeker(poort).logInAls("griffier-oegstgeest").get("/stukken/stuk/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''Raadsvoorstel%20woonvisie.pdf").contains("filename=\"Raadsvoorstel woonvisie.pdf\"");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new Bezoeker(poort).logInAls("griffier-leiden").tekst("/stukken/" + woonvisie)).contains("Raadsvoorstel woonvisie")
                .contains("regiogriffier");
    }

    @Test
    void geenGebruikerKanEenStukVerwijderen() {
        Bezoeker regiogriffier = new Bezoeker(poort).logInAls("regiogriffier");
        assertThat(regiogriffier.upload("/stukken/" + woonvisie, "Notitie.pdf", PDF, Map.of("soort", "bijlage", "titel", "Notitie om te bewaren"))
                .statusCode()).isEqualTo(302);
        String id = jdbc.queryForObject("SELECT id FROM route071_stuk WHERE titel = 'Notitie om te bewaren'", String.class);
        String identificatie = jdbc.queryForObject("SELECT identificatie FROM route071_stuk WHERE id = ?", String.class, id);

        for (String gebruiker : List.of("regiogriffier", "demo")) {
            Bezoeker bezoeker = new Bezoeker(poort).logInAls(gebruiker);
            for (String[] poging : List.of(new String[] { "DELETE", "/stukken/stuk/" + id }, new String[] { "POST", "/stukken/stuk/" + id + "/verwijderen" },
                    new String[] { "DELETE", "/stukken/" + woonvisie + "/" + identificatie }, new String[] { "DELETE", "/stukken/" + woonvisie })) {
                assertThat(bezoeker.verzoek(poging[0], poging[1]).statusCode()).as("%s %s %s", gebruiker, poging[0], poging[1]).isBetween(400, 499);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk WHERE id = ?", Integer.class, id)).as("the stuk is kept").isEqualTo(1);
        assertThat(new Bezoeker(poort).logInAls("griffier-leiden").get("/stukken/stuk/" + id).body()).as("and still downloads").isEqualTo(PDF);
    }

    @Test
    void eenTeGrootBestandWordtGeweigerd() {
        byte[] groot = Arrays.copyOf(PDF, 3 * 1024 * 1024);
        weigert(413, "te groot", "groot.pdf", groot, "bijlage");
    }

    @Test
    void htmlMetScriptWordtGeweigerdOokAlsPdf() {
        weigert(415, "HTML", "advies.pdf", "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8), "advies");
    }

    @Test
    void svgMetScriptWordtGeweigerd() {
        weigert(415, "niet aangenomen", "logo.svg", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8), "bijlage");
    }

    @Test
    void eenProgrammaMetDeNaamPdfWordtGeweigerd() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        weigert(415, "niet aangenomen", "raadsbesluit.pdf", exe, "raadsbesluit");
        weigert(415, "niet aangenomen", "raadsbesluit.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "raadsbesluit");
    }

    @Test
    void eenNaamMetPuntPuntWordtGeweigerd() {
        weigert(400, "map", "../../etc/passwd.pdf", PDF, "bijlage");
    }

    @Test
    void eenVertrouwelijkStukVanEenAndereGemeenteIsNietTeVinden() {
        Bezoeker leiden = new Bezoeker(poort).logInAls("griffier-leiden");
        HttpResponse<byte[]> upload = leiden.upload("/stukken/" + woonvisie, "besluit.pdf", PDF, Map.of("soort", "raadsbesluit", "titel",
                "Geheim besluit Leiden", "gemeente", "leiden", "vertrouwelijk", "true", "lezers", "griffie-leiden"));
        assertThat(upload.statusCode()).as(tekst(upload)).isEqualTo(302);
        String id = jdbc.queryForObject("SELECT id FROM route071_stuk WHERE titel = 'Geheim besluit Leiden'", String.class);
        assertThat(leiden.get("/stukken/stuk/" + id).statusCode()).isEqualTo(200);

        for (String ander : new String[] { "griffier-oegstgeest", "regiogriffier" }) {
            Bezoeker bezoeker = new Bezoeker(poort).logInAls(ander);
            HttpResponse<byte[]> poging = bezoeker.get("/stukken/stuk/" + id);
            assertThat(poging.statusCode()).as(ander).isEqualTo(404);
            assertThat(new String(poging.body(), StandardCharsets.UTF_8)).doesNotContain("Geheim besluit");
            assertThat(bezoeker.tekst("/stukken/" + woonvisie)).as(ander).doesNotContain("Geheim besluit Leiden");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_logboek WHERE stuk_id = ? AND handeling = 'gedownload'", Integer.class, id))
                .as("the one download of the vertrouwelijk stuk is logged, the refused ones are not downloads").isEqualTo(1);
    }

    @Test
    void eenUploadNaarEenVoorstelDatDeGebruikerNietZietWordtGeweigerd() {
        int voor = aantal(warmtenet);
        HttpResponse<byte[]> poging = new Bezoeker(poort).logInAls("griffier-leiden").upload("/stukken/" + warmtenet, "bijlage.pdf", PDF,
                Map.of("soort", "bijlage", "titel", "Ongevraagd"));
        assertThat(poging.statusCode()).isEqualTo(404);
        assertThat(aantal(warmtenet)).isEqualTo(voor);
        assertThat(new Bezoeker(poort).logInAls("griffier-leiden").get("/stukken/" + warmtenet).statusCode()).isEqualTo(404);
    }

    @Test
    void eenTaakMetEenVereistStukWordtZonderHetStukNietAfgerond() {
        engine.getRuntimeService().startProcessInstanceByKey("stukVereist", woonvisie);
        Task taak = engine.getTaskService().createTaskQuery().processDefinitionKey("stukVereist").processInstanceBusinessKey(woonvisie).singleResult();
        Bezoeker regiogriffier = new Bezoeker(poort).logInAls("regiogriffier");

        HttpResponse<byte[]> poging = regiogriffier.rondAf(taak.getId());
        assertThat(poging.statusCode()).as(tekst(poging)).isEqualTo(400);

        assertThat(tekst(poging)).contains("raadsbesluit").contains("/stukken/" + woonvisie);
        assertThatThrownBy(() -> engine.getTaskService().complete(taak.getId())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("kan pas worden afgerond");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taak.getId()).count()).as("the task stays open").isEqualTo(1);

        assertThat(regiogriffier.upload("/stukken/" + woonvisie, "raadsbesluit.pdf", PDF, Map.of("soort", "raadsbesluit", "titel", "Raadsbesluit"))
                .statusCode()).isEqualTo(302);
        assertThat(regiogriffier.rondAf(taak.getId()).statusCode()).isEqualTo(204);
    }

    private void weigert(int status, String reden, String naam, byte[] inhoud, String soort) {
        int voor = aantal(woonvisie);
        int blokken = jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_blok", Integer.class);
        HttpResponse<byte[]> antwoord = new Bezoeker(poort).logInAls("regiogriffier").upload("/stukken/" + woonvisie, naam, inhoud,
                Map.of("soort", soort, "titel", "Poging " + naam));
        assertThat(antwoord.statusCode()).as(tekst(antwoord)).isEqualTo(status);
        assertThat(tekst(antwoord)).contains(reden);
        assertThat(aantal(woonvisie)).as("nothing stored").isEqualTo(voor);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_blok", Integer.class)).isEqualTo(blokken);
    }

    private int aantal(String voorstel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk WHERE voorstelnummer = ?", Integer.class, voorstel)
                + jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_logboek WHERE voorstelnummer = ?", Integer.class, voorstel);
    }

    private static String tekst(HttpResponse<byte[]> antwoord) {
        return new String(antwoord.body(), StandardCharsets.UTF_8);
    }
}
