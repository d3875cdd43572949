package nl.route071.college;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

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

/** One test per college decision in {@code collegebesluit}. */
// the college's own judgement of art. 169 lid 4 (issue #24)
@Route071Test
@ProcessCoverage
class CollegebesluitProcessTest {

    static final String TASK_GEVOLGEN_BEOORDELEN = "UserTask_GevolgenVoorDeGemeenteBeoordelen";

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
    void een_college_dat_instemt_gaat_door_naar_de_uitvoering() {
        ProcessInstance college = besluit("ingestemd");

        assertThat(college).isEnded().hasPassed(CollegebesluitProcess.END_VASTGELEGD)
                .variables().containsEntry("afwijking", false).containsEntry("gaatDoor", true);
    }

    @Test
    void een_college_dat_afwijst_wijkt_af_en_gaat_niet_door() {
        ProcessInstance college = besluit("afgewezen");

        assertThat(college).isEnded().variables().containsEntry("afwijking", true).containsEntry("gaatDoor", false);
    }

    @Test
    void een_college_dat_aanhoudt_besluit_later_en_dan_telt_dat_besluit() {
        ProcessInstance college = besluit("aangehouden");

        assertThat(college).isActive().isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN)
                .hasNotPassed(CollegebesluitProcess.END_VASTGELEGD);
        String nr = college.getBusinessKey();
        griffie.voltooi(nr, "college-leiderdorp", CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN,
                Map.of(CollegebesluitProcess.VAR_COLLEGEBESLUIT, "ingestemd", "besluitdatum", "2027-01-12"));
        griffie.voerJobsUit(nr);

