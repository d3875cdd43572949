package nl.route071.raad;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.ProcessCoverage;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per council decision in {@code raadsbehandeling}: ja-mits, deviations and verantwoording. */
@Route071Test
@ProcessCoverage
class RaadsbehandelingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;

    Griffie griffie;

    @BeforeEach
    void setUp() {
        init(engine);
        griffie = new Griffie(engine);
    }

    @Test
    void een_raad_die_conform_besluit_wijkt_niet_af_en_gaat_door() {
        ProcessInstance raad = behandel("volledig", "conform", Map.of());

        assertThat(raad).isEnded().hasNotPassed(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("afwijking", false).containsEntry("verantwoordingVereist", false)
                .containsEntry("gaatDoor", true);
    }

    @Test
    void een_amendement_binnen_de_hoofdlijnen_van_het_advies_is_geen_afwijking() {
        ProcessInstance raad = behandel("hoofdlijnen", "geamendeerd",
                Map.of("amendementTekst", "Meer sociale huur", "amendementBinnenHoofdlijnen", true));

        assertThat(raad).isEnded().hasNotPassed(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("afwijking", false).containsEntry("gaatDoor", true);
    }

    @Test
    void een_amendement_buiten_de_hoofdlijnen_is_een_afwijking_met_verantwoording() {
        ProcessInstance raad = behandel("hoofdlijnen", "geamendeerd",
                Map.of("amendementTekst", "Geen woningen in het groen", "amendementBinnenHoofdlijnen", false));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("afwijking", true).containsEntry("gaatDoor", true);
        griffie.taak(raad.getBusinessKey(), "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN);
    }

    @Test
    void een_amendement_op_een_volledig_advies_is_een_afwijking() {
        ProcessInstance raad = behandel("volledig", "geamendeerd", Map.of("amendementTekst", "Andere fasering"));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("afwijking", true);
    }

    @Test
    void een_verworpen_advies_vraagt_verantwoording_en_gaat_niet_door() {
        ProcessInstance raad = behandel("volledig", "verworpen", Map.of());

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("verantwoordingVereist", true).containsEntry("gaatDoor", false);
    }

    @Test
    void een_aangehouden_besluit_vraagt_verantwoording_en_gaat_niet_door() {
        ProcessInstance raad = behandel("volledig", "aangehouden", Map.of());

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("verantwoordingVereist", true).containsEntry("gaatDoor", false);
    }

    @Test
    void de_regiogriffie_agendeert_en_legt_de_verantwoording_vast_waarna_de_behandeling_eindigt() {
        ProcessInstance raad = behandel("volledig", "verworpen", Map.of());
        String nr = raad.getBusinessKey();

        griffie.voltooi(nr, "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN,
                Map.of("vergaderdatumVerantwoording", "2027-03-01"));
        griffie.voltooi(nr, "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_VASTLEGGEN,
                Map.of("verantwoording", "De raad wacht op de regionale woningmarktanalyse."));
        griffie.voerJobsUit(nr);

        assertThat(raad).isEnded().hasPassedInOrder(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN, RaadsbehandelingProcess.TASK_VERANTWOORDING_VASTLEGGEN,
                RaadsbehandelingProcess.END_AFGEROND);
    }

    @Test
    void alleen_de_griffie_van_de_eigen_gemeente_krijgt_de_raadstaken() {
        ProcessInstance raad = start("volledig");

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).task().hasCandidateGroup("griffie-voorschoten");
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(raad.getBusinessKey(), "griffie-leiden")).isZero();
    }

    private ProcessInstance start(String adviesType) {
        String nr = "RV-TEST-" + UUID.randomUUID();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("voorstelnummer", nr);
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("gemeente", "voorschoten");
        variabelen.put("adviesType", adviesType);
        variabelen.put("adviesTekst", "Stem in met de woonagenda");
        variabelen.put("adviesdatum", "2026-12-10");
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        griffie.voerJobsUit(nr);
        return raad;
    }

    private ProcessInstance behandel(String adviesType, String raadsbesluit, Map<String, Object> extra) {
        ProcessInstance raad = start(adviesType);
        String nr = raad.getBusinessKey();
        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", "2027-01-20"));
        Map<String, Object> formulier = new HashMap<>(extra);
        formulier.put("raadsbesluit", raadsbesluit);
        formulier.put("besluitdatum", "2027-01-20");
        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN, formulier);
        griffie.voerJobsUit(nr);
        return raad;
    }
}
