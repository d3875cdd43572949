package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.route071.formulier.Formulier;
import nl.route071.formulier.Invulling;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's own submit of every form in {@code processes/forms} passes the server's form check
 * ({@code nl.route071.formulier}): each form, as the form of a task of the regiogriffie, opened with valid values
 * already in it, is completed with Tasklist's "Afronden", which sends what form-js submits (read-only fields
 * included, hidden fields left out), and the task is done.
 */
@BrowserTest
class ElkFormulierAfrondenInTasklistTest extends InDeBrowser {

    @Autowired
    ProcessEngine engine;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void ruimOp() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void tasklist_rondt_elk_ingevuld_formulier_af_en_de_server_neemt_het_aan() throws IOException {
        List<Path> bestanden;
        try (Stream<Path> lijst = Files.list(Path.of("processes", "forms"))) {
            bestanden = lijst.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        tasklist.logInAls("regiogriffier");
        int volgnummer = 0;
        for (Path bestand : bestanden) {
            Formulier formulier = Formulier.lees(Files.readString(bestand));
            String sleutel = "tasklistformulier" + formulier.id();
            String taaknaam = "Formulier " + formulier.id();
            BpmnModelInstance model = Bpmn.createExecutableProcess(sleutel).camundaHistoryTimeToLive(1).startEvent()
                    .userTask("UserTask_Formulier").name(taaknaam).camundaCandidateGroups("regiogriffie")
                    .camundaFormRef(formulier.id()).camundaFormRefBinding("deployment").endEvent().done();
            deployments.add(engine.getRepositoryService().createDeployment().name(sleutel).addModelInstance(sleutel + ".bpmn", model)
                    .addString(bestand.getFileName().toString(), Files.readString(bestand)).deploy().getId());
            String nr = "RV-TASKLIST-" + (++volgnummer);
            Map<String, Object> variabelen = new HashMap<>(Invulling.bestaand(formulier));
            variabelen.putAll(Invulling.ingevuld(formulier));
            variabelen.put("voorstelnummer", nr);
            String instantie = engine.getRuntimeService().startProcessInstanceByKey(sleutel, nr, variabelen).getId();

            tasklist.kiesFilter("Taken van mijn groep").openTaak(nr, taaknaam).pakOp().rondAf();

            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instantie).count())
                    .as("Tasklist completed %s", formulier.id()).isZero();
        }
    }
}
