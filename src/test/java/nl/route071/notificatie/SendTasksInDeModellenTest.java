package nl.route071.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/**
 * What a process owner must get right when adding a notification in Modeler: every send task uses the one
 * delegate, names a {@code soort} that has a template and at least one group in {@code ontvangers}, and is async
 * with the retry cycle R5/PT5M, so that a mail problem never touches the user task before it.
 */
class SendTasksInDeModellenTest {

    @Test
    void elke_send_task_is_async_met_herhaalcyclus_en_heeft_een_sjabloon_en_ontvangers() throws IOException {
        List<SendTask> sendTasks;
        try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
            sendTasks = bestanden.filter(p -> p.toString().endsWith(".bpmn")).sorted()
                    .flatMap(p -> Bpmn.readModelFromFile(p.toFile()).getModelElementsByType(SendTask.class).stream()).toList();
        }
        assertThat(sendTasks).hasSizeGreaterThanOrEqualTo(13);
        for (SendTask task : sendTasks) {
            assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId()).isEqualTo("${notificatie}");
            assertThat(task.isCamundaAsyncBefore()).as("%s async before", task.getId()).isTrue();
            assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .singleResult().getTextContent()).as("retry cycle of %s", task.getId()).isEqualTo("R5/PT5M");
            Map<String, String> parameters = task.getExtensionElements().getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).singleResult()
                    .getCamundaInputParameters().stream()
                    .collect(Collectors.toMap(CamundaInputParameter::getCamundaName, CamundaInputParameter::getTextContent));
            // a fixed soort, or a conditional expression choosing between quoted soorten (? 'agenderen-initiatiefvoorstel' : 'agenderen')
            String soort = parameters.get("soort");
            List<String> soorten = soort.startsWith("${")
                    ? java.util.regex.Pattern.compile("[?:]\\s*'([a-z0-9-]+)'").matcher(soort).results().map(m -> m.group(1)).toList()
                    : List.of(soort);
            assertThat(soorten).as("soorten of %s", task.getId()).isNotEmpty();
            for (String elk : soorten) {
                assertThat(Path.of("src/main/resources/notificaties", elk + ".txt")).as("template %s for %s", elk, task.getId()).exists();
            }
            assertThat(Ontvangers.groepen(parameters.get("ontvangers"))).as("recipients of %s", task.getId()).isNotEmpty();
        }
    }
}
