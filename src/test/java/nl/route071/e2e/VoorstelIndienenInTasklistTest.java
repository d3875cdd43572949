package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A proposal is submitted with the start form in Tasklist and lands, numbered, with the werkgroep. */
@BrowserTest
class VoorstelIndienenInTasklistTest extends InDeBrowser {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void een_voorstel_ingediend_in_tasklist_krijgt_een_nummer_en_komt_bij_de_werkgroep() {
        String titel = "Regionale energiestrategie " + System.nanoTime();

        tasklist.logInAls("demo").openStartformulier("Regionaal voorstel")
                .typ("Titel", titel)
                .selecteer("Ambitie", "Energie en duurzaamheid")
                .selecteer("Soort besluit", "Kaderstellend besluit (gemeenteraad)")
                .vink("Deelnemende gemeenten", "Leiden")
                .vink("Deelnemende gemeenten", "Zoeterwoude")
                .start();

        ProcessInstance voorstel = runtimeService.createProcessInstanceQuery().processDefinitionKey("regionaalVoorstel")
                .variableValueEquals("titel", titel).singleResult();
        assertThat(voorstel).as("the proposal started from Tasklist").isNotNull();
        assertThat(voorstel.getBusinessKey()).matches("RV-" + Year.now().getValue() + "-\\d{4}");
        assertThat(runtimeService.getVariable(voorstel.getId(), "deelnemendeGemeenten").toString())
                .isEqualTo("[\"leiden\",\"zoeterwoude\"]");
        assertThat(runtimeService.getVariable(voorstel.getId(), "indiener")).isEqualTo("demo");
        assertThat(taskService.createTaskQuery().processInstanceId(voorstel.getId()).taskCandidateGroup("werkgroep-energie")
                .singleResult().getName()).isEqualTo("Voorstel voorbereiden");
        assertThat(tasklist.melding()).as("the submitter sees the new proposal number")
                .contains("Uw voorstel is ingediend met nummer " + voorstel.getBusinessKey());
    }
}
