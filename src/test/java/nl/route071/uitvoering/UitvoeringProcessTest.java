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
import org.camunda.bpm.engine.task.Task;
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

        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN)
                .task(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN).hasCandidateGroup("uitvoering-servicepunt71");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(nr).taskCandidateGroup("uitvoering-oegstgeest")
                .singleResult().getTaskDefinitionKey()).as("the gemeente keeps only the always-open progress task")
                .isEqualTo(UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN);
    }

    @Test
    void uitbesteed_aan_een_andere_gemeente_krijgt_die_gemeente_de_taken() {
        ProcessInstance uitvoering = start();
        String nr = uitvoering.getBusinessKey();

        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "leiden"));

        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN)
                .task(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN).hasCandidateGroup("uitvoering-leiden");
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

    @Test
    void de_gemeente_meldt_voortgang_wanneer_zij_wil_en_ziet_na_uitbesteding_haar_uitvoering_met_alle_rapportages() {
        ProcessInstance uitvoering = start();
        String nr = uitvoering.getBusinessKey();
        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "servicepunt71"));

        assertThat(uitvoering).task(UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN)
                .hasCandidateGroup("uitvoering-oegstgeest").hasCandidateGroup("uitvoering-servicepunt71");
        griffie.voltooi(nr, "uitvoering-servicepunt71", UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN,
                Map.of("voortgangsstatus", "vertraagd", "voortgang", "Aanbesteding loopt twee maanden uit."));
        managementService.executeJob(job(UitvoeringProcess.TIMER_VOORTGANG, uitvoering).getId());
        griffie.voerJobsUit(nr);
        griffie.voltooi(nr, "uitvoering-servicepunt71", UitvoeringProcess.TASK_VOORTGANG_RAPPORTEREN,
                Map.of("voortgangsstatus", "op-schema", "voortgang", "Aannemer gecontracteerd."));

        Task volgtaak = griffie.taak(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN);
        String overzicht = (String) engine.getTaskService().getVariable(volgtaak.getId(), UitvoeringProcess.VAR_OVERZICHT);
        assertThat(overzicht).as("newest first").containsSubsequence(
                "(kwartaal, uitvoering-servicepunt71): op-schema — Aannemer gecontracteerd.",
                "(tussentijds, uitvoering-servicepunt71): vertraagd — Aanbesteding loopt twee maanden uit.");

        griffie.voltooi(nr, "uitvoering-oegstgeest", UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN,
                Map.of("voortgangsstatus", "risico", "voortgang", "Bezwaren van omwonenden."));
        assertThat(uitvoering).as("the task opens again after each report").isWaitingAt(UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN);
        assertThat(runtimeService.getVariable(uitvoering.getId(), UitvoeringProcess.VAR_RAPPORTAGES).toString())
                .contains("\"soort\":\"tussentijds\"", "\"status\":\"risico\"", "\"gerapporteerdDoor\":\"test-uitvoering-oegstgeest\"");

        griffie.voltooi(nr, "uitvoering-servicepunt71", UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN,
                Map.of("gereedDatum", "2027-06-30", "eindverslag", "Gereed."));
        assertThat(uitvoering).isEnded();
        assertThat(griffie.aantalTaken(nr, "uitvoering-oegstgeest")).isZero();
    }

    private ProcessInstance start() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance uitvoering = runtimeService.startProcessInstanceByKey(UitvoeringProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "oegstgeest"));
        assertThat(uitvoering).isWaitingAt(UitvoeringProcess.TASK_UITVOERING_ORGANISEREN);
        return uitvoering;
    }
}
