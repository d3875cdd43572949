package nl.route071.verkiezingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.route071.ServerTest;
import nl.route071.Griffie;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin imports election results over real HTTP ({@code POST /api/verkiezingsuitslagen}, CSV in the format of
 * elections.csv): every bad line is reported and nothing is stored, or the elections in the file replace the
 * stored ones. And a recorded vote comes out as ODS Open Raadsinformatie JSON ({@code GET /api/stemmingen/{nr}}).
 * On its own in-memory database, because these tests change the reference data.
 */
@ServerTest
class VerkiezingsuitslagenImportTest {

    static final String KOP = "year,gemeente,partij,stemmen,zetels,source\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Verkiezingsuitslagen uitslagen;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    // ------------------------------------------------------------------ who may import

    @Test
    void zonder_of_met_een_fout_wachtwoord_is_het_antwoord_401() throws Exception {
        assertThat(post(KOP, null, null).statusCode()).isEqualTo(401);
        // a user that no other test logs in as: Camunda delays the next login after a wrong password
        assertThat(post(KOP, "stuurgroep", "fout").statusCode()).isEqualTo(401);
        assertThat(post(KOP, "onbekend", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void alleen_een_beheerder_mag_importeren_anderen_krijgen_403() throws Exception {
        HttpResponse<String> antwoord = post(KOP + "2026,Voorschoten,VVD,2763,21,bron\n", "regiogriffier", "demo");

        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(antwoord.body()).contains("Alleen beheerders");
    }

    // ------------------------------------------------------------------ every import error, nothing stored

    @Test
    void elke_foute_regel_wordt_genoemd_en_er_wordt_niets_geimporteerd() throws Exception {
        long voor = aantalRijen();
        String csv = KOP
                + "2022,Leiderdorp,Echte Partij,1200,3,https://example.org/leiderdorp\n"   // 2: good on its own
                + "2022,Katwijk,VVD,4000,6,bron\n"                                            // 3: unknown gemeente
                + "2022,Leiderdorp,CDA,-5,2,bron\n"                                           // 4: negative votes
                + "2022,Leiderdorp,D66,veel,2,bron\n"                                         // 5: non-numeric votes
                + "2022,Leiderdorp,Echte Partij,1300,3,bron\n"                                // 6: duplicate list
                + "2022,Leiderdorp,GroenLinks,900,twee,bron\n"                                // 7: non-numeric seats
                + "2021,Leiderdorp,PvdA,800,2,bron\n"                                         // 8: no election that year
                + "2022,Leiderdorp,SP,700,1,\n";                                              // 9: no source

        HttpResponse<String> antwoord = post(csv, "demo", "demo");

        assertThat(antwoord.statusCode()).isEqualTo(400);
        JsonNode fout = json.readTree(antwoord.body());
        assertThat(fout.get("fout").asText()).startsWith("Niets geïmporteerd: 7 fout(en).");
        assertThat(regels(fout)).containsExactly(
                "3: Onbekende gemeente 'Katwijk'; kies uit Leiden, Leiderdorp, Oegstgeest, Voorschoten, Zoeterwoude.",
                "4: Het aantal stemmen (stemmen) is negatief: -5.",
                "5: Het aantal stemmen (stemmen) is geen geheel getal: 'veel'.",
                "6: De lijst 'Echte Partij' staat dubbel bij Leiderdorp 2022 (ook op regel 2).",
                "7: Het aantal zetels (zetels) is geen geheel getal: 'twee'.",
                "8: Geen gemeenteraadsverkiezing bekend in het jaar 2021 (bekend: [2018, 2022, 2026], zie referentie/verkiezingsdata.csv).",
                "9: De bron (source) ontbreekt; elk getal heeft een bron nodig.");
        assertThat(aantalRijen()).isEqualTo(voor);
        assertThat(uitslagen.verkiezing("leiderdorp", LocalDate.of(2022, 3, 16)).lijsten())
                .extracting(Fractiegewicht::fractie).doesNotContain("Echte Partij");
    }

    @Test
    void zetels_die_niet_optellen_tot_de_raadsgrootte_worden_bij_elke_regel_van_die_verkiezing_genoemd() throws Exception {
        // Voorschoten 2026 has 21 seats (the sum of the provisional result); here they add up to 20
        String csv = KOP
                + "2026,Voorschoten,GROENLINKS / Partij van de Arbeid (PvdA),2923,5,bron\n"
                + "2026,Voorschoten,VVD,2763,5,bron\n"
                + "2026,Voorschoten,Voorschoten Lokaal,2173,10,bron\n";

        HttpResponse<String> antwoord = post(csv, "demo", "demo");

        assertThat(antwoord.statusCode()).isEqualTo(400);
        List<String> regels = regels(json.readTree(antwoord.body()));
        assertThat(regels).hasSize(3).allSatisfy(r -> assertThat(r)
                .contains("De zetels van Voorschoten 2026 tellen op tot 20, maar de raad heeft 21 zetels"));
        assertThat(regels).extracting(r -> r.substring(0, r.indexOf(':'))).containsExactly("2", "3", "4");
        assertThat(uitslagen.verkiezing("voorschoten", LocalDate.of(2026, 3, 18)).lijsten()).hasSize(7);
    }

    @Test
    void een_bestand_zonder_de_juiste_kopregel_of_zonder_uitslagen_wordt_geweigerd() throws Exception {
        HttpResponse<String> zonderKop = post("jaar,gemeente,partij,stemmen\n2026,Leiden,D66,100\n", "demo", "demo");
        HttpResponse<String> leeg = post(KOP, "demo", "demo");
        HttpResponse<String> teVeel = post(KOP + "2026,Leiden,D66,100,5,bron,extra\n", "demo", "demo");
        HttpResponse<String> status = post("year,gemeente,partij,stemmen,zetels,source,status\n2026,Leiden,D66,100,5,bron,misschien\n",
                "demo", "demo");

        assertThat(zonderKop.statusCode()).isEqualTo(400);
        assertThat(regels(json.readTree(zonderKop.body()))).containsExactly(
                "1: De kopregel mist de kolom(men) year, zetels, source; verwacht: year,gemeente,partij,stemmen,zetels,source (en eventueel status).");
        assertThat(regels(json.readTree(leeg.body()))).containsExactly("1: Het bestand bevat geen uitslagen, alleen een kopregel.");
        assertThat(regels(json.readTree(teVeel.body()))).singleElement().asString().startsWith("2: Meer velden dan kolommen");
        assertThat(regels(json.readTree(status.body()))).containsExactly("2: De status 'misschien' is geen 'voorlopig' of 'definitief'.");
    }

    @Test
    void het_gedeelde_elections_csv_zelf_wordt_zonder_fouten_geimporteerd() throws Exception {
        // the project's copy of shared/data/elections.csv
        String csv = Files.readString(Path.of("src/main/resources/referentie/verkiezingsuitslagen.csv"));

        HttpResponse<String> antwoord = post(csv, "demo", "demo");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonNode resultaat = json.readTree(antwoord.body());
        assertThat(resultaat.get("lijsten").asInt()).isEqualTo(54);
        // Leiden 2022: with CDA, SP and ChristenUnie the seats add up to the 39 of the raad
        assertThat(resultaat.get("opmerkingen").toString()).doesNotContain("Leiden 2022-03-16")
                .contains("Oegstgeest 2022-03-16: raadsgrootte onbekend, zetels niet gecontroleerd.");
        // the real file has no votes for Leiden 2022: the DEMO weights of the start import are gone, honestly
        assertThat(uitslagen.verkiezing("leiden", LocalDate.of(2022, 3, 16)).fracties())
                .allSatisfy(f -> assertThat(f.gewicht()).isNull());
        // put the start state back for the other tests of this class
        jdbc.update("DELETE FROM route071_verkiezingsuitslag");
        VerkiezingsuitslagenImport.Resultaat opnieuw = importeur.importeerReferentie();
        assertThat(opnieuw.overgeslagen()).isEmpty();
    }

    @Autowired
    VerkiezingsuitslagenImport importeur;

    @Test
    void een_goed_bestand_vervangt_de_uitslag_van_die_verkiezing_en_noemt_voorlopig_wat_de_bron_voorlopig_noemt() throws Exception {
        String csv = KOP
                + "2026,Zoeterwoude,Progressief Zoeterwoude,1900,6,\"VOORLOPIG. https://www.zoeterwoude.nl/test\"\n"
                + "2026,Zoeterwoude,CDA Zoeterwoude,1500,5,\"VOORLOPIG. https://www.zoeterwoude.nl/test\"\n"
                + "2026,Zoeterwoude,VVD Zoeterwoude,600,2,\"VOORLOPIG. https://www.zoeterwoude.nl/test\"\n";

        HttpResponse<String> antwoord = post(csv, "demo", "demo");
        HttpResponse<String> nogmaals = post(csv.replace("1900", "1950"), "demo", "demo");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(json.readTree(antwoord.body()).get("verkiezingen").toString()).contains("Zoeterwoude 2026-03-18");
        assertThat(nogmaals.statusCode()).isEqualTo(200);
        Verkiezing zoeterwoude = uitslagen.inWerking("zoeterwoude", LocalDate.of(2026, 12, 9)).orElseThrow();
        assertThat(zoeterwoude.lijsten()).hasSize(3).allSatisfy(f -> assertThat(f.status()).isEqualTo("voorlopig"));
        assertThat(zoeterwoude.fracties().get(0).gewicht()).isEqualTo(1950);
        assertThat(json.readTree(nogmaals.body()).get("geimporteerdDoor").asText()).isEqualTo("demo");
        assertThat(jdbc.queryForList("SELECT DISTINCT geimporteerd_door FROM route071_verkiezingsuitslag WHERE gemeente = 'zoeterwoude' "
                + "AND verkiezingsdatum = DATE '2026-03-18'", String.class)).as("every row carries the user who imported it").containsExactly("demo");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM route071_verkiezingsuitslag WHERE geimporteerd_door = 'referentiegegevens bij start'",
                Integer.class)).as("the reference files loaded at start say so").isPositive();
        jdbc.update("DELETE FROM route071_verkiezingsuitslag WHERE gemeente = 'zoeterwoude' AND verkiezingsdatum = DATE '2026-03-18'");
    }

    // ------------------------------------------------------------------ the vote as ODS Open Raadsinformatie

    @Test
    void een_vastgelegde_stemming_is_als_ods_open_raadsinformatie_op_te_vragen_met_gewicht_en_verkiezing() throws Exception {
        Griffie griffie = new Griffie(engine);
        Map<String, Object> formulier = new HashMap<>();
        formulier.put("titel", "Regionale woonagenda");
        formulier.put("ambitie", "wonen");
        formulier.put("soortBesluit", "kaderstellend");
        formulier.put("deelnemendeGemeenten", SpinValues.jsonValue(Spin.JSON(List.of("voorschoten", "leiderdorp"))).create());
        formulier.put("initiatief", "bestuurstafel");
        String nr = runtimeService.startProcessInstanceByKey("regionaalVoorstel", formulier).getBusinessKey();
        griffie.voltooi(nr, "werkgroep-wonen", "UserTask_VoorstelVoorbereiden", Map.of("voorstelTekst", "Samen bouwen"));
        griffie.voltooi(nr, "bestuurstafel-wonen", "UserTask_VoorstelVaststellen", Map.of("besluitBestuurstafel", "vaststellen"));
        griffie.voltooi(nr, "regiogriffie", "UserTask_BeeldvormingHouden", Map.of("vergaderdatumBeeldvorming", "2026-12-02", "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid", "toelichters", "wethouder"));
        griffie.voltooi(nr, "regiogriffie", "UserTask_OordeelsvormingHouden",
                Map.of("consensus", false, "vergaderdatumOordeelsvorming", "2026-12-09"));
        griffie.legStemmingVast(nr, "2026-12-09", regel -> switch (regel.prop("fractie").stringValue()) {
            case "VVD", "CDA" -> "tegen";
            case "SP", "DEMO-fractie E" -> "onthouding";
            default -> regel.prop("gemeenteId").stringValue().equals("leiderdorp") ? "afwezig" : "voor";
        });

        HttpResponse<String> zonder = get("/api/stemmingen/" + nr, null);
        HttpResponse<String> antwoord = get("/api/stemmingen/" + nr, "regiogriffier");
        HttpResponse<String> onbekend = get("/api/stemmingen/RV-1999-0001", "regiogriffier");

        assertThat(zonder.statusCode()).isEqualTo(401);
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonNode stemming = json.readTree(antwoord.body()).get("stemmingen").get(0);
        assertThat(stemming.get("@type").asText()).isEqualTo("Stemming");
        assertThat(stemming.get("datum").asText()).isEqualTo("2026-12-09");
        // GL/PvdA 2923 + Voorschoten Lokaal 2173 + D66 2048 + FvD 1222 = 8366 voor; VVD 2763 + CDA 1593 = 4356 tegen
        assertThat(stemming.get("gewogenVoor").asLong()).isEqualTo(2923 + 2173 + 2048 + 1222);
        assertThat(stemming.get("gewogenTegen").asLong()).isEqualTo(2763 + 1593);
        assertThat(stemming.get("resultaat").asText()).isEqualTo("aangenomen");
        assertThat(stemming.get("resultaatHerberekend").asText()).isEqualTo("aangenomen");
        assertThat(stemming.get("verkiezingen").toString()).contains("\"gemeente\":\"Voorschoten\",\"datum\":\"2026-03-18\",\"status\":\"voorlopig\"");
        List<String> perFractie = new ArrayList<>();
        for (JsonNode resultaat : stemming.get("stemresultatenPerFractie")) {
            assertThat(resultaat.get("@type").asText()).isEqualTo("StemresultaatPerFractie");
            JsonNode fractie = resultaat.get("fractie");
            assertThat(fractie.get("@type").asText()).isEqualTo("Fractie");
            perFractie.add(fractie.get("naam").asText() + "=" + resultaat.get("fractieStemresultaat").asText() + ":" + fractie.get("gewicht").asLong()
                    + (fractie.get("demo").asBoolean() ? ":DEMO" : ""));
        }
        assertThat(perFractie).contains("VVD=tegen:2763", "SP=onthouding:556", "DEMO-fractie A=afwezig:3000:DEMO");
        assertThat(stemming.get("stemmen").get(0).get("@type").asText()).isEqualTo("Stem");
    }

    // ------------------------------------------------------------------ helpers

    private long aantalRijen() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM route071_verkiezingsuitslag", Long.class);
    }

    private static List<String> regels(JsonNode fout) {
        List<String> regels = new ArrayList<>();
        fout.get("regels").forEach(r -> regels.add(r.get("regel").asInt() + ": " + r.get("melding").asText()));
        return regels;
    }

    private HttpResponse<String> post(String csv, String gebruiker, String wachtwoord) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/verkiezingsuitslagen"))
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (gebruiker != null) {
            verzoek.header("Authorization", basic(gebruiker, wachtwoord));
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String pad, String gebruiker) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).GET();
        if (gebruiker != null) {
            verzoek.header("Authorization", basic(gebruiker, "demo"));
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }
}
