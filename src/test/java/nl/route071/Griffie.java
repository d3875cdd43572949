package nl.route071;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What a user does in Tasklist, for tests: find the open task of a proposal for a group (as the
 * "Taken van mijn groep" filter shows it) and complete it with the form's values; and the job
 * executor's part, run by hand.
 */
public final class Griffie {

    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    public Griffie(ProcessEngine engine) {
        this.taskService = engine.getTaskService();
        this.managementService = engine.getManagementService();
        this.runtimeService = engine.getRuntimeService();
    }

    /**
     * The single open task of the proposal with the given number for the group, at the given activity. Runs the
     * proposal's due jobs first (the async send tasks before a task), as the job executor would have.
     */
    public Task taak(String voorstelnummer, String groep, String activiteit) {
        voerJobsUit(voorstelnummer);
        List<Task> taken = taskService.createTaskQuery().processInstanceBusinessKey(voorstelnummer)
                .taskCandidateGroup(groep).taskDefinitionKey(activiteit).list();
        assertThat(taken).as("open task %s for group %s of %s", activiteit, groep, voorstelnummer).hasSize(1);
        return taken.get(0);
    }

    /** Completes the task with the form's values, then runs the jobs that follow it (async send tasks). */
    public void voltooi(String voorstelnummer, String groep, String activiteit, Map<String, Object> formulier) {
        Task taak = taak(voorstelnummer, groep, activiteit);
        taskService.claim(taak.getId(), "test-" + groep);
        taskService.complete(taak.getId(), formulier);
        voerJobsUit(voorstelnummer);
    }

    /**
     * Each college offers the regional proposal to its own raad (Gemeentewet art. 160 lid 1 b): completes every open
     * "Voorstel aan de raad aanbieden" task of the proposal, as the college-&lt;gemeente&gt; groups do in Tasklist.
     */
    public void collegesBiedenAan(String voorstelnummer) {
        voerJobsUit(voorstelnummer);
        for (Task taak : taskService.createTaskQuery().processInstanceBusinessKey(voorstelnummer)
                .taskDefinitionKey("UserTask_VoorstelAanRaadAanbieden").list()) {
            // on the engine's today: a test on a moved clock stays inside the form's date range (properties vroegst/laatst)
            taskService.complete(taak.getId(), Map.of("aanbiedingsdatum", nl.route071.gedeeld.Klok.vandaag().toString()));
        }
        voerJobsUit(voorstelnummer);
    }

    /** How many open tasks of the proposal the group sees. */
    public long aantalTaken(String voorstelnummer, String groep) {
        voerJobsUit(voorstelnummer);
        return taskService.createTaskQuery().processInstanceBusinessKey(voorstelnummer).taskCandidateGroup(groep).count();
    }

    public List<Task> openTaken(String voorstelnummer) {
        voerJobsUit(voorstelnummer);
        return taskService.createTaskQuery().processInstanceBusinessKey(voorstelnummer).list();
    }

    /**
     * Fills in the stemming form as the regiogriffie does in Tasklist: for every fractie of {@code stemmen} one choice
     * (voor, tegen, onthouding or afwezig); then completes the task with {@code stemmen} and {@code stemdatum}.
     */
    public void legStemmingVast(String voorstelnummer, String stemdatum, Function<SpinJsonNode, String> stemVan) {
        voltooi(voorstelnummer, "regiogriffie", "UserTask_StemmingVastleggen", stemformulier(voorstelnummer, stemdatum, stemVan));
    }

    /** The stemming form's values: {@code stemmen} as shown, each row with its {@code stem}, and {@code stemdatum}. */
    public Map<String, Object> stemformulier(String voorstelnummer, String stemdatum, Function<SpinJsonNode, String> stemVan) {
        String voorstel = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(voorstelnummer)
                .processDefinitionKey("regionaalVoorstel").singleResult().getId();
        SpinJsonNode stemmen = (SpinJsonNode) runtimeService.getVariable(voorstel, "stemmen");
        for (SpinJsonNode regel : stemmen.elements()) {
            regel.prop("stem", stemVan.apply(regel));
        }
        Map<String, Object> formulier = new HashMap<>();
        formulier.put("stemmen", SpinValues.jsonValue(stemmen.toString()).create());
        formulier.put("stemdatum", stemdatum);
        return formulier;
    }

    /** Runs every due job of the proposal until none is left (at most 50 rounds, so a loop fails loudly). */
    public void voerJobsUit(String voorstelnummer) {
        for (int ronde = 0; ronde < 50; ronde++) {
            List<Job> jobs = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(voorstelnummer)
                    .list().stream()
                    .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).executable().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("jobs of " + voorstelnummer + " keep coming after 50 rounds");
    }
}
