package nl.route071.stukken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The stukken a user task requires, said by the process owner in the model and held inside the engine, as the form
 * contract is ({@code formulier/}): an extension property on the user task,
 *
 * <pre>{@code
 * <camunda:properties>
 *   <camunda:property name="route071.vereisteStukken" value="raadsbesluit" />
 * </camunda:properties>
 * }</pre>
 *
 * names one or more kinds ({@link Stukken#SOORTEN}, comma separated). A parse listener adds a complete listener to
 * such a task; it refuses the completion (400, Dutch, nothing changes: the task stays open) until the proposal has a
 * stuk of each kind, and in a gemeente's process (a task of the gemeente's tenant: raadsbehandeling, collegebesluit)
 * one of that gemeente. Whatever door completes the task (Tasklist, REST, the Java API), the engine checks. An unknown
 * kind in the property is refused at deployment.
 */
@Component
class VereisteStukken extends AbstractProcessEnginePlugin {

    static final String EIGENSCHAP = "route071.vereisteStukken";

    private final Stukkenregister register;

    VereisteStukken(Stukkenregister register) {
        this.register = register;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new Modellezer());
    }

    /** The kinds named by the task's {@value #EIGENSCHAP} property; empty when it has none. */
    static List<String> soorten(Element taak) {
        Element uitbreidingen = taak.element("extensionElements");
        Element eigenschappen = uitbreidingen == null ? null : uitbreidingen.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (eigenschappen == null) {
            return List.of();
        }
        List<String> soorten = new ArrayList<>();
        for (Element eigenschap : eigenschappen.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (EIGENSCHAP.equals(eigenschap.attribute("name")) && eigenschap.attribute("value") != null) {
                Arrays.stream(eigenschap.attribute("value").split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(soorten::add);
            }
        }
        return soorten;
    }

    private final class Modellezer extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element taak, ScopeImpl scope, ActivityImpl activiteit) {
            List<String> soorten = soorten(taak);
            if (soorten.isEmpty()) {
                return;
            }
            List<String> onbekend = soorten.stream().filter(s -> !Stukken.SOORTEN.contains(s)).toList();
            if (!onbekend.isEmpty()) {
                throw new BadUserRequestException("Taak " + taak.attribute("id") + ": onbekende soort stuk in " + EIGENSCHAP + ": "
                        + String.join(", ", onbekend) + ". Kies uit: " + String.join(", ", Stukken.SOORT_LABELS.keySet()) + ".");
            }
            if (activiteit.getActivityBehavior() instanceof UserTaskActivityBehavior gedrag) {
                gedrag.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, new Controle(soorten));
            }
        }
    }

    /** At completion: every required kind present for the task's proposal (and gemeente). */
    private final class Controle implements TaskListener {

        private final List<String> soorten;

        Controle(List<String> soorten) {
            this.soorten = List.copyOf(soorten);
        }

        @Override
        public void notify(DelegateTask taak) {
            String voorstelnummer = taak.getExecution().getProcessBusinessKey();
            String gemeente = taak.getTenantId();
            List<String> ontbreekt = soorten.stream().filter(s -> voorstelnummer == null || !register.heeftSoort(voorstelnummer, s, gemeente)).toList();
            if (!ontbreekt.isEmpty()) {
                throw new Stukweigering(400, "De taak \"" + taak.getName() + "\" kan pas worden afgerond als bij voorstel " + voorstelnummer
                        + (gemeente == null ? "" : " voor " + gemeente) + " een stuk is toegevoegd van de soort: " + String.join(", ", ontbreekt)
                        + ". Voeg het toe op de pagina Stukken (/stukken/" + voorstelnummer + ").");
            }
        }
    }
}
