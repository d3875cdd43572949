package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.route071.Griffie;
import nl.route071.Route071Test;
import nl.route071.evaluatie.Voorstelroute;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vote in the regiocommissie through the route {@code regionaalVoorstel}: stemlijst, form values, the DMN's rules. */
@Route071Test
class StemmingProcessTest {

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

    @AfterEach
    void klokTerug() {
        Voorstelroute.klokTerug();
    }

    @Test
    void een_vervalst_gewicht_van_een_miljard_verandert_de_uitslag_niet() {
        String nr = tot_stemming("2026-12-09", "voorschoten");
        Map<String, Object> formulier = griffie.stemformulier(nr, "2026-12-09", r -> fractie(r).equals("SP") ? "voor" : "tegen");
        SpinJsonNode stemmen = Spin.JSON(((org.camunda.spin.plugin.variable.value.JsonValue) formulier.get("stemmen")).getValueSerialized());
        stemmen.elements().stream().filter(r -> fractie(r).equals("SP")).forEach(r -> r.prop("gewicht", 1_000_000_000L));
        formulier.put("stemmen", SpinValues.jsonValue(stemmen.toString()).create());

        griffie.voltooi(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN, formulier);

        // SP's real 556 votes lose against the rest of Voorschoten's raad
        assertThat(historiek(nr, "stemuitslag")).isEqualTo("verworpen");
        SpinJsonNode vastgelegd = (SpinJsonNode) historiek(nr, VAR_STEMMEN);
        assertThat(vastgelegd.elements()).filteredOn(r -> fractie(r).equals("SP"))
                .singleElement().satisfies(r -> assertThat(r.prop("gewicht").numberValue().longValue()).isEqualTo(556L));
    }

    @Test
    void een_ontbrekende_fractie_of_een_onbekende_keuze_wordt_geweigerd_en_de_taak_blijft_open() {
        String nr = tot_stemming("2026-12-09", "voorschoten");
        String taak = griffie.taak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN).getId();
        Map<String, Object> zonderRij = new HashMap<>();
        zonderRij.put("stemmen", SpinValues.jsonValue("[{\"sleutel\": \"voorschoten:VVD\", \"stem\": \"voor\"}]").create());
        zonderRij.put("stemdatum", "2026-12-09");
        Map<String, Object> onbekendeKeuze = griffie.stemformulier(nr, "2026-12-09", r -> fractie(r).equals("VVD") ? "misschien" : "voor");

        assertThatThrownBy(() -> engine.getTaskService().complete(taak, zonderRij)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Kies bij Voorschoten – SP: voor, tegen, onthouding of afwezig (de fractie ontbreekt).");
        assertThatThrownBy(() -> engine.getTaskService().complete(taak, onbekendeKeuze)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("regel 2: ‘Stem’: ‘misschien’ is geen keuze van dit formulier");
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_VASTLEGGEN);
    }

    @Test
    void de_stemming_is_vastgelegd_bij_afronden_en_de_uitslag_volgt_in_een_eigen_transactie() {
        String nr = tot_stemming("2026-12-09", "voorschoten");
        String taak = griffie.taak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN).getId();
        engine.getTaskService().claim(taak, "regiogriffier");

        // as Tasklist completes it: the form service, nothing run after it
        engine.getFormService().submitTaskForm(taak, griffie.stemformulier(nr, "2026-12-09", r -> fractie(r).equals("SP") ? "tegen" : "voor"));

