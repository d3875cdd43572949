package nl.route071.formulier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.route071.Route071Test;
import nl.route071.formulier.Formulier.Veld;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generated from the files in {@code processes/forms}: for every form, deployed as the form of a user task (and,
 * when a process starts with it, of a start event), the engine takes the form filled in as Tasklist would, and
 * refuses a variable that is not on the form, each required field left empty, an option the form does not offer,
 * a change to a read-only field and a date that is not {@code yyyy-MM-dd}; each refusal names the field, leaves
 * the task open and writes nothing. A form added next month is covered by the same rows.
 */
@Route071Test
class FormulierContractTest {

    static final Path FORMULIEREN = Path.of("processes/forms");
    static final Path PROCESSEN = Path.of("processes");

    @Autowired
    ProcessEngine engine;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void ruimOp() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @TestFactory
    Stream<DynamicNode> elk_formulier_is_het_contract_van_zijn_taak() throws IOException {
        List<Path> bestanden;
        try (Stream<Path> lijst = Files.list(FORMULIEREN)) {
            bestanden = lijst.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(bestanden).as("forms in %s", FORMULIEREN).isNotEmpty();
        String modellen = modellen();
        return bestanden.stream().map(bestand -> {
            Formulier formulier = lees(bestand);
            List<DynamicNode> rijen = new ArrayList<>(taakrijen(bestand, formulier));
            if (modellen.contains("startEvent") && Pattern.compile("<bpmn:startEvent[^>]*camunda:formRef=\"" + formulier.id() + "\"")
                    .matcher(modellen).find()) {
                rijen.addAll(startrijen(bestand, formulier));
            }
            return dynamicContainer(bestand.getFileName().toString(), rijen);
        });
    }

    // ------------------------------------------------------------------ a task's form

    private List<DynamicNode> taakrijen(Path bestand, Formulier formulier) {
        List<DynamicNode> rijen = new ArrayList<>();
        rijen.add(dynamicTest("het ingevulde formulier wordt aangenomen", () -> {
            Task taak = taak(bestand, formulier);
            engine.getTaskService().complete(taak.getId(), Invulling.ingevuld(formulier));
            assertThat(engine.getTaskService().createTaskQuery().taskId(taak.getId()).count()).isZero();
            for (Veld veld : formulier.velden()) {
                if (veld.verplicht() && !veld.alleenLezen() && veld.verbergExpressie() == null) {
                    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                            .processInstanceId(taak.getProcessInstanceId()).variableName(veld.key()).count())
                            .as("%s stored", veld.key()).isEqualTo(1);
                }
            }
        }));
        rijen.add(dynamicTest("een variabele die niet op het formulier staat wordt geweigerd", () -> {
            Map<String, Object> variabelen = Invulling.ingevuld(formulier);
            variabelen.put("uitkomsten", SpinValues.jsonValue("[{\"gemeente\":\"leiden\",\"gaatDoor\":true}]").create());
            weigert(bestand, formulier, variabelen, "‘uitkomsten’ staat niet op dit formulier");
        }));
        for (Veld veld : formulier.velden()) {
            if (veld.alleenLezen()) {
                rijen.add(dynamicTest("het alleen-lezen veld " + veld.key() + " kan niet worden gewijzigd", () -> {
                    Map<String, Object> variabelen = Invulling.ingevuld(formulier);
                    variabelen.put(veld.key(), Invulling.anders(veld, Invulling.bestaand(formulier).get(veld.key())));
                    weigert(bestand, formulier, variabelen, "‘" + veld.label() + "’ kan hier niet worden gewijzigd");
                }));
                continue;
            }
            if (veld.verplicht()) {
                rijen.add(dynamicTest("het verplichte veld " + veld.key() + " leeg wordt geweigerd", () -> {
                    Map<String, Object> variabelen = Invulling.ingevuld(formulier);
                    variabelen.put(veld.key(), veld.lijst() || veld.meerkeuze() ? SpinValues.jsonValue("[]").create() : "");
                    weigert(bestand, formulier, variabelen, "‘" + veld.label() + "’ is verplicht");
                }));
            }
            if (veld.opties() != null || veld.optiesVariabele() != null) {
                rijen.add(dynamicTest("een keuze die " + veld.key() + " niet aanbiedt wordt geweigerd", () -> {
                    Map<String, Object> variabelen = Invulling.ingevuld(formulier);
                    variabelen.put(veld.key(), veld.meerkeuze() ? SpinValues.jsonValue("[\"geen-keuze\"]").create() : "geen-keuze");
                    weigert(bestand, formulier, variabelen, "‘" + veld.label() + "’: ‘geen-keuze’ is geen keuze van dit formulier");
                }));
            }
            if ("datetime".equals(veld.type()) && (veld.subtype() == null || "date".equals(veld.subtype()))) {
                rijen.add(dynamicTest("een datum als 01-03-2026 in " + veld.key() + " wordt geweigerd", () -> {
                    Map<String, Object> variabelen = Invulling.ingevuld(formulier);
                    variabelen.put(veld.key(), "01-03-2026");
                    weigert(bestand, formulier, variabelen, "‘" + veld.label() + "’ is geen datum (jjjj-mm-dd)");
                }));
            }
        }
        return rijen;
    }

