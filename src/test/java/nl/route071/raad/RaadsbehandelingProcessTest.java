package nl.route071.raad;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
    @Autowired
    Raadskalender raadskalender;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

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
    void het_college_krijgt_bericht_om_aan_te_bieden_en_de_griffie_pas_na_het_aanbieden_om_te_agenderen() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "leiden",
                        "adviesType", "volledig", "adviesTekst", "Stem in", "adviesdatum", "2026-12-10"));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.SEND_ADVIES_MELDEN);
        execute(job(RaadsbehandelingProcess.SEND_ADVIES_MELDEN));
        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.SEND_AANBIEDEN_MELDEN);
        execute(job(RaadsbehandelingProcess.SEND_AANBIEDEN_MELDEN));
        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN).task().hasCandidateGroup("college-leiden");
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(nr, 10)).extracting(n -> n.soort() + " " + n.groepen())
                .containsExactlyInAnyOrder("advies [griffie-leiden]", "aanbieden [college-leiden]");

        complete(task(), Map.of("aanbiedingsdatum", nl.route071.gedeeld.Klok.vandaag().toString()));
        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.SEND_AGENDEREN_MELDEN).hasNotPassed(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        execute(job(RaadsbehandelingProcess.SEND_AGENDEREN_MELDEN));
        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).task().hasCandidateGroup("griffie-leiden");
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(nr, 10)).extracting(n -> n.soort() + " " + n.groepen())
                .containsExactlyInAnyOrder("advies [griffie-leiden]", "aanbieden [college-leiden]", "agenderen [griffie-leiden]");
    }

    @Test
    void een_eigen_voorstel_van_de_regiocommissie_komt_als_initiatiefvoorstel_bij_de_raad_zonder_aanbieding_door_het_college() {
        ProcessInstance raad = startInitiatiefvoorstel("leiden");
        String nr = raad.getBusinessKey();

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_INITIATIEFVOORSTEL_INDIENEN).task().hasCandidateGroup("griffie-leiden");
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "college-leiden")).as("the college offers nothing").isZero();
        griffie.voltooi(nr, "griffie-leiden", RaadsbehandelingProcess.TASK_INITIATIEFVOORSTEL_INDIENEN,
                Map.of("indieners", "J. de Vries (Leiden), A. Bakker (Leiden)", "indieningsdatum", nl.route071.gedeeld.Klok.vandaag().toString()));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ZIENSWIJZE_COLLEGE_GEVEN).task().hasCandidateGroup("college-leiden");
        assertThat(raad).hasPassed(RaadsbehandelingProcess.TASK_INITIATIEFVOORSTEL_INDIENEN, RaadsbehandelingProcess.SEND_ZIENSWIJZE_VRAGEN)
                .hasNotPassed(RaadsbehandelingProcess.SEND_AANBIEDEN_MELDEN, RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN)
                .variables().containsEntry(RaadsbehandelingProcess.VAR_ZIENSWIJZE_UITERLIJK,
                        nl.route071.gedeeld.Klok.vandaag().plusWeeks(2).toString());
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "griffie-leiden")).as("the griffie waits for the view or its term").isZero();
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(nr, 10)).extracting(n -> n.soort() + " " + n.groepen())
                .containsExactlyInAnyOrder("advies [griffie-leiden]", "zienswijze [college-leiden]");
    }

    @Test
    void het_college_geeft_een_zienswijze_op_het_initiatiefvoorstel_en_de_raad_ziet_haar_bij_agenderen_en_besluiten() {
        ProcessInstance raad = startInitiatiefvoorstel("oegstgeest");
        String nr = raad.getBusinessKey();
        dienInitiatiefvoorstelIn(nr, "oegstgeest");

        griffie.voltooi(nr, "college-oegstgeest", RaadsbehandelingProcess.TASK_ZIENSWIJZE_COLLEGE_GEVEN,
                Map.of("zienswijzeCollege", "Het college steunt het voorstel, maar wijst op de kosten.",
                        "zienswijzedatum", nl.route071.gedeeld.Klok.vandaag().toString()));

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).task().hasCandidateGroup("griffie-oegstgeest");
        assertThat(raad).hasNotPassed(RaadsbehandelingProcess.TIMER_ZIENSWIJZETERMIJN, RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN)
                .variables().containsEntry(RaadsbehandelingProcess.VAR_ZIENSWIJZE_COLLEGE, "Het college steunt het voorstel, maar wijst op de kosten.");
        org.assertj.core.api.Assertions.assertThat(managementService.createJobQuery().processInstanceId(raad.getId())
                .activityId(RaadsbehandelingProcess.TIMER_ZIENSWIJZETERMIJN).count()).as("the timer went with the task").isZero();
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(nr, 10)).extracting(n -> n.soort() + " " + n.groepen())
                .contains("agenderen-initiatiefvoorstel [griffie-oegstgeest]").doesNotContain("aanbieden [college-oegstgeest]");
        org.assertj.core.api.Assertions.assertThat(formulierSleutels("Form_RaadsbesluitVastleggen")).contains("zienswijzeCollege");

        String vergadering = eersteKeuze(nr);
        griffie.voltooi(nr, "griffie-oegstgeest", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN, Map.of("raadsvergadering", vergadering));
        griffie.voltooi(nr, "griffie-oegstgeest", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                Map.of("raadsbesluit", "conform", "besluitdatum", vergadering));
        assertThat(raad).isEnded().variables().containsEntry("gaatDoor", true);
    }

    @Test
    void geeft_het_college_geen_zienswijze_dan_gaat_het_initiatiefvoorstel_na_de_termijn_zonder_zienswijze_naar_de_raad() {
        ProcessInstance raad = startInitiatiefvoorstel("zoeterwoude");
        String nr = raad.getBusinessKey();
        dienInitiatiefvoorstelIn(nr, "zoeterwoude");
        org.camunda.bpm.engine.runtime.Job timer = managementService.createJobQuery().processInstanceId(raad.getId())
                .activityId(RaadsbehandelingProcess.TIMER_ZIENSWIJZETERMIJN).singleResult();
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).as("the day after the last day for the view")
                .isEqualTo(dag(nl.route071.gedeeld.Klok.vandaag().plusWeeks(2).plusDays(1).toString()));

        managementService.executeJob(timer.getId());
        griffie.voerJobsUit(nr);

        assertThat(raad).hasPassed(RaadsbehandelingProcess.TIMER_ZIENSWIJZETERMIJN).hasNotPassed(RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN)
                .isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).variables().doesNotContainKey(RaadsbehandelingProcess.VAR_ZIENSWIJZE_COLLEGE);
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "college-zoeterwoude")).as("the college's task is gone").isZero();
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(nr, 10)).extracting(n -> n.soort() + " " + n.groepen())
                .containsExactlyInAnyOrder("advies [griffie-zoeterwoude]", "zienswijze [college-zoeterwoude]",
                        "agenderen-initiatiefvoorstel [griffie-zoeterwoude]");
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
                    .extracting(n -> n.soort()).containsExactlyInAnyOrder("advies", "aanbieden", "agenderen", "termijn-herinnering", "termijn-escalatie");
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

    // ------------------------------------------------------------------ the raad calendar in "Advies agenderen"

    @Test
    void de_griffie_kiest_uit_de_raadskalender_van_de_eigen_gemeente_vanaf_de_adviesdatum() {
        ProcessInstance raad = start("volledig");
        org.camunda.bpm.engine.task.Task taak = griffie.taak(raad.getBusinessKey(), "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);

        List<String> waarden = keuzes(taak.getId(), "value");
        org.assertj.core.api.Assertions.assertThat(waarden).as("DEMO calendar from the advice of 10 December 2026")
                .startsWith("2026-12-16", "2027-01-20").doesNotContain("2026-11-11").isSorted();
        org.assertj.core.api.Assertions.assertThat(keuzes(taak.getId(), "label")).first()
                .isEqualTo("woensdag 16 december 2026, 20:00 (DEMO)");
        griffie.voltooi(raad.getBusinessKey(), "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", "2027-01-20"));
        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN).variables()
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING, "2027-01-20");
    }

    @Test
    void een_raadsvergadering_die_niet_in_de_kalender_van_die_gemeente_staat_geeft_een_nederlandse_400_en_verandert_niets() {
        ProcessInstance raad = start("volledig");
        String nr = raad.getBusinessKey();
        org.camunda.bpm.engine.task.Task taak = griffie.taak(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);

        for (String datum : List.of("2027-01-21", "2026-11-11", "2030-01-01")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(taak.getId(), Map.of("raadsvergadering", datum)))
                    .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                    .hasMessage("Het formulier ‘Advies agenderen in de raad’ is niet verwerkt: ‘Raadsvergadering’: ‘" + datum
                            + "’ is geen keuze van dit formulier.");
        }

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(raad.getId(), RaadsbehandelingProcess.VAR_RAADSVERGADERING)).isNull();
    }

    @Test
    void een_geannuleerde_raadsvergadering_valt_af_en_een_toegevoegde_komt_erbij_ook_bij_een_open_taak() {
        ProcessInstance raad = startIn("zoeterwoude", "verordening", "2031-02-01");
        String nr = raad.getBusinessKey();
        raadskalender.voegToe("zoeterwoude", java.time.LocalDate.parse("2031-02-12"), null, null, "griffier-zoeterwoude");
        org.camunda.bpm.engine.task.Task taak = griffie.taak(nr, "griffie-zoeterwoude", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        org.assertj.core.api.Assertions.assertThat(keuzes(taak.getId(), "value")).containsExactly("2031-02-12");

        raadskalender.annuleer("zoeterwoude", java.time.LocalDate.parse("2031-02-12"), "griffier-zoeterwoude");
        raadskalender.voegToe("zoeterwoude", java.time.LocalDate.parse("2031-02-19"), java.time.LocalTime.of(19, 30), "Extra raadsvergadering", "griffier-zoeterwoude");

        org.assertj.core.api.Assertions.assertThat(keuzes(taak.getId(), "label")).containsExactly("woensdag 19 februari 2031, 19:30");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(taak.getId(), Map.of("raadsvergadering", "2031-02-12")))
                .hasMessageContaining("‘2031-02-12’ is geen keuze van dit formulier");
        griffie.voltooi(nr, "griffie-zoeterwoude", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN, Map.of("raadsvergadering", "2031-02-19"));
        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN);
    }

    @Test
    void een_zelf_geschreven_keuzelijst_helpt_niet_de_server_toetst_de_kalender_zelf_bij_het_afronden() {
        ProcessInstance raad = start("volledig");
        String nr = raad.getBusinessKey();
        org.camunda.bpm.engine.task.Task taak = griffie.taak(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        taskService.setVariableLocal(taak.getId(), Raadskalender.VAR_KEUZES,
                Raadskalender.keuzelijst(List.of(Map.of("label", "donderdag 21 januari 2027", "value", "2027-01-21"))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(taak.getId(), Map.of("raadsvergadering", "2027-01-21")))
                .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                .hasMessageContaining("Op 21 januari 2027 staat geen raadsvergadering in de raadskalender van deze gemeente.");

        assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(raad.getId(), RaadsbehandelingProcess.VAR_RAADSVERGADERING)).isNull();
    }

    @Test
    void de_server_weigert_bij_het_afronden_een_vergadering_die_intussen_uit_de_kalender_is_of_voor_het_advies_ligt() {
        RaadsvergaderingKiezenListener kiezen = new RaadsvergaderingKiezenListener(raadskalender);
        raadskalender.voegToe("leiderdorp", java.time.LocalDate.parse("2031-05-06"), null, null, "griffier-leiderdorp");
        raadskalender.annuleer("leiderdorp", java.time.LocalDate.parse("2031-05-06"), "griffier-leiderdorp");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kiezen.controleer("leiderdorp", java.time.LocalDate.parse("2031-05-01"), "2031-05-06"))
                .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
                .hasMessage("Op 6 mei 2031 staat geen raadsvergadering in de raadskalender van deze gemeente (die vergadering is geannuleerd)."
                        + " Kies een vergadering uit de lijst; de griffie vult de kalender aan op /raadskalender.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kiezen.controleer("leiden", java.time.LocalDate.parse("2027-02-01"), "2027-01-20"))
                .hasMessageContaining("ligt vóór het advies van 1 februari 2027");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kiezen.controleer("leiden", java.time.LocalDate.parse("2027-01-01"), "2027-01-21"))
                .hasMessageStartingWith("Op 21 januari 2027 staat geen raadsvergadering in de raadskalender van deze gemeente.");
        kiezen.controleer("leiden", java.time.LocalDate.parse("2027-01-01"), "2027-01-20");
    }

    // ------------------------------------------------------------------ the first meeting against the term

    @Test
    void ligt_de_eerste_raadsvergadering_na_de_termijn_dan_horen_griffie_regiogriffie_en_stuurgroep_het_meteen() {
        raadskalender.voegToe("oegstgeest", java.time.LocalDate.parse("2032-05-26"), null, null, "griffier-oegstgeest");
        raadskalender.voegToe("oegstgeest", java.time.LocalDate.parse("2032-09-22"), null, null, "griffier-oegstgeest");
        ProcessInstance raad = startIn("oegstgeest", "kaderstellend", "2032-06-01");

        assertThat(raad).hasPassedInOrder(RaadsbehandelingProcess.TASK_VOORSTEL_AANBIEDEN, RaadsbehandelingProcess.SERVICE_EERSTE_RAADSVERGADERING,
                RaadsbehandelingProcess.SEND_RAADSVERGADERING_NA_TERMIJN).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN)
                .variables().containsEntry(RaadsbehandelingProcess.VAR_TERMIJNDATUM, "2032-08-01")
                .containsEntry(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, "2032-09-22")
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, true);
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(raad.getBusinessKey(), 10)).filteredOn(n -> n.soort().equals("termijn-raadsvergadering"))
                .singleElement().satisfies(n -> org.assertj.core.api.Assertions.assertThat(n.groepen())
                        .containsExactly("griffie-oegstgeest", "regiogriffie", "stuurgroep"));
    }

    @Test
    void zonder_enige_raadsvergadering_na_het_advies_volgt_de_melding_ook() {
        ProcessInstance raad = startIn("leiderdorp", "kaderstellend", "2033-03-01");

        assertThat(raad).hasPassed(RaadsbehandelingProcess.SEND_RAADSVERGADERING_NA_TERMIJN).variables()
                .containsEntry(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, null)
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, true);
    }

    @Test
    void vergadert_de_raad_binnen_de_termijn_of_is_er_geen_termijn_dan_volgt_geen_melding() {
        raadskalender.voegToe("oegstgeest", java.time.LocalDate.parse("2032-11-10"), null, null, "griffier-oegstgeest");
        ProcessInstance binnen = startIn("oegstgeest", "kaderstellend", "2032-10-01");
        ProcessInstance zonderTermijn = startIn("leiderdorp", "verordening", "2033-03-01");

        assertThat(binnen).hasPassed(RaadsbehandelingProcess.SERVICE_EERSTE_RAADSVERGADERING)
                .hasNotPassed(RaadsbehandelingProcess.SEND_RAADSVERGADERING_NA_TERMIJN).isWaitingAt(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN)
                .variables().containsEntry(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, "2032-11-10")
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, false);
        assertThat(zonderTermijn).hasNotPassed(RaadsbehandelingProcess.SEND_RAADSVERGADERING_NA_TERMIJN)
                .variables().containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, false);
        org.assertj.core.api.Assertions.assertThat(notificaties.lijst(binnen.getBusinessKey(), 10)).extracting(n -> n.soort())
                .containsExactlyInAnyOrder("advies", "aanbieden", "agenderen");
    }

    @SuppressWarnings("unchecked")
    private List<String> keuzes(String taakId, String veld) {
        Object waarde = taskService.getVariableLocal(taakId, Raadskalender.VAR_KEUZES);
        org.camunda.spin.json.SpinJsonNode lijst = (org.camunda.spin.json.SpinJsonNode) waarde;
        return lijst.elements().stream().map(e -> e.prop(veld).stringValue()).toList();
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

    private ProcessInstance startIn(String gemeente, String soortBesluit, String adviesdatum) {
        return Proefraadsbehandeling.start(runtimeService, griffie, gemeente, soortBesluit, adviesdatum);
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

    /** The regiocommissie's own proposal, as {@code regionaalVoorstel} starts its council treatment. */
    private ProcessInstance startInitiatiefvoorstel(String gemeente) {
        return Proefraadsbehandeling.startInitiatiefvoorstel(runtimeService, griffie, gemeente, nl.route071.gedeeld.Klok.vandaag().toString());
    }

    private void dienInitiatiefvoorstelIn(String nr, String gemeente) {
        griffie.voltooi(nr, "griffie-" + gemeente, RaadsbehandelingProcess.TASK_INITIATIEFVOORSTEL_INDIENEN,
                Map.of("indieners", "leden van de regiocommissie uit " + gemeente, "indieningsdatum", nl.route071.gedeeld.Klok.vandaag().toString()));
    }

    /** The first meeting the griffie may choose for the open "Advies agenderen" task. */
    private String eersteKeuze(String nr) {
        String taak = griffie.taak(nr, "griffie-oegstgeest", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).getId();
        return keuzes(taak, "value").get(0);
    }

    /** The keys of a deployed Camunda Form's fields, read from the file the route deploys. */
    private static List<String> formulierSleutels(String formId) {
        try {
            String json = Files.readString(Path.of("processes", "forms", formId + ".form"));
            return java.util.regex.Pattern.compile("\"key\": \"([^\"]+)\"").matcher(json).results().map(m -> m.group(1)).toList();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