        assertThat(college).isEnded().hasPassed(CollegebesluitProcess.END_VASTGELEGD).variables()
                .containsEntry(CollegebesluitProcess.VAR_COLLEGEBESLUIT, "ingestemd").containsEntry("gaatDoor", true);
    }

    @Test
    void een_burgemeester_die_aanhoudt_besluit_later() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance burgemeester = runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionaal evenementenbeleid", "ambitie", "economie", "gemeente", "leiden",
                        "bevoegdOrgaan", "burgemeester"));
        griffie.voltooi(nr, "burgemeester-leiden", CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN,
                Map.of(CollegebesluitProcess.VAR_COLLEGEBESLUIT, "aangehouden", "besluitdatum", "2026-12-15"));
        griffie.voerJobsUit(nr);

        assertThat(burgemeester).isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN).task()
                .hasCandidateGroup("burgemeester-leiden");
    }

    @Test
    void bij_een_rechtshandeling_met_ingrijpende_gevolgen_legt_de_griffie_eerst_de_wensen_en_bedenkingen_van_de_raad_vast() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance college = runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Gezamenlijke grondaankoop", "ambitie", "wonen", "gemeente", "leiderdorp",
                        "ingrijpendeGevolgen", true));

        assertThat(college).isWaitingAt(TASK_GEVOLGEN_BEOORDELEN).task().hasCandidateGroup("college-leiderdorp");
        griffie.voltooi(nr, "college-leiderdorp", TASK_GEVOLGEN_BEOORDELEN,
                Map.of("ingrijpendVoorDeGemeente", true, "toelichtingGevolgen", "Een grote grondaankoop voor onze begroting."));
        assertThat(college).isWaitingAt(CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN).task().hasCandidateGroup("griffie-leiderdorp");
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "college-leiderdorp")).isZero();
        griffie.voltooi(nr, "griffie-leiderdorp", CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN,
                Map.of("raadsvergaderingWensen", "2026-12-10", "wensenEnBedenkingen", "Geen aankoop boven de taxatiewaarde."));

        assertThat(college).isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN).task().hasCandidateGroup("college-leiderdorp");
        assertThat(college).variables().containsEntry("wensenEnBedenkingen", "Geen aankoop boven de taxatiewaarde.");
    }

    @Test
    void over_de_voortzetting_besluit_het_college_altijd_na_de_wensen_en_bedenkingen_van_zijn_raad() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance college = runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Voortzetting van de regionale samenwerking na de eindevaluatie", "ambitie", "economie",
                        "gemeente", "oegstgeest", "bevoegdOrgaan", "college", "wensenEnBedenkingenGevraagd", true));

        assertThat(college).isWaitingAt(CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN).hasNotPassed(TASK_GEVOLGEN_BEOORDELEN)
                .task().hasCandidateGroup("griffie-oegstgeest");
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "college-oegstgeest"))
                .as("seed 1: the raad's wensen en bedenkingen come before the college's decision").isZero();
        griffie.voltooi(nr, "griffie-oegstgeest", CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN,
                Map.of("raadsvergaderingWensen", "2026-12-10", "wensenEnBedenkingen", "Eerst een evaluatie van de regiocommissie."));
        griffie.voltooi(nr, "college-oegstgeest", CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN,
                Map.of(CollegebesluitProcess.VAR_COLLEGEBESLUIT, "ingestemd", "besluitdatum", "2026-12-15"));
        griffie.voerJobsUit(nr);

        assertThat(college).isEnded().hasPassedInOrder(CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN,
                CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN).variables().containsEntry("gaatDoor", true)
                .containsEntry("wensenEnBedenkingen", "Eerst een evaluatie van de regiocommissie.");
    }

    @Test
    void elk_college_beoordeelt_de_gevolgen_voor_de_eigen_gemeente_zoeterwoude_anders_dan_leiden() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        Map<String, ProcessInstance> colleges = new java.util.HashMap<>();
        for (String gemeente : java.util.List.of("leiden", "zoeterwoude")) {
            colleges.put(gemeente, runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                    Map.of("voorstelnummer", nr, "titel", "Gezamenlijke grondaankoop", "ambitie", "wonen", "gemeente", gemeente,
                            "ingrijpendeGevolgen", true)));
        }
        griffie.voltooi(nr, "college-leiden", TASK_GEVOLGEN_BEOORDELEN,
                Map.of("ingrijpendVoorDeGemeente", false, "toelichtingGevolgen", "Klein deel van onze grondpositie."));
        griffie.voltooi(nr, "college-zoeterwoude", TASK_GEVOLGEN_BEOORDELEN,
                Map.of("ingrijpendVoorDeGemeente", true, "toelichtingGevolgen", "Raakt een groot deel van onze begroting."));

        assertThat(colleges.get("leiden")).isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN)
                .hasNotPassed(CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN);
        assertThat(colleges.get("zoeterwoude")).isWaitingAt(CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN).task()
                .hasCandidateGroup("griffie-zoeterwoude");
    }

    @Test
    void zonder_ingrijpende_gevolgen_besluit_het_college_meteen() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance college = runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Gezamenlijke inkoop", "ambitie", "economie", "gemeente", "leiderdorp",
                        "ingrijpendeGevolgen", false));

        assertThat(college).isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN)
                .hasNotPassed(CollegebesluitProcess.TASK_WENSEN_EN_BEDENKINGEN);
    }

    @Test
    void de_burgemeester_besluit_als_bevoegd_orgaan_van_zijn_eigen_gemeente_zonder_wensen_en_bedenkingen() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance burgemeester = runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionaal evenementenbeleid", "ambitie", "economie", "gemeente", "leiden",
                        "bevoegdOrgaan", "burgemeester", "ingrijpendeGevolgen", true));

        assertThat(burgemeester).isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN).task()
                .hasCandidateGroup("burgemeester-leiden");
        org.assertj.core.api.Assertions.assertThat(griffie.aantalTaken(nr, "college-leiden")).isZero();
        griffie.voltooi(nr, "burgemeester-leiden", CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN,
                Map.of(CollegebesluitProcess.VAR_COLLEGEBESLUIT, "ingestemd", "besluitdatum", "2026-12-15"));
        assertThat(burgemeester).isEnded().variables().containsEntry("gaatDoor", true);
    }

    private ProcessInstance besluit(String collegebesluit) {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance college = runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Gezamenlijke inkoop", "ambitie", "economie", "gemeente", "leiderdorp"));
        assertThat(college).isWaitingAt(CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN).task()
                .hasCandidateGroup("college-leiderdorp");
        griffie.voltooi(nr, "college-leiderdorp", CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN,
                Map.of(CollegebesluitProcess.VAR_COLLEGEBESLUIT, collegebesluit, "besluitdatum", "2026-12-15"));
        griffie.voerJobsUit(nr);
        return college;
    }
}
