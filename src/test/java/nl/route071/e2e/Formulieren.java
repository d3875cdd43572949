package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Which Camunda Form a task shows: the key of its {@code camunda:formRef}, the name of its screenshot. */
final class Formulieren {

    private final TaskService taskService;

    Formulieren(ProcessEngine engine) {
        this.taskService = engine.getTaskService();
    }

    String vanOpenTaak(String voorstelnummer, String groep, String activiteit) {
        List<Task> taken = taskService.createTaskQuery().processInstanceBusinessKey(voorstelnummer)
                .taskCandidateGroup(groep).includeAssignedTasks().taskDefinitionKey(activiteit).initializeFormKeys().list();
        assertThat(taken).as("open task %s of %s for %s", activiteit, voorstelnummer, groep).hasSize(1);
        return vanTaak(taken.get(0));
    }

    static String vanTaak(Task taak) {
        assertThat(taak.getCamundaFormRef()).as("form of task %s", taak.getTaskDefinitionKey()).isNotNull();
        return taak.getCamundaFormRef().getKey();
    }
}