    private void weigert(Path bestand, Formulier formulier, Map<String, Object> variabelen, String melding) {
        Task taak = taak(bestand, formulier);
        Map<String, Object> voor = engine.getRuntimeService().getVariables(taak.getProcessInstanceId());

        assertThatThrownBy(() -> engine.getTaskService().complete(taak.getId(), variabelen))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(melding);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taak.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariables(taak.getProcessInstanceId()).keySet()).as("nothing written")
                .isEqualTo(voor.keySet());
    }

    /** A new instance of a generated process whose only task has the form; it holds what the form shows. */
    private Task taak(Path bestand, Formulier formulier) {
        String sleutel = "formuliercontract" + formulier.id();
        BpmnModelInstance model = Bpmn.createExecutableProcess(sleutel).camundaHistoryTimeToLive(1).startEvent()
                .userTask("UserTask_Formulier").name("Formulier " + formulier.id()).camundaFormRef(formulier.id())
                .camundaFormRefBinding("deployment").endEvent().done();
        deploy(bestand, sleutel, model);
        ProcessInstance instantie = engine.getRuntimeService().startProcessInstanceByKey(sleutel, Invulling.bestaand(formulier));
        return engine.getTaskService().createTaskQuery().processInstanceId(instantie.getId()).singleResult();
    }

    // ------------------------------------------------------------------ a start event's form

    private List<DynamicNode> startrijen(Path bestand, Formulier formulier) {
        List<DynamicNode> rijen = new ArrayList<>();
        rijen.add(dynamicTest("als startformulier: het ingevulde formulier start het proces", () -> {
            String sleutel = startproces(bestand, formulier);
            long voor = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(sleutel).count();
            engine.getRuntimeService().startProcessInstanceByKey(sleutel, Invulling.ingevuld(formulier));
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(sleutel).count()).isEqualTo(voor + 1);
        }));
        rijen.add(dynamicTest("als startformulier: een variabele die niet op het formulier staat start niets", () -> {
            Map<String, Object> variabelen = Invulling.ingevuld(formulier);
            variabelen.put("stemronde", 7);
            weigertStart(bestand, formulier, variabelen, "‘stemronde’ staat niet op dit formulier");
        }));
        for (Veld veld : formulier.velden()) {
            if (veld.verplicht() && !veld.alleenLezen() && veld.standaard() == null) {
                rijen.add(dynamicTest("als startformulier: het verplichte veld " + veld.key() + " leeg start niets", () -> {
                    Map<String, Object> variabelen = Invulling.ingevuld(formulier);
                    variabelen.remove(veld.key());
                    weigertStart(bestand, formulier, variabelen, "‘" + veld.label() + "’ is verplicht");
                }));
            }
        }
        return rijen;
    }

    private void weigertStart(Path bestand, Formulier formulier, Map<String, Object> variabelen, String melding) {
        String sleutel = startproces(bestand, formulier);
        long voor = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(sleutel).count();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(sleutel, variabelen))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(melding);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(sleutel).count()).as("nothing started")
                .isEqualTo(voor);
    }

    private String startproces(Path bestand, Formulier formulier) {
        String sleutel = "formuliercontractStart" + formulier.id();
        BpmnModelInstance model = Bpmn.createExecutableProcess(sleutel).camundaHistoryTimeToLive(1).startEvent("StartEvent_Formulier")
                .camundaFormRef(formulier.id()).camundaFormRefBinding("deployment").userTask("UserTask_Wachten").endEvent().done();
        deploy(bestand, sleutel, model);
        return sleutel;
    }

    // ------------------------------------------------------------------ files

    private void deploy(Path bestand, String sleutel, BpmnModelInstance model) {
        try {
            deployments.add(engine.getRepositoryService().createDeployment().name(sleutel)
                    .addModelInstance(sleutel + ".bpmn", model)
                    .addString(bestand.getFileName().toString(), Files.readString(bestand)).deploy().getId());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Formulier lees(Path bestand) {
        try {
            return Formulier.lees(Files.readString(bestand));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String modellen() throws IOException {
        StringBuilder alles = new StringBuilder();
        try (Stream<Path> lijst = Files.list(PROCESSEN)) {
            for (Path model : lijst.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                alles.append(Files.readString(model));
            }
        }
        return alles.toString();
    }
}
