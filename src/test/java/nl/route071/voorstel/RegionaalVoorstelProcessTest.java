package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.route071.Griffie;
import nl.route071.ProcessCoverage;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of the main route, {@code regionaalVoorstel}. */
@Route071Test
@ProcessCoverage
class RegionaalVoorstelProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    Griffie griffie;

    @BeforeEach
    void setUp() {
        init(engine);
        griffie = new Griffie(engine);
    }

    // ------------------------------------------------------------------ bestuurstafel

    @Test
    void een_ingediend_voorstel_krijgt_een_nummer_en_komt_bij_de_werkgroep_van_de_ambitie() {
        ProcessInstance voorstel = dien_in("kaderstellend", "leiden", "voorschoten");

        assertThat(voorstel.getBusinessKey()).matches("RV-" + Year.now().getValue() + "-\\d{4}");
        assertThat(voorstel).isWaitingAt(TASK_VOORSTEL_VOORBEREIDEN);
        assertThat(voorstel).variables().containsEntry(VAR_VOORSTELNUMMER, voorstel.getBusinessKey());
        assertThat(griffie.taak(voorstel.getBusinessKey(), "werkgroep-wonen", TASK_VOORSTEL_VOORBEREIDEN)).isNotNull();
    }

    @Test
    void twee_voorstellen_krijgen_opvolgende_nummers() {
        String eerste = dien_in("kaderstellend", "leiden").getBusinessKey();
        String tweede = dien_in("kaderstellend", "leiden").getBusinessKey();

        int volgnummer = Integer.parseInt(eerste.substring(eerste.lastIndexOf('-') + 1));
        assertThat(tweede).endsWith(String.format("-%04d", volgnummer + 1));
    }

    @Test
    void een_voorstel_met_een_onbekende_gemeente_wordt_geweigerd_en_start_niet() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
        Map<String, Object> formulier = formulier("kaderstellend", "leiden", "katwijk");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_ID, formulier))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("‘Deelnemende gemeenten’: ‘katwijk’ is geen keuze van dit formulier");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isEqualTo(voor);
    }

    @Test
    void de_bestuurstafel_stuurt_het_voorstel_terug_naar_de_werkgroep() {
        String nr = dien_in("kaderstellend", "leiden").getBusinessKey();
        bereid_voor(nr);

        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "terugsturen"));

        assertThat(voorstel(nr)).isWaitingAt(TASK_VOORSTEL_VOORBEREIDEN).hasPassed(TASK_VOORSTEL_VASTSTELLEN);
    }

    @Test
    void de_bestuurstafel_trekt_het_voorstel_in() {
        ProcessInstance voorstel = dien_in("kaderstellend", "leiden");
        String nr = voorstel.getBusinessKey();
        bereid_voor(nr);

        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "intrekken"));

        assertThat(voorstel).isEnded().hasPassed(END_INGETROKKEN).hasNotPassed(RULE_BEVOEGD_ORGAAN);
    }

    // ------------------------------------------------------------------ regiocommissie

    @Test
    void consensus_in_de_regiocommissie_brengt_het_voorstel_langs_raden_en_uitvoering_tot_het_einde() {
        ProcessInstance voorstel = dien_in("kaderstellend", "leiden", "voorschoten");
        String nr = voorstel.getBusinessKey();
        tot_oordeelsvorming(nr);

        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", "2026-12-09"));
        stel_advies_op(nr, "volledig");
        raad_besluit(nr, "leiden", "conform");
        raad_besluit(nr, "voorschoten", "conform");

        assertThat(voorstel).hasPassed(RULE_DOORGANG).isWaitingAt(CALL_UITVOERING)
                .hasNotPassed(TASK_STEMMING_VASTLEGGEN).variables().containsEntry(VAR_DOORGANG, "alle");
        voer_uit(nr, "leiden");
        voer_uit(nr, "voorschoten");

        assertThat(voorstel).isEnded().hasPassedInOrder(TASK_VOORSTEL_VOORBEREIDEN, TASK_VOORSTEL_VASTSTELLEN,
                TASK_BEELDVORMING_HOUDEN, TASK_OORDEELSVORMING_HOUDEN, TASK_ADVIES_OPSTELLEN, CALL_RAADSBEHANDELING,
                RULE_DOORGANG, CALL_UITVOERING, END_UITGEVOERD);
    }

    @Test
    void een_aangenomen_stemming_leidt_tot_een_gezamenlijk_advies() {
        String nr = dien_in("kaderstellend", "leiden", "voorschoten").getBusinessKey();
        tot_stemming(nr);

        stem(nr, 1, fractie -> List.of("Voorschoten/SP", "Voorschoten/Forum voor Democratie", "Leiden/Studenten voor Leiden")
                .contains(fractie) ? "tegen" : "voor");

        assertThat(voorstel(nr)).isWaitingAt(TASK_ADVIES_OPSTELLEN).variables().containsEntry(VAR_STEMUITSLAG, "aangenomen");
    }

    @Test
    void een_stemming_zonder_tegenstemmen_is_consensus() {
        String nr = dien_in("kaderstellend", "voorschoten").getBusinessKey();
        tot_stemming(nr);

        stem(nr, 1, fractie -> fractie.equals("Voorschoten/SP") ? "onthouding" : "voor");

        assertThat(voorstel(nr)).isWaitingAt(TASK_ADVIES_OPSTELLEN).variables().containsEntry(VAR_STEMUITSLAG, "consensus");
    }

    @Test
    void een_verworpen_stemming_gaat_terug_naar_de_bestuurstafel() {
        String nr = dien_in("kaderstellend", "voorschoten").getBusinessKey();
        tot_stemming(nr);

        stem(nr, 1, fractie -> "tegen");

        assertThat(voorstel(nr)).isWaitingAt(TASK_VOORSTEL_VASTSTELLEN).hasNotPassed(TASK_ADVIES_OPSTELLEN)
                .variables().containsEntry(VAR_STEMUITSLAG, "verworpen");
    }

    @Test
    void een_fractie_die_zowel_voor_als_tegen_staat_wordt_geweigerd_en_de_stemming_blijft_open() {
        String nr = dien_in("kaderstellend", "voorschoten").getBusinessKey();
        tot_stemming(nr);
        Map<String, Object> formulier = new HashMap<>();
        formulier.put("stemmenVoor", SpinValues.jsonValue("[\"voorschoten:VVD\"]").create());
        formulier.put("stemmenTegen", SpinValues.jsonValue("[\"voorschoten:VVD\", \"voorschoten:SP\"]").create());
        formulier.put("stemdatum", "2026-12-09");
        String taak = griffie.taak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taak, formulier))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("‘Fracties die tegen stemden’: ‘voorschoten:VVD’ is geen keuze van dit formulier");
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_VASTLEGGEN);
        assertThat(runtimeService.getVariable(voorstel(nr).getId(), "stemmenTegen").toString()).isEqualTo("[]");
    }

    @Test
    void staken_der_stemmen_geeft_een_herstemming_in_de_volgende_vergadering_en_opnieuw_staken_verwerpt_het_voorstel() {
        String nr = dien_in("kaderstellend", "leiden", "voorschoten").getBusinessKey();
        tot_stemming(nr);
        Map<String, String> gelijk = gelijk_verdeeld(nr);

        stem(nr, 1, gelijk::get);
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_AGENDEREN).variables().containsEntry(VAR_STEMUITSLAG, "staken");
        griffie.voltooi(nr, "regiogriffie", TASK_STEMMING_AGENDEREN, Map.of("vergaderdatumStemming", "2027-01-20"));

        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_VASTLEGGEN).variables().containsEntry(VAR_STEMRONDE, 2)
                .containsEntry("vergaderdatumStemming", "2027-01-20");
        stem(nr, 2, gelijk::get);
        assertThat(voorstel(nr)).isWaitingAt(TASK_VOORSTEL_VASTSTELLEN).variables().containsEntry(VAR_STEMUITSLAG, "verworpen");
        assertThat(voorstel(nr)).hasPassedInOrder(TASK_STEMMING_VASTLEGGEN, TASK_STEMMING_AGENDEREN, SERVICE_STEMLIJST_KLAARZETTEN,
                TASK_STEMMING_VASTLEGGEN);
    }

    @Test
    void zonder_quorum_gaat_de_stemming_in_dezelfde_ronde_naar_de_volgende_vergadering() {
        String nr = dien_in("kaderstellend", "leiden", "oegstgeest", "voorschoten").getBusinessKey();
        tot_stemming(nr);

        // only Voorschoten's fracties are there: one of three gemeenten
        stem(nr, 1, fractie -> fractie.startsWith("Voorschoten/") ? "voor" : "afwezig");
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_AGENDEREN).hasNotPassed(TASK_ADVIES_OPSTELLEN)
                .variables().containsEntry(VAR_STEMUITSLAG, "geenQuorum");
        griffie.voltooi(nr, "regiogriffie", TASK_STEMMING_AGENDEREN, Map.of("vergaderdatumStemming", "2027-01-20"));

        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_VASTLEGGEN).variables().containsEntry(VAR_STEMRONDE, 1);
        stem(nr, 1, fractie -> fractie.startsWith("Leiden/") ? "afwezig" : "voor");
        assertThat(voorstel(nr)).isWaitingAt(TASK_ADVIES_OPSTELLEN).variables().containsEntry(VAR_STEMUITSLAG, "consensus");
    }

    @Test
    void de_gewogen_uitslag_in_voorschoten_volgt_de_echte_voorlopige_stemmen_van_2026() throws Exception {
        String nr = dien_in("kaderstellend", "voorschoten").getBusinessKey();
        tot_stemming(nr);
        // the real provisional 2026 votes, read here straight from the shared data file
        Map<String, Long> echt = voorschoten2026();
        Map<String, String> stemVan = Map.of("GROENLINKS / Partij van de Arbeid (PvdA)", "voor", "VVD", "tegen",
                "Voorschoten Lokaal", "tegen", "D66", "voor", "CDA", "onthouding", "Forum voor Democratie", "tegen", "SP", "voor");
        long voor = 0;
        long tegen = 0;
        for (Map.Entry<String, String> stem : stemVan.entrySet()) {
            voor += stem.getValue().equals("voor") ? echt.get(stem.getKey()) : 0;
            tegen += stem.getValue().equals("tegen") ? echt.get(stem.getKey()) : 0;
        }
        // GL/PvdA 2923 + D66 2048 + SP 556 = 5527 voor; VVD 2763 + Voorschoten Lokaal 2173 + FvD 1222 = 6158 tegen
        String verwacht = voor > tegen ? "aangenomen" : voor < tegen ? "verworpen" : "staken";

        stem(nr, 1, fractie -> stemVan.get(fractie.substring("Voorschoten/".length())));

        SpinJsonNode stemmen = (SpinJsonNode) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(voorstelId(nr)).variableName(VAR_STEMMEN).singleResult().getValue();
        assertThat(stemmen.elements()).hasSize(7).allSatisfy(regel -> {
            assertThat(regel.prop("gewicht").numberValue().longValue()).isEqualTo(echt.get(regel.prop("fractie").stringValue()));
            assertThat(regel.prop("verkiezingsdatum").stringValue()).isEqualTo("2026-03-18");
            assertThat(regel.prop("status").stringValue()).isEqualTo("voorlopig");
            assertThat(regel.prop("stemdatum").stringValue()).isEqualTo("2026-12-09");
        });
        assertThat(verwacht).isEqualTo("verworpen");
        assertThat(voorstel(nr)).isWaitingAt(TASK_VOORSTEL_VASTSTELLEN).variables().containsEntry(VAR_STEMUITSLAG, verwacht);
    }

    @Test
    void de_stemlijst_zegt_de_griffier_welke_cijfers_ontbreken_in_plaats_van_ze_te_verzinnen() {
        String nr = dien_in("kaderstellend", "leiden", "oegstgeest").getBusinessKey();
        // on 1 February 2023 the election of 16 March 2022 is in force; for Oegstgeest only seats are known
        tot_stemming(nr, "2023-02-01");

        SpinJsonNode lijst = (SpinJsonNode) runtimeService.getVariable(voorstel(nr).getId(), VAR_STEMMEN);
        assertThat(lijst.elements()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.prop("gemeenteId").stringValue()).isEqualTo("leiden");
            assertThat(r.prop("verkiezingsdatum").stringValue()).isEqualTo("2022-03-16");
            assertThat(r.prop("bron").stringValue()).startsWith("DEMO");
        });
        assertThat((String) runtimeService.getVariable(voorstel(nr).getId(), "stemlijstWaarschuwingen"))
                .contains("Oegstgeest – Progressief Oegstgeest (PrO): aantal stemmen onbekend")
                .contains("Oegstgeest – BVNL: aantal stemmen onbekend");

        // and on 9 December 2026 Leiden still weighs with 2022: the 2026 result is not in the data
        String later = dien_in("kaderstellend", "leiden").getBusinessKey();
        tot_stemming(later);
        assertThat((String) runtimeService.getVariable(voorstel(later).getId(), "stemlijstWaarschuwingen"))
                .isEqualTo("Voor Leiden ontbreekt de uitslag van de verkiezing van 18-03-2026; de gewichten komen uit de verkiezing van 16-03-2022.");
    }

    @Test
    void een_fractie_die_niet_in_de_uitslag_van_de_geldende_verkiezing_staat_kan_niet_stemmen() {
        String nr = dien_in("kaderstellend", "voorschoten").getBusinessKey();
        // the meeting of 10 March 2022 weighs with the election of 21 March 2018, in which ONS Voorschoten won 3 seats
        tot_stemming(nr, "2022-03-10");
        SpinJsonNode lijst = (SpinJsonNode) runtimeService.getVariable(voorstel(nr).getId(), VAR_STEMMEN);
        assertThat(lijst.elements()).extracting(r -> r.prop("fractie").stringValue()).contains("ONS Voorschoten");
        Map<String, Object> formulier = new HashMap<>();
        formulier.put("stemmenVoor", SpinValues.jsonValue("[\"voorschoten:ONS Voorschoten\"]").create());
        // but the vote is recorded on 20 March 2022, after the election of 16 March 2022
        formulier.put("stemdatum", "2022-03-20");
        String taak = griffie.taak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taak, formulier))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Voorschoten – ONS Voorschoten staat niet in de uitslag van de verkiezing van 16-03-2022, die op 20-03-2022 geldt")
                .hasMessageContaining("opgesteld voor de vergadering van 10-03-2022");
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_VASTLEGGEN);
        assertThat(runtimeService.getVariable(voorstel(nr).getId(), "stemdatum")).isNull();
        assertThat(((SpinJsonNode) runtimeService.getVariable(voorstel(nr).getId(), VAR_STEMMEN)).elements())
                .allSatisfy(r -> assertThat(r.prop("stem").isNull()).isTrue());
    }

    // ------------------------------------------------------------------ raden and colleges

    @Test
    void wanneer_geen_enkele_raad_het_advies_overneemt_gaat_het_voorstel_terug_naar_de_bestuurstafel() {
        ProcessInstance voorstel = dien_in("kaderstellend", "leiden", "oegstgeest");
        String nr = voorstel.getBusinessKey();
        tot_oordeelsvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", "2026-12-09"));
        stel_advies_op(nr, "volledig");

        raad_besluit(nr, "leiden", "verworpen");
        verantwoord(nr);
        raad_besluit(nr, "oegstgeest", "verworpen");
        verantwoord(nr);

        assertThat(voorstel).isWaitingAt(TASK_VOORSTEL_VASTSTELLEN).hasNotPassed(CALL_UITVOERING)
                .variables().containsEntry(VAR_DOORGANG, "terug");
    }

    @Test
    void alleen_de_gemeenten_die_het_advies_overnemen_gaan_door_naar_de_uitvoering() {
        ProcessInstance voorstel = dien_in("kaderstellend", "leiden", "zoeterwoude");
        String nr = voorstel.getBusinessKey();
        tot_oordeelsvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", "2026-12-09"));
        stel_advies_op(nr, "hoofdlijnen");

        raad_besluit(nr, "leiden", "geamendeerd", Map.of("amendementTekst", "Extra fietsenstalling", "amendementBinnenHoofdlijnen", true));
        raad_besluit(nr, "zoeterwoude", "verworpen");
        verantwoord(nr);

        assertThat(voorstel).isWaitingAt(CALL_UITVOERING).variables().containsEntry(VAR_DOORGANG, "instemmers");
        assertThat(griffie.openTaken(nr)).extracting(t -> t.getTaskDefinitionKey()).containsExactly("UserTask_UitvoeringOrganiseren");
        griffie.taak(nr, "uitvoering-leiden", "UserTask_UitvoeringOrganiseren");
    }

    @Test
    void een_collegebevoegd_voorstel_gaat_langs_elk_college_en_niet_langs_de_regiocommissie() {
        ProcessInstance voorstel = dien_in("uitvoeringsbesluit", "leiderdorp", "voorschoten");
        String nr = voorstel.getBusinessKey();
        bereid_voor(nr);
        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "vaststellen"));

        assertThat(voorstel).isWaitingAt(CALL_COLLEGEBESLUIT).variables().containsEntry(VAR_BEVOEGD_ORGAAN, "college");
        for (String gemeente : List.of("leiderdorp", "voorschoten")) {
            griffie.voltooi(nr, "college-" + gemeente, "UserTask_CollegebesluitVastleggen",
                    Map.of("collegebesluit", "ingestemd", "besluitdatum", "2026-12-01"));
        }
        griffie.voerJobsUit(nr);

        assertThat(voorstel).isWaitingAt(CALL_UITVOERING).hasNotPassed(TASK_BEELDVORMING_HOUDEN)
                .variables().containsEntry(VAR_DOORGANG, "alle");
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance dien_in(String soortBesluit, String... gemeenten) {
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, formulier(soortBesluit, gemeenten));
    }

    private Map<String, Object> formulier(String soortBesluit, String... gemeenten) {
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_TITEL, "Regionale woonagenda");
        formulier.put(VAR_AMBITIE, "wonen");
        formulier.put(VAR_SOORT_BESLUIT, soortBesluit);
        formulier.put(VAR_DEELNEMENDE_GEMEENTEN, SpinValues.jsonValue(Spin.JSON(List.of(gemeenten))).create());
        formulier.put(VAR_INITIATIEF, "bestuurstafel");
        return formulier;
    }

    private ProcessInstance voorstel(String nr) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).processDefinitionKey(PROCESS_ID)
                .singleResult();
    }

    private void bereid_voor(String nr) {
        griffie.voltooi(nr, "werkgroep-wonen", TASK_VOORSTEL_VOORBEREIDEN, Map.of("voorstelTekst", "Samen 2.000 woningen per jaar"));
    }

    private void tot_oordeelsvorming(String nr) {
        bereid_voor(nr);
        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "vaststellen"));
        griffie.voltooi(nr, "regiogriffie", TASK_BEELDVORMING_HOUDEN,
                Map.of("vergaderdatumBeeldvorming", "2026-12-02", "toelichters", "wethouder Leiden en Universiteit Leiden"));
    }

    private void tot_stemming(String nr) {
        tot_stemming(nr, "2026-12-09");
    }

    /** No consensus in the meeting of the given date: the vote follows in the same meeting. */
    private void tot_stemming(String nr, String vergaderdatum) {
        tot_oordeelsvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN,
                Map.of(VAR_CONSENSUS, false, "vergaderdatumOordeelsvorming", vergaderdatum));
    }

    private String voorstelId(String nr) {
        return voorstel(nr).getId();
    }

    /** Votes per list in Voorschoten at the election of 2026, from the shared data (not from the application). */
    private static Map<String, Long> voorschoten2026() throws java.io.IOException {
        Map<String, Long> stemmen = new HashMap<>();
        for (String regel : java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/referentie/verkiezingsuitslagen.csv"))) {
            String[] kolommen = regel.split(",", 6);
            if (kolommen[0].equals("2026") && kolommen[1].equals("Voorschoten")) {
                stemmen.put(kolommen[2], Long.parseLong(kolommen[3]));
            }
        }
        return stemmen;
    }

    /** Records each fractie's vote on the stemming form, as the regiogriffie does in Tasklist. */
    private void stem(String nr, int verwachteRonde, java.util.function.Function<String, String> stemVan) {
        assertThat(runtimeService.getVariable(voorstel(nr).getId(), VAR_STEMRONDE)).isEqualTo(verwachteRonde);
        String stemdatum = (String) runtimeService.getVariable(voorstel(nr).getId(), "vergaderdatumStemming");
        griffie.legStemmingVast(nr, stemdatum, regel -> stemVan.apply(sleutel(regel)));
    }

    /** A fractie on the stemming form: its gemeente and name (the same party name occurs in several gemeenten). */
    private static String sleutel(SpinJsonNode regel) {
        return regel.prop("gemeente").stringValue() + "/" + regel.prop("fractie").stringValue();
    }

    /** Votes for and against with equal weight: the largest fracties alternately, weights summed until equal. */
    private Map<String, String> gelijk_verdeeld(String nr) {
        SpinJsonNode stemmen = (SpinJsonNode) runtimeService.getVariable(voorstel(nr).getId(), VAR_STEMMEN);
        Map<String, String> verdeling = new HashMap<>();
        SpinJsonNode eerste = stemmen.elements().get(0);
        long gewicht = eerste.prop("gewicht").numberValue().longValue();
        verdeling.put(sleutel(eerste), "voor");
        // a fractie with the same weight voting against gives a tie; find one, else split the rest by weight
        for (SpinJsonNode regel : stemmen.elements().subList(1, stemmen.elements().size())) {
            verdeling.put(sleutel(regel), "afwezig");
        }
        long tegen = 0;
        for (SpinJsonNode regel : stemmen.elements().subList(1, stemmen.elements().size())) {
            long g = regel.prop("gewicht").numberValue().longValue();
            if (tegen + g <= gewicht) {
                verdeling.put(sleutel(regel), "tegen");
                tegen += g;
            }
        }
        assertThat(tegen).as("test data must allow a tie").isEqualTo(gewicht);
        // a gemeente with no fractie voting abstains with one fractie, so the vote has its quorum
        java.util.Set<String> aanwezig = new java.util.HashSet<>();
        verdeling.forEach((fractie, stem) -> {
            if (!stem.equals("afwezig")) {
                aanwezig.add(fractie.substring(0, fractie.indexOf('/')));
            }
        });
        for (SpinJsonNode regel : stemmen.elements()) {
            if (aanwezig.add(regel.prop("gemeente").stringValue())) {
                verdeling.put(sleutel(regel), "onthouding");
            }
        }
        return verdeling;
    }

    private void stel_advies_op(String nr, String adviesType) {
        griffie.voltooi(nr, "regiogriffie", TASK_ADVIES_OPSTELLEN,
                Map.of(VAR_ADVIES_TYPE, adviesType, "adviesTekst", "Stem in met de woonagenda", VAR_ADVIESDATUM, "2026-12-10"));
    }

    private void raad_besluit(String nr, String gemeente, String raadsbesluit) {
        raad_besluit(nr, gemeente, raadsbesluit, Map.of());
    }

    private void raad_besluit(String nr, String gemeente, String raadsbesluit, Map<String, Object> extra) {
        griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_AdviesAgenderen", Map.of("raadsvergadering", "2027-01-20"));
        Map<String, Object> formulier = new HashMap<>(extra);
        formulier.put("raadsbesluit", raadsbesluit);
        formulier.put("besluitdatum", "2027-01-20");
        griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_RaadsbesluitVastleggen", formulier);
        griffie.voerJobsUit(nr);
    }

    private void verantwoord(String nr) {
        griffie.voltooi(nr, "regiogriffie", "UserTask_VerantwoordingAgenderen", Map.of("vergaderdatumVerantwoording", "2027-03-01"));
        griffie.voltooi(nr, "regiogriffie", "UserTask_VerantwoordingVastleggen", Map.of("verantwoording", "De raad wil eerst een second opinion."));
        griffie.voerJobsUit(nr);
    }

    private void voer_uit(String nr, String gemeente) {
        griffie.voltooi(nr, "uitvoering-" + gemeente, "UserTask_UitvoeringOrganiseren", Map.of("uitvoerder", "zelf"));
        griffie.voltooi(nr, "uitvoering-" + gemeente, "UserTask_UitvoeringGereedMelden",
                Map.of("gereedDatum", "2027-06-30", "eindverslag", "Gereed"));
        griffie.voerJobsUit(nr);
    }
}
