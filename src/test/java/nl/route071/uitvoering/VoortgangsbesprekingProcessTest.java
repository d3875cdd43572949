package nl.route071.uitvoering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.ProcessCoverage;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quarterly progress review per ambitie, {@code processes/voortgangsbespreking.bpmn}. */
@Route071Test
@ProcessCoverage
class VoortgangsbesprekingProcessTest {

    static final String PROCESS_ID = "voortgangsbespreking";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    Griffie griffie;

    @BeforeEach
    void setUp() {
        init(engine);
        griffie = new Griffie(engine);
    }

    @Test
    void de_bespreking_start_elk_kwartaal_op_de_eerste_dag() {
        Job starttimer = managementService.createJobQuery().processDefinitionKey(PROCESS_ID).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();

        LocalDateTime due = LocalDateTime.ofInstant(starttimer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(due.getHour()).isEqualTo(6);
        assertThat(due).isAfter(LocalDateTime.now()).isBefore(LocalDateTime.now().plusMonths(3).plusDays(1));
    }

    @Test
    void per_ambitie_bespreken_bestuurstafel_stuurgroep_en_regiocommissie_de_rapportages_van_elke_gemeente() {
        String titel = "Snelfietsroute " + UUID.randomUUID();
        String leiden = uitvoering(titel, "leiden", "servicepunt71");
        griffie.voltooi(leiden, "uitvoering-leiden", UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN,
                Map.of("voortgangsstatus", "vertraagd", "voortgang", "Grondverwerving duurt langer."));
        String voorschoten = uitvoering(titel, "voorschoten", "zelf");

        ProcessInstance bespreking = runtimeService.startProcessInstanceByKey(PROCESS_ID);
        managementService.createJobQuery().processInstanceId(bespreking.getId()).messages().list()
                .forEach(job -> managementService.executeJob(job.getId()));

        assertThat(bespreking.getBusinessKey()).matches("VOORTGANG-\\d{4}-K[1-4]");
        assertThat(taken(bespreking, "stuurgroep")).as("one review per ambitie").hasSize(5);
        assertThat(taken(bespreking, "regiogriffie")).hasSize(5);
        Task bestuurstafel = taken(bespreking, "bestuurstafel-bereikbaarheid").get(0);
        assertThat(bestuurstafel.getName()).isEqualTo("Voortgang bespreken in de bestuurstafel");
        String rapportages = (String) taskService.getVariable(bestuurstafel.getId(), "voortgangPerGemeente");
        assertThat(rapportages)
                .containsSubsequence("Leiden:", "- " + leiden + " " + titel + " (uitvoerder: uitvoering-servicepunt71, loopt)",
                        "(tussentijds, uitvoering-servicepunt71): vertraagd — Grondverwerving duurt langer.")
                .containsSubsequence("Voorschoten:", "- " + voorschoten + " " + titel + " (uitvoerder: uitvoering-voorschoten, loopt)",
                        "Nog geen voortgangsrapportage.");
        assertThat((String) taskService.getVariable(taken(bespreking, "bestuurstafel-wonen").get(0).getId(), "voortgangPerGemeente"))
                .as("another ambitie does not list these").doesNotContain(titel);

        Task stuurgroep = taakVoor(bespreking, "stuurgroep", bestuurstafel.getExecutionId());
        Task regiocommissie = taakVoor(bespreking, "regiogriffie", bestuurstafel.getExecutionId());
        taskService.complete(bestuurstafel.getId(), Map.of("besprekingBestuurstafel", "Grondverwerving versnellen."));
        taskService.complete(stuurgroep.getId(), Map.of("besprekingStuurgroep", "Samenhang met wonen bewaken."));
        taskService.complete(regiocommissie.getId(), Map.of("besprekingRegiocommissie", "Terugkoppeling in de volgende vergadering."));

        assertThat(taken(bespreking, "stuurgroep")).hasSize(4);
        assertThat(bespreking).isActive();
        assertThat(runtimeService.getVariable(bespreking.getId(), "besprekingStuurgroep"))
                .as("each ambitie keeps its own outcome").isNull();
    }

    private List<Task> taken(ProcessInstance bespreking, String groep) {
        return taskService.createTaskQuery().processInstanceId(bespreking.getId()).taskCandidateGroup(groep).list();
    }

    /** The task of the group in the same ambitie (the same subprocess instance) as the given task. */
    private Task taakVoor(ProcessInstance bespreking, String groep, String executionId) {
        String ambitie = (String) runtimeService.getVariable(executionId, "ambitie");
        return taken(bespreking, groep).stream()
                .filter(t -> ambitie.equals(runtimeService.getVariable(t.getExecutionId(), "ambitie"))).findFirst().orElseThrow();
    }

    private String uitvoering(String titel, String gemeente, String uitvoerder) {
        String nr = "RV-TEST-" + UUID.randomUUID();
        runtimeService.startProcessInstanceByKey(UitvoeringProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", titel, "ambitie", "bereikbaarheid", "gemeente", gemeente));
        griffie.voltooi(nr, "uitvoering-" + gemeente, UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", uitvoerder));
        return nr;
    }
}