        // the save point after the task: the vote with its weights is stored, the outcome waits for its own job
        ProcessInstance voorstel = voorstel(nr);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(voorstel.getId()).count()).isZero();
        assertThat((SpinJsonNode) runtimeService.getVariable(voorstel.getId(), VAR_STEMMEN)).satisfies(s -> assertThat(s.elements())
                .isNotEmpty().allSatisfy(r -> assertThat(r.prop("gewicht").numberValue().longValue()).isPositive()));
        assertThat(runtimeService.getVariable(voorstel.getId(), VAR_STEMUITSLAG)).isNull();
        assertThat(voorstel).job(TASK_STEMMING_VASTLEGGEN).isNotNull();

        griffie.voerJobsUit(nr);

        assertThat(voorstel(nr)).hasPassedInOrder(TASK_STEMMING_VASTLEGGEN, RULE_STEMUITSLAG).isWaitingAt(TASK_ADVIES_OPSTELLEN)
                .variables().containsEntry(VAR_STEMUITSLAG, "aangenomen");
    }

    @Test
    void de_stemdatum_staat_klaar_met_de_vergaderdatum() {
        String nr = tot_stemming("2026-12-09", "voorschoten");

        assertThat(runtimeService.getVariable(voorstel(nr).getId(), "stemdatum")).isEqualTo("2026-12-09");
    }

    @Test
    void de_gewichten_wisselen_op_de_dag_dat_de_nieuwe_raad_is_geinstalleerd() {
        // election 18 March 2026; the new raad takes office on Wednesday 1 April 2026 (Kieswet art. C 4)
        String oudeRaad = tot_stemming("2026-03-31", "voorschoten");
        String nieuweRaad = tot_stemming("2026-04-01", "voorschoten");

        assertThat(lijst(oudeRaad).elements()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.prop("verkiezingsdatum").stringValue()).isEqualTo("2022-03-16"));
        assertThat(lijst(nieuweRaad).elements()).hasSize(7)
                .allSatisfy(r -> assertThat(r.prop("verkiezingsdatum").stringValue()).isEqualTo("2026-03-18"));
    }

    @Test
    void leidens_cda_sp_en_christenunie_van_2022_staan_op_de_stemlijst_met_gewicht_0_en_een_waarschuwing() {
        String nr = tot_stemming("2023-02-01", "leiden");

        assertThat(lijst(nr).elements()).filteredOn(r -> List.of("CDA", "SP", "ChristenUnie").contains(fractie(r))).hasSize(3)
                .allSatisfy(r -> {
                    assertThat(r.prop("gewicht").numberValue().longValue()).isZero();
                    assertThat(r.prop("waarschuwing").stringValue()).contains("Aantal stemmen onbekend");
                });
        assertThat((String) runtimeService.getVariable(voorstel(nr).getId(), "stemlijstWaarschuwingen"))
                .contains("Leiden – CDA: aantal stemmen onbekend").contains("Leiden – ChristenUnie: aantal stemmen onbekend");
    }

    @Test
    void staken_de_stemmen_in_een_voltallige_vergadering_dan_is_het_voorstel_meteen_verworpen() {
        // Leiden 2022 (DEMO votes): GroenLinks 12000 voor; D66 7200 + PvdA 4800 tegen; every other fractie abstains
        String nr = tot_stemming("2023-02-01", "leiden");

        griffie.legStemmingVast(nr, "2023-02-01", r -> switch (fractie(r)) {
            case "GroenLinks" -> "voor";
            case "D66", "PvdA" -> "tegen";
            default -> "onthouding";
        });

        assertThat(historiek(nr, "stemuitslag")).isEqualTo("verworpen");
        assertThat(voorstel(nr)).hasNotPassed(TASK_STEMMING_AGENDEREN);
    }

    @Test
    void stemt_niemand_voor_of_tegen_dan_volgt_de_volgende_vergadering_en_de_tweede_keer_is_het_verworpen() {
        String nr = tot_stemming("2026-12-09", "voorschoten");

        griffie.legStemmingVast(nr, "2026-12-09", r -> "onthouding");
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_AGENDEREN).variables().containsEntry(VAR_STEMUITSLAG, "geenStemmen");
        griffie.voltooi(nr, "regiogriffie", TASK_STEMMING_AGENDEREN, Map.of("vergaderdatumStemming", "2027-01-20"));

        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_VASTLEGGEN).variables().containsEntry("eerderGeenStemmen", true)
                .containsEntry(VAR_STEMRONDE, 1);
        griffie.legStemmingVast(nr, "2027-01-20", r -> r.prop("gewicht").numberValue().longValue() > 2000 ? "onthouding" : "afwezig");

        assertThat(historiek(nr, "stemuitslag")).isEqualTo("verworpen");
        assertThat(voorstel(nr)).hasPassedInOrder(TASK_STEMMING_VASTLEGGEN, TASK_STEMMING_AGENDEREN, TASK_STEMMING_VASTLEGGEN, RULE_STEMUITSLAG);
    }

    @Test
    void in_de_opnieuw_belegde_vergadering_na_geen_quorum_telt_de_stemming_met_wie_er_is() {
        String nr = tot_stemming("2026-12-09", "leiden", "oegstgeest", "voorschoten");
        Function<SpinJsonNode, String> alleenVoorschoten = r -> r.prop("gemeenteId").stringValue().equals("voorschoten")
                ? fractie(r).equals("SP") ? "tegen" : "voor" : "afwezig";

        griffie.legStemmingVast(nr, "2026-12-09", alleenVoorschoten);
        assertThat(voorstel(nr)).isWaitingAt(TASK_STEMMING_AGENDEREN).variables().containsEntry(VAR_STEMUITSLAG, "geenQuorum");
        griffie.voltooi(nr, "regiogriffie", TASK_STEMMING_AGENDEREN, Map.of("vergaderdatumStemming", "2027-01-20"));

        // again only Voorschoten: Gemeentewet art. 20 lid 3, the quorum does not apply to the same vote
        griffie.legStemmingVast(nr, "2027-01-20", alleenVoorschoten);
        assertThat(historiek(nr, "stemuitslag")).isEqualTo("aangenomen");
        assertThat(voorstel(nr)).hasPassedInOrder(TASK_STEMMING_VASTLEGGEN, TASK_STEMMING_AGENDEREN, TASK_STEMMING_VASTLEGGEN);
    }

    // ------------------------------------------------------------------ steps

    /** A proposal up to the stemming task, with the vote in the meeting of the given date. */
    private String tot_stemming(String vergaderdatum, String... gemeenten) {
        // the route runs on the day of the meeting: a form's date must lie near the engine clock's day
        Voorstelroute.op(vergaderdatum);
        Map<String, Object> start = new HashMap<>();
        start.put(VAR_TITEL, "Regionale woonagenda");
        start.put(VAR_AMBITIE, "wonen");
        start.put(VAR_SOORT_BESLUIT, "kaderstellend");
        start.put(VAR_DEELNEMENDE_GEMEENTEN, SpinValues.jsonValue(Spin.JSON(List.of(gemeenten))).create());
        start.put(VAR_INITIATIEF, "bestuurstafel");
        String nr = runtimeService.startProcessInstanceByKey(PROCESS_ID, start).getBusinessKey();
        griffie.voltooi(nr, "werkgroep-wonen", TASK_VOORSTEL_VOORBEREIDEN, Map.of("voorstelTekst", "Samen 2.000 woningen per jaar"));
        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "vaststellen"));
        griffie.voltooi(nr, "regiogriffie", TASK_BEELDVORMING_HOUDEN,
                Map.of("vergaderdatumBeeldvorming", vergaderdatum, "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid", "toelichters", "wethouder Leiden en Universiteit Leiden"));
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN,
                Map.of(VAR_CONSENSUS, false, "vergaderdatumOordeelsvorming", vergaderdatum));
        return nr;
    }

    private ProcessInstance voorstel(String nr) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).processDefinitionKey(PROCESS_ID).singleResult();
    }

    private SpinJsonNode lijst(String nr) {
        return (SpinJsonNode) runtimeService.getVariable(voorstel(nr).getId(), "stemlijst");
    }

    private Object historiek(String nr, String variabele) {
        String id = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr).processDefinitionKey(PROCESS_ID)
                .singleResult().getId();
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(variabele).singleResult().getValue();
    }

    private static String fractie(SpinJsonNode regel) {
        return regel.prop("fractie").stringValue();
    }
}
