package nl.route071.raad;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.ProcessCoverage;
import nl.route071.Route071Test;

import nl.route071.evaluatie.Voorstelroute;
import nl.route071.notificatie.Notificaties;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
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
    @Autowired
    Notificaties notificaties;
    @Autowired
    RepositoryService repositoryService;

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
    void een_aangehouden_besluit_is_niet_definitief_de_raad_besluit_later_en_dan_telt_dat_besluit() {
        ProcessInstance raad = behandel("volledig", "aangehouden", Map.of());
        String nr = raad.getBusinessKey();

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN)
                .hasNotPassed(RaadsbehandelingProcess.RULE_AFWIJKING).variables().containsEntry("raadsbesluit", "aangehouden");
        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                Map.of("raadsbesluit", "conform", "besluitdatum", "2027-02-17"));

        assertThat(raad).isEnded().hasNotPassed(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("raadsbesluit", "conform").containsEntry("gaatDoor", true);
    }

    @Test
    void na_een_aangehouden_besluit_lopen_herinnering_en_escalatie_door() {
        try {
            Voorstelroute.op("2026-02-10");
            ProcessInstance raad = start("volledig", "kaderstellend", "2026-02-10");
            String nr = raad.getBusinessKey();
            griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN, Map.of("raadsvergadering", "2026-03-02"));
            griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                    Map.of("raadsbesluit", "aangehouden", "besluitdatum", "2026-03-02"));

            Voorstelroute.op("2026-03-24");
            griffie.voerJobsUit(nr);
            Voorstelroute.op("2026-04-10");
            griffie.voerJobsUit(nr);

            assertThat(raad).hasPassed("SendTask_TermijnHerinneren", "SendTask_TermijnEscaleren")
                    .isWaitingAt(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN);
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @Test
    void het_college_biedt_het_voorstel_aan_de_eigen_raad_aan_voordat_de_griffie_het_agendeert() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "voorschoten",
                        "adviesType", "volledig", "adviesTekst", "Stem in", "adviesdatum", "2026-12-10"));
        griffie.voerJobsUit(nr);

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN).task().hasCandidateGroup("college-voorschoten");
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "griffie-voorschoten")).isZero();
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "college-leiden")).isZero();
        griffie.voltooi(nr, "college-voorschoten", RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN,
                Map.of("aanbiedingsdatum", "2026-12-14", "aanbiedingToelichting", "Het college stelt voor in te stemmen."));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).task().hasCandidateGroup("griffie-voorschoten");
        assertThat(raad).hasPassed(RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN).variables().containsEntry("aanbiedingsdatum", "2026-12-14");
    }

    @Test
    void een_raad_die_een_negatief_advies_volgt_en_niet_instemt_wijkt_niet_af_en_doet_niet_mee() {
        ProcessInstance raad = behandel("volledig", "verworpen", Map.of("adviesUitkomst", "negatief"));

        assertThat(raad).isEnded().hasNotPassed(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("afwijking", false).containsEntry("gaatDoor", false);
    }

    @Test
    void een_raad_die_ondanks_een_negatief_advies_instemt_besluit_zelf_en_verantwoordt_de_afwijking() {
        ProcessInstance raad = behandel("volledig", "conform", Map.of("adviesUitkomst", "negatief"));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN)
                .variables().containsEntry("afwijking", true).containsEntry("gaatDoor", true);
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

    @Test
    void zonder_raadsbesluit_volgt_bij_een_kaderstellend_voorstel_na_zes_weken_een_herinnering_en_na_twee_maanden_een_escalatie() {
        try {
            Voorstelroute.op("2026-02-10");
            ProcessInstance raad = start("volledig", "kaderstellend", "2026-02-10");
            assertThat(raad).task().hasDueDate(dag("2026-04-10"));

            Voorstelroute.op("2026-03-24");
            griffie.voerJobsUit(raad.getBusinessKey());
            assertThat(raad).hasPassed("SendTask_TermijnHerinneren").hasNotPassed("SendTask_TermijnEscaleren")
                    .isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
            Voorstelroute.op("2026-04-10");
            griffie.voerJobsUit(raad.getBusinessKey());

            assertThat(raad).hasPassed("SendTask_TermijnEscaleren").isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
            org.assertj.core.api.Assertions.assertThat(notificaties.lijst(raad.getBusinessKey(), 10))
                    .extracting(n -> n.soort()).containsExactlyInAnyOrder("advies", "termijn-herinnering", "termijn-escalatie");
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @Test
    void na_het_raadsbesluit_of_zonder_termijn_volgt_geen_herinnering_en_geen_escalatie() {
        try {
            Voorstelroute.op("2026-02-10");
            ProcessInstance besloten = start("volledig", "kaderstellend", "2026-02-10");
            griffie.voltooi(besloten.getBusinessKey(), "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                    Map.of("raadsvergadering", "2026-03-02"));
            griffie.voltooi(besloten.getBusinessKey(), "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                    Map.of("raadsbesluit", "verworpen", "besluitdatum", "2026-03-02"));
            ProcessInstance verordening = start("volledig", "verordening", "2026-02-10");
            org.assertj.core.api.Assertions.assertThat(griffie.taak(verordening.getBusinessKey(), "griffie-voorschoten",
                    RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).getDueDate()).as("no term, no due date").isNull();

            Voorstelroute.op("2026-04-11");
            griffie.voerJobsUit(besloten.getBusinessKey());
            griffie.voerJobsUit(verordening.getBusinessKey());

            for (ProcessInstance raad : List.of(besloten, verordening)) {
                assertThat(raad).hasPassed("EndEvent_GeenHerinnering", "EndEvent_GeenEscalatie")
                        .hasNotPassed("SendTask_TermijnHerinneren", "SendTask_TermijnEscaleren");
            }
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @Test
    void een_procesbeheerder_die_de_termijn_in_de_tabel_verandert_verzet_de_uiterste_datum_de_herinnering_en_de_escalatie() throws Exception {
        String tabel = Files.readString(Path.of("decisions", "termijn.dmn"));
        Deployment gewijzigd = repositoryService.createDeployment().name("termijn: een maand, herinnering na drie weken")
                .addString("termijn.dmn", tabel.replace("<text>\"P2M\"</text>", "<text>\"P1M\"</text>")
                        .replace("<text>\"P6W\"</text>", "<text>\"P3W\"</text>"))
                .deploy();
        try {
            Voorstelroute.op("2026-02-10");
            ProcessInstance raad = start("volledig", "kaderstellend", "2026-02-10");
            String nr = raad.getBusinessKey();
            assertThat(raad).task().hasDueDate(dag("2026-03-10"));
            assertThat(raad).variables().containsEntry(RaadsbehandelingProcess.VAR_TERMIJNDATUM, "2026-03-10")
                    .containsEntry(RaadsbehandelingProcess.VAR_HERINNERINGSDATUM, "2026-03-03");

            Voorstelroute.op("2026-03-02");
            griffie.voerJobsUit(nr);
            assertThat(raad).hasNotPassed("SendTask_TermijnHerinneren");
            Voorstelroute.op("2026-03-03");
            griffie.voerJobsUit(nr);
            assertThat(raad).hasPassed("SendTask_TermijnHerinneren").hasNotPassed("SendTask_TermijnEscaleren");
            Voorstelroute.op("2026-03-10");
            griffie.voerJobsUit(nr);
            assertThat(raad).hasPassed("SendTask_TermijnEscaleren").isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        }
        finally {
            repositoryService.deleteDeployment(gewijzigd.getId(), true);
            Voorstelroute.klokTerug();
        }
    }

    @Test
    void de_uiterste_datum_staat_als_termijndatum_in_de_raadsbehandeling_en_ontbreekt_zonder_termijn() {
        ProcessInstance kaders = start("volledig", "kaderstellend", "2026-12-10");
        ProcessInstance verordening = start("volledig", "verordening", "2026-12-10");

        assertThat(kaders).variables().containsEntry(RaadsbehandelingProcess.VAR_TERMIJNDATUM, "2027-02-10")
                .containsEntry(RaadsbehandelingProcess.VAR_HERINNERINGSDATUM, "2027-01-21");
        assertThat(verordening).variables().containsEntry(RaadsbehandelingProcess.VAR_TERMIJNDATUM, null)
                .containsEntry(RaadsbehandelingProcess.VAR_HERINNERINGSDATUM, null);
    }

    private static java.util.Date dag(String dag) {
        return java.util.Date.from(java.time.LocalDate.parse(dag).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }

    private ProcessInstance start(String adviesType) {
        return start(adviesType, null, "2026-12-10");
    }

    private ProcessInstance start(String adviesType, String soortBesluit, String adviesdatum) {
        return start(adviesType, soortBesluit, adviesdatum, null);
    }

    private ProcessInstance start(String adviesType, String soortBesluit, String adviesdatum, String adviesUitkomst) {
        String nr = "RV-TEST-" + UUID.randomUUID();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("soortBesluit", soortBesluit);
        variabelen.put("voorstelnummer", nr);
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("gemeente", "voorschoten");
        variabelen.put("adviesType", adviesType);
        variabelen.put("adviesTekst", "Stem in met de woonagenda");
        variabelen.put("adviesdatum", adviesdatum);
        variabelen.put("adviesUitkomst", adviesUitkomst);
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        griffie.collegesBiedenAan(nr);
        return raad;
    }

    private ProcessInstance behandel(String adviesType, String raadsbesluit, Map<String, Object> extra) {
        ProcessInstance raad = start(adviesType, null, "2026-12-10", (String) extra.get("adviesUitkomst"));
        String nr = raad.getBusinessKey();
        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", "2027-01-20"));
        Map<String, Object> formulier = new HashMap<>(extra);
        formulier.remove("adviesUitkomst");
        formulier.put("raadsbesluit", raadsbesluit);
        formulier.put("besluitdatum", "2027-01-20");
        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN, formulier);
        griffie.voerJobsUit(nr);
        return raad;
    }
}
