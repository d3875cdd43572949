package nl.route071.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.route071.evaluatie.Voorstelroute;
import nl.route071.overzicht.PaginaTest;
import nl.route071.overzicht.Webapps;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default without SMTP: the notifications of a proposal wait in the outbox, which an admin reads on
 * {@code /notificaties} and over {@code GET /api/notificaties}; nobody else does.
 */
@PaginaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificatiePaginaTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    String nr;

    @BeforeAll
    void een_voorstel_bij_de_bestuurstafel_en_de_regiocommissie() {
        Voorstelroute route = new Voorstelroute(engine);
        nr = route.dienIn("2026-01-05", "Regionale woonagenda", "wonen", "kaderstellend", "leiden", "oegstgeest");
        route.bestuurstafel(nr, "wonen", "vaststellen");
        Voorstelroute.klokTerug();
    }

    @Test
    void een_beheerder_leest_het_postvak_uit_op_de_pagina() {
        HttpResponse<String> pagina = new Webapps(poort).logInAls("demo", "demo").get("/notificaties?voorstel=" + nr);

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Postvak uit:").contains("er gaat geen mail de deur uit")
                .contains("Voorstel " + nr + " ligt klaar voor de bestuurstafel: Regionale woonagenda")
                .contains("bestuurstafel-wonen@route071.test")
                .contains("Voorstel " + nr + " op de agenda van de regiocommissie")
                .contains("regiogriffier@route071.test, griffie-leiden@route071.test, griffie-oegstgeest@route071.test")
                .contains("postvak-uit").contains("@route071&gt;");
    }

    @Test
    void een_griffier_mag_het_postvak_uit_niet_lezen_en_zonder_inloggen_volgt_de_inlogpagina() {
        assertThat(new Webapps(poort).logInAls("griffier-leiden", "demo").get("/notificaties").statusCode()).isEqualTo(403);
        HttpResponse<String> anoniem = new Webapps(poort).get("/notificaties");
        assertThat(anoniem.statusCode()).isEqualTo(401);
        assertThat(anoniem.body()).contains("U bent niet ingelogd");
    }

    @Test
    void rest_geeft_een_beheerder_elke_notificatie_van_het_voorstel() throws IOException {
        HttpResponse<String> antwoord = rest("/api/notificaties?voorstel=" + nr, "demo:demo");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode lijst = new ObjectMapper().readTree(antwoord.body());
        assertThat(lijst).hasSize(2);
        for (JsonNode n : lijst) {
            assertThat(n.path("status").asText()).isEqualTo(Notificatie.POSTVAK_UIT);
            assertThat(n.path("voorstelnummer").asText()).isEqualTo(nr);
            assertThat(n.path("messageId").asText()).matches("<[0-9a-f-]{36}@route071>");
            assertThat(n.path("tekst").asText()).contains("Regionale woonagenda");
        }
        assertThat(lijst.findValuesAsText("soort")).containsExactlyInAnyOrder("voorstel-bestuurstafel", "regiocommissie-agenda");
        JsonNode een = new ObjectMapper().readTree(rest("/api/notificaties/" + lijst.get(0).path("id").asText(), "demo:demo").body());
        assertThat(een.path("onderwerp").asText()).isEqualTo(lijst.get(0).path("onderwerp").asText());
    }

    @Test
    void rest_weigert_wie_geen_beheerder_is() {
        assertThat(rest("/api/notificaties", null).statusCode()).isEqualTo(401);
        // a wrong password for an existing user would delay her next login (Camunda login throttling)
        assertThat(rest("/api/notificaties", "onbekende-beheerder:fout").statusCode()).isEqualTo(401);
        assertThat(rest("/api/notificaties", "griffier-leiden:demo").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> rest(String pad, String gebruikerEnWachtwoord) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET();
        if (gebruikerEnWachtwoord != null) {
            verzoek.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(gebruikerEnWachtwoord.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
