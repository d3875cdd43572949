package nl.route071.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

import nl.route071.Griffie;
import nl.route071.overzicht.PaginaTest;
import nl.route071.overzicht.Webapps;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The raad calendars over real HTTP: only a gemeente's own griffie changes its calendar (checked by the server on
 * every post), the feed a calendar app subscribes to is iCalendar that ical4j reads back, and a meeting outside the
 * calendar sent over REST is a Dutch 400 that changes nothing.
 */
@PaginaTest
class RaadskalenderPaginaTest {

    @LocalServerPort
    int poort;
    @Autowired
    Raadskalender kalender;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void de_griffie_van_leiden_voegt_een_vergadering_toe_en_ziet_hem_in_de_kalender_en_de_feed() throws Exception {
        Webapps griffier = new Webapps(poort).logInAls("griffier-leiden", "demo");

        HttpResponse<String> toegevoegd = griffier.post("/raadskalender/leiden", "datum=2031-09-10&aanvang=19%3A30&omschrijving=Extra+raadsvergadering");

        assertThat(toegevoegd.statusCode()).isEqualTo(302);
        assertThat(toegevoegd.headers().firstValue("Location").orElseThrow()).endsWith("/raadskalender/leiden?toegevoegd=2031-09-10");
        HttpResponse<String> pagina = griffier.get("/raadskalender/leiden?toegevoegd=2031-09-10");
        assertThat(pagina.body()).contains("De raadsvergadering van 10 september 2031 staat in de kalender.")
                .contains("id=\"vergadering-2031-09-10\"").contains("Extra raadsvergadering").contains("19:30")
                .contains("Raadsvergadering toevoegen");
        VEvent vergadering = vergadering(feed("leiden"), "raadsvergadering-leiden-2031-09-10@route071");
        assertThat(waarde(vergadering, Property.SUMMARY)).isEqualTo("Extra raadsvergadering Leiden");
        assertThat(waarde(vergadering, Property.STATUS)).isEqualTo("CONFIRMED");
        DtStart<?> begin = vergadering.getStartDate().orElseThrow();
        assertThat(begin.getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue())).contains("Europe/Amsterdam");
        assertThat(begin.getDate()).isInstanceOfSatisfying(ZonedDateTime.class, moment -> assertThat(moment.toInstant())
                .isEqualTo(LocalDate.of(2031, 9, 10).atTime(19, 30).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant()));
    }

    @Test
    void een_griffie_van_een_andere_gemeente_kan_de_kalender_van_leiden_niet_wijzigen() {
        List<Raadsvergadering> voor = kalender.alle("leiden");
        Webapps voorschoten = new Webapps(poort).logInAls("griffier-voorschoten", "demo");

        HttpResponse<String> toevoegen = voorschoten.post("/raadskalender/leiden", "datum=2031-11-12");
        HttpResponse<String> annuleren = voorschoten.post("/raadskalender/leiden/2027-01-20/annuleren", "");

        assertThat(toevoegen.statusCode()).isEqualTo(403);
        assertThat(annuleren.statusCode()).isEqualTo(403);
        assertThat(toevoegen.body()).contains("Alleen de griffie van Leiden houdt deze raadskalender bij.");
        assertThat(kalender.alle("leiden")).as("nothing changed").isEqualTo(voor);
        assertThat(voorschoten.get("/raadskalender/leiden").body()).as("readable, without the forms")
                .contains("Alleen de griffie van Leiden voegt vergaderingen toe").doesNotContain("Raadsvergadering toevoegen")
                .doesNotContain("annuleren\"");
        assertThat(new Webapps(poort).post("/raadskalender/leiden", "datum=2031-11-12").statusCode()).as("not logged in").isEqualTo(401);
        assertThat(new Webapps(poort).logInAls("griffier-leiden", "demo").post("/raadskalender/leiden", "datum=2031-11-12",
                "https://elders.example").statusCode()).as("a post from another site").isEqualTo(403);
        assertThat(kalender.alle("leiden")).isEqualTo(voor);
    }

    @Test
    void onjuiste_invoer_op_de_pagina_geeft_een_nederlandse_400_en_verandert_niets() {
        List<Raadsvergadering> voor = kalender.alle("leiden");
        Webapps griffier = new Webapps(poort).logInAls("griffier-leiden", "demo");

        HttpResponse<String> geenDatum = griffier.post("/raadskalender/leiden", "datum=12-11-2031");
        HttpResponse<String> verleden = griffier.post("/raadskalender/leiden", "datum=2020-01-08");
        HttpResponse<String> onbekend = griffier.post("/raadskalender/leiden/2031-11-13/annuleren", "");

        assertThat(geenDatum.statusCode()).isEqualTo(400);
        assertThat(geenDatum.body()).contains("‘Datum’ is geen datum (jjjj-mm-dd).");
        assertThat(verleden.statusCode()).isEqualTo(400);
        assertThat(verleden.body()).contains("Een raadsvergadering in het verleden kan niet worden toegevoegd.");
        assertThat(onbekend.statusCode()).isEqualTo(400);
        assertThat(onbekend.body()).contains("Er staat geen raadsvergadering op 13 november 2031 in deze raadskalender.");
        assertThat(kalender.alle("leiden")).isEqualTo(voor);
    }

    @Test
    void een_geannuleerde_vergadering_blijft_in_de_feed_met_dezelfde_uid_als_geannuleerd() throws Exception {
        Webapps griffier = new Webapps(poort).logInAls("griffier-oegstgeest", "demo");
        griffier.post("/raadskalender/oegstgeest", "datum=2031-10-08");
        String uid = "raadsvergadering-oegstgeest-2031-10-08@route071";
        assertThat(waarde(vergadering(feed("oegstgeest"), uid), Property.SEQUENCE)).isEqualTo("0");

        HttpResponse<String> geannuleerd = griffier.post("/raadskalender/oegstgeest/2031-10-08/annuleren", "");

        assertThat(geannuleerd.statusCode()).isEqualTo(302);
        VEvent vergadering = vergadering(feed("oegstgeest"), uid);
        assertThat(waarde(vergadering, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(waarde(vergadering, Property.SEQUENCE)).isEqualTo("1");
        assertThat(waarde(vergadering, Property.SUMMARY)).isEqualTo("Raadsvergadering Oegstgeest – geannuleerd");
    }

    @Test
    void de_feed_van_een_raad_is_icalendar_zonder_inloggen_met_de_demo_data_als_demo_gemarkeerd() throws Exception {
        HttpResponse<String> antwoord = http("/kalender/raad/voorschoten.ics");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar feed = new CalendarBuilder().build(new StringReader(antwoord.body()));
        assertThat(waarde(feed, "X-WR-CALNAME")).isEqualTo("Raadsvergaderingen Voorschoten");
        assertThat(feed.<net.fortuna.ical4j.model.component.VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(waarde(tz, Property.TZID)).isEqualTo("Europe/Amsterdam"));
        VEvent demo = vergadering(feed, "raadsvergadering-voorschoten-2027-01-20@route071");
        assertThat(waarde(demo, Property.SUMMARY)).isEqualTo("Raadsvergadering Voorschoten (DEMO)");
        assertThat(waarde(demo, Property.DESCRIPTION)).contains("DEMO: een verzonnen datum");
        assertThat(antwoord.body()).contains("DTSTART;TZID=Europe/Amsterdam:20270120T200000");
        assertThat(http("/kalender/raad/voorschoten.ics").body()).as("same UIDs on every fetch")
                .contains("UID:raadsvergadering-voorschoten-2027-01-20@route071");
        assertThat(http("/kalender/raad/amsterdam.ics").statusCode()).isEqualTo(404);
        assertThat(http("/kalender/onbekend/leiden.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void een_raadsvergadering_buiten_de_kalender_over_rest_is_een_nederlandse_400_en_de_taak_blijft_open() throws Exception {
        String nr = "RV-TEST-" + UUID.randomUUID();
        Map<String, Object> variabelen = new HashMap<>(Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen",
                "gemeente", "leiden", "adviesType", "volledig", "adviesTekst", "Stem in", "adviesdatum", "2026-12-10"));
        variabelen.put("soortBesluit", "kaderstellend");
        runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        Griffie griffie = new Griffie(engine);
        griffie.collegesBiedenAan(nr);
        String taak = griffie.taak(nr, "griffie-leiden", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).getId();

        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + poort + "/engine-rest/task/" + taak + "/complete"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("griffier-leiden:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"raadsvergadering\":{\"value\":\"2027-01-21\"}}}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body()).contains("‘Raadsvergadering’: ‘2027-01-21’ is geen keuze van dit formulier.");
        assertThat(griffie.taak(nr, "griffie-leiden", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).getId()).isEqualTo(taak);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult())
                .satisfies(p -> assertThat(runtimeService.getVariable(p.getId(), RaadsbehandelingProcess.VAR_RAADSVERGADERING)).isNull());
    }

    @Test
    void het_overzicht_toont_dat_de_raad_pas_na_de_termijn_vergadert() {
        String nr;
        try {
            Raadsvergaderingen.zorgVoor(engine, "zoeterwoude", "2034-09-27");
            nl.route071.evaluatie.Voorstelroute route = new nl.route071.evaluatie.Voorstelroute(engine);
            nr = route.dienIn("2034-06-01", "Regionale fietsroute (kalendertest)", "bereikbaarheid", "kaderstellend", "zoeterwoude");
            route.bestuurstafel(nr, "bereikbaarheid", "vaststellen");
            route.consensus(nr);
            route.advies(nr, "volledig", "2034-07-01");
            new Griffie(engine).collegesBiedenAan(nr);
        }
        finally {
            nl.route071.evaluatie.Voorstelroute.klokTerug();
        }

        String rij = Webapps.rij(new Webapps(poort).logInAls("stuurgroep", "demo").overzichtMet(nr).body(), nr);

        assertThat(Webapps.cel(rij, "zoeterwoude")).contains("nog te agenderen").contains("uiterlijk 1 september 2034")
                .contains("eerste raadsvergadering pas 27 september 2034, na de termijn");
    }

    private HttpResponse<String> http(String pad) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Calendar feed(String gemeente) throws Exception {
        HttpResponse<String> antwoord = http("/kalender/raad/" + gemeente + ".ics");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(antwoord.body()));
    }

    private static VEvent vergadering(Calendar feed, String uid) {
        List<VEvent> gevonden = feed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(Property::getValue).filter(uid::equals).isPresent()).toList();
        assertThat(gevonden).as("event %s in the feed", uid).hasSize(1);
        return gevonden.get(0);
    }

    private static String waarde(net.fortuna.ical4j.model.PropertyListAccessor onderdeel, String naam) {
        return onderdeel.getProperty(naam).map(Property::getValue).orElse(null);
    }
}
