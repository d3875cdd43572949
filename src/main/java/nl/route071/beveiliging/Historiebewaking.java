package nl.route071.beveiliging;

import java.util.ArrayList;
import java.util.List;

import nl.route071.gedeeld.Commandoketen;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstancesBulkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The record is kept: history is removed only by the retention policy (each model's {@code historyTimeToLive}, set
 * in the model and checked at deployment, applied by Camunda's history cleanup job, see docs/operations.md), never
 * by a user. Every command that deletes history (process, task, variable, decision and case history, the operation
 * log), gives history a removal time of a user's choosing, or changes a definition's time to live is refused with a
 * Dutch {@link BadUserRequestException} (400 over REST) when a user is authenticated, whatever their groups:
 * {@code camunda-admin} and {@code procesbeheer} included, over REST, the webapps and the Java API alike. As a
 * second line, the engine's own deletion of historic process instances (what a cascading deletion of a deployment,
 * a process definition or a running instance does) is refused for an authenticated user as soon as there is history
 * to lose. The cleanup job runs without a user and deletes by removal time, so it is not touched; so are
 * Route071's own calls without a user (none of its code deletes history).
 */
@Component
class Historiebewaking extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(Historiebewaking.class);
    static final String GEWEIGERD = "De historie van een voorstel blijft bewaard: alleen de bewaartermijn (historyTimeToLive) "
            + "verwijdert haar, ook beheerders en procesbeheer verwijderen of verkorten haar niet.";

    /** The commands that remove or shorten history, or change its time to live. */
    static boolean verwijdertHistorie(Command<?> command) {
        return command instanceof DeleteHistoricProcessInstancesCmd || command instanceof DeleteHistoricProcessInstancesBatchCmd
                || command instanceof DeleteHistoricTaskInstanceCmd || command instanceof DeleteHistoricVariableInstanceCmd
                || command instanceof DeleteHistoricVariableInstancesByProcessInstanceIdCmd
                || command instanceof DeleteHistoricCaseInstanceCmd || command instanceof DeleteHistoricCaseInstancesBulkCmd
                || command instanceof DeleteHistoricDecisionInstanceByDefinitionIdCmd
                || command instanceof DeleteHistoricDecisionInstanceByInstanceIdCmd
                || command instanceof DeleteHistoricDecisionInstancesBulkCmd || command instanceof DeleteHistoricDecisionInstancesBatchCmd
                || command instanceof DeleteUserOperationLogEntryCmd
                || command instanceof SetRemovalTimeToHistoricProcessInstancesCmd
                || command instanceof SetRemovalTimeToHistoricDecisionInstancesCmd
                || command instanceof SetRemovalTimeToHistoricBatchesCmd
                || command instanceof UpdateProcessDefinitionHistoryTimeToLiveCmd
                || command instanceof UpdateDecisionDefinitionHistoryTimeToLiveCmd;
    }

    private static boolean gebruikerAangemeld() {
        CommandContext context = Context.getCommandContext();
        return context != null && context.getAuthenticatedUserId() != null;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Commandoketen.HISTORIE_BEWAARD.installeer(configuratie, new HistorieNietVerwijderen());
        Commandoketen.HISTORIE_BEWAARD_NIEUWE_TRANSACTIE.installeer(configuratie, new HistorieNietVerwijderen());
        List<SessionFactory> sessies = configuratie.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuratie.getCustomSessionFactories());
        sessies.add(new BewaardeProcesHistorie.Fabriek());
        configuratie.setCustomSessionFactories(sessies);
    }

    /** Refuses the commands of {@link #verwijdertHistorie} for an authenticated user. */
    static final class HistorieNietVerwijderen extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (verwijdertHistorie(command) && gebruikerAangemeld()) {
                LOG.info("Geweigerd ({}, gebruiker {}): {}", command.getClass().getSimpleName(),
                        Context.getCommandContext().getAuthenticatedUserId(), GEWEIGERD);
                throw new BadUserRequestException(GEWEIGERD);
            }
            return next.execute(command);
        }
    }

    /**
     * Camunda's manager of historic process instances, refusing for an authenticated user the deletions that a
     * cascade (deployment, definition, running instance) makes, when there is history to delete.
     */
    static final class BewaardeProcesHistorie extends HistoricProcessInstanceManager {

        @Override
        public void deleteHistoricProcessInstanceByProcessDefinitionId(String processDefinitionId) {
            if (gebruikerAangemeld() && Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
                    .getHistoryService().createHistoricProcessInstanceQuery().processDefinitionId(processDefinitionId).count()) > 0) {
                throw new BadUserRequestException(GEWEIGERD);
            }
            super.deleteHistoricProcessInstanceByProcessDefinitionId(processDefinitionId);
        }

        @Override
        public void deleteHistoricProcessInstanceByIds(List<String> processInstanceIds) {
            if (gebruikerAangemeld() && !processInstanceIds.isEmpty()) {
                throw new BadUserRequestException(GEWEIGERD);
            }
            super.deleteHistoricProcessInstanceByIds(processInstanceIds);
        }

        /** Opens {@link BewaardeProcesHistorie} where the engine asks for its {@link HistoricProcessInstanceManager}. */
        static final class Fabriek implements SessionFactory {

            @Override
            public Class<?> getSessionType() {
                return HistoricProcessInstanceManager.class;
            }

            @Override
            public Session openSession() {
                return new BewaardeProcesHistorie();
            }
        }
    }
}
