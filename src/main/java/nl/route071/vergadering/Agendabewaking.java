package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.VOORSTEL_AGENDA_VERGADERING;

import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The regiocommissie's steps outside {@code regionaalVoorstel} (a raad's verantwoording, the quarterly voortgang;
 * {@link Fase#BUITEN_HET_VOORSTEL}) are completed by the meeting whose agenda holds them, not by hand. A BPMN parse
 * listener adds a built-in complete listener to every user task with one of their ids, in whatever process it sits
 * (the verantwoording may move between processes; its task ids stay): while the item stands on an adopted agenda the
 * completion is refused (400, Dutch, nothing changes). The meeting removes its mark before it completes the task.
 */
@Component
class Agendabewaking extends AbstractProcessEnginePlugin {

    static final Set<String> TAKEN = Fase.BUITEN_HET_VOORSTEL.stream().filter(f -> f != Fase.VERANTWOORDING).map(f -> f.taak)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new Modellezer());
    }

    private static final class Modellezer extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element taak, ScopeImpl scope, ActivityImpl activiteit) {
            if (TAKEN.contains(activiteit.getId()) && activiteit.getActivityBehavior() instanceof UserTaskActivityBehavior gedrag) {
                gedrag.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, Agendabewaking::nietBuitenDeVergadering);
            }
        }
    }

    static void nietBuitenDeVergadering(DelegateTask taak) {
        Object vergadering = taak.getVariable(VOORSTEL_AGENDA_VERGADERING);
        if (vergadering != null) {
            throw new BadUserRequestException("'" + taak.getName() + "' staat op de agenda van vergadering " + vergadering
                    + "; de uitkomst wordt in die vergadering vastgelegd (taak 'Vergadering houden').");
        }
    }
}
