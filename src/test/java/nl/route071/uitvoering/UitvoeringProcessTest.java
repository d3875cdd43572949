package nl.route071.uitvoering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.ProcessCoverage;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of {@code uitvoering}: self, outsourced, progress reports, completion. */
@Route071Test
@ProcessCoverage
class UitvoeringProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    Griffie griffie;

    @BeforeEach
    void setUp() {
        init(engine);
        griffie = new Griffie(engine);
    }

    @Test
    void een_gemeente_die_zelf_uitvoert_meldt_zelf_gereed() {
        ProcessInstance uitvoering = start();
        String nr = uitvoering.getBusinessKey();

        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "zelf"));
        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN,
                Map.of("gereedDatum", "2027-06-30", "eindverslag", "Alle maatregelen zijn genomen."));

        assertThat(uitvoering).isEnded().hasPassed(UitvoeringProcess.END_AFGEROND);
    }

    @Test
    void uitbesteed_aan_servicepunt71_krijgt_servicepunt71_de_taken() {
        ProcessInstance uitvoering = start();
        String nr = uitvoering.getBusinessKey();

        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "servicepunt71"));

        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN).task()
                .hasCandidateGroup("uitvoering-servicepunt71");
        assertThat(griffie.aantalTaken(nr, "uitvoering-oegstgeest")).isZero();
    }

    @Test
    void uitbesteed_aan_een_andere_gemeente_krijgt_die_gemeente_de_taken() {
        ProcessInstance uitvoering = start();
        String nr = uitvoering.getBusinessKey();

        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "leiden"));

        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN).task()
                .hasCandidateGroup("uitvoering-leiden");
    }

    @Test
    void elk_kwartaal_vraagt_de_uitvoering_om_een_voortgangsrapportage_en_gereedmelding_sluit_alles_af() {
        ProcessInstance uitvoering = start();
        String nr = uitvoering.getBusinessKey();
        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "zelf"));

        Job timer = job(UitvoeringProcess.TIMER_VOORTGANG, uitvoering);
        assertThat(timer.getDuedate()).isAfter(new java.util.Date());
        managementService.executeJob(timer.getId());
        griffie.voerJobsUit(nr);

        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_VOORTGANG_RAPPORTEREN, UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN);
        assertThat(job(UitvoeringProcess.TIMER_VOORTGANG, uitvoering)).as("next quarter's timer").isNotNull();
        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_VOORTGANG_RAPPORTEREN,
                Map.of("voortgangsstatus", "op-schema", "voortgang", "Eerste fase afgerond."));
        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN,
                Map.of("gereedDatum", "2027-06-30", "eindverslag", "Gereed."));

        assertThat(uitvoering).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(uitvoering.getId()).count()).isZero();
    }

    private ProcessInstance start() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance uitvoering = runtimeService.startProcessInstanceByKey(UitvoeringProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "oegstgeest"));
        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_UITVOERING_ORGANISEREN);
        return uitvoering;
    }
}
