package nl.route071.formulier;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import nl.route071.formulier.Formuliercontrole.Uitkomst;
import nl.route071.gedeeld.Commandovelden;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The form is the contract, inside the engine: every command that completes a task or starts a process with
 * variables passes here, whatever door it came through (REST complete or submit-form, Tasklist, Cockpit, the
 * Java API). The task's (or start event's) deployed Camunda Form says which variables may be written and with
 * which rules ({@link Formuliercontrole}); anything else is refused with a {@link Formulierfout} before the
 * command runs, so the task stays open and nothing changes.
 *
 * <ul>
 * <li>complete, resolve, submit task form: only the form's fields; a task without a form takes no variables;</li>
 * <li>start, submit start form of a process whose start event has a form: only that form's fields; a process
 * without a start form is left to the authorizations (only the route starts the called processes);</li>
 * <li>a start at an inner activity (skipping the start form) by a logged-in user is refused for a process with a
 * start form; a BPMN error or escalation from a task carries no variables.</li>
 * </ul>
 * Runs after the command context is opened (a post interceptor), reading the task and form without the caller's
 * authorizations; the command itself still checks them.
 */
final class FormulierBewaking extends CommandInterceptor {

    private final Formuliercontrole controle;

    FormulierBewaking(Formuliercontrole controle) {
        this.controle = controle;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            String taak = Commandovelden.AFRONDEN_TAAK.van(command);
            Map<String, Object> toegestaan = taak(taak, Commandovelden.AFRONDEN_VARIABELEN.van(command));
            if (command.getClass() == ResolveTaskCmd.class) {
                return (T) next.execute(new ResolveTaskCmd(taak, toegestaan));
            }
            if (command.getClass() == CompleteTaskCmd.class) {
                return (T) next.execute(new CompleteTaskCmd(taak, toegestaan, Commandovelden.AFRONDEN_VARIABELEN_TERUG.van(command),
                        Commandovelden.AFRONDEN_GEDESERIALISEERD.van(command)));
            }
            throw new BadUserRequestException("Onbekende manier van afronden: " + command.getClass().getName());
        }
        if (command instanceof SubmitTaskFormCmd) {
            String taak = Commandovelden.TAAKFORMULIER_TAAK.van(command);
            Map<String, Object> toegestaan = taak(taak, Commandovelden.TAAKFORMULIER_VARIABELEN.van(command));
            return (T) next.execute(new SubmitTaskFormCmd(taak, toegestaan, Commandovelden.TAAKFORMULIER_VARIABELEN_TERUG.van(command),
                    Commandovelden.TAAKFORMULIER_GEDESERIALISEERD.van(command)));
        }
        if (command instanceof SubmitStartFormCmd) {
            String definitie = Commandovelden.STARTFORMULIER_DEFINITIE.van(command);
            VariableMap variabelen = Commandovelden.STARTFORMULIER_VARIABELEN.van(command);
            Map<String, Object> toegestaan = start(definitie, variabelen);
            return (T) next.execute(new SubmitStartFormCmd(definitie, Commandovelden.STARTFORMULIER_SLEUTEL.van(command), toegestaan));
        }
        if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = Commandovelden.START_BOUWER.van(command);
            String definitie = definitie(builder);
            if (definitie != null) {
                Map<String, Object> variabelen = builder.getVariables();
                Map<String, Object> toegestaan = start(definitie, variabelen);
                if (toegestaan != variabelen) {
                    variabelen.keySet().retainAll(toegestaan.keySet());
                    variabelen.putAll(toegestaan);
                }
            }
            return next.execute(command);
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder = Commandovelden.START_BIJ_ACTIVITEIT_BOUWER.van(command);
            String definitie = definitie(builder);
            CommandContext context = Context.getCommandContext();
            if (definitie != null && context.getAuthentication() != null && startformulier(context, definitie) != null) {
                throw new Formulierfout(definitie.split(":")[0],
                        List.of("Dit proces start alleen bij het begin, met het startformulier."));
            }
            return next.execute(command);
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            boolean fout = command instanceof HandleTaskBpmnErrorCmd;
            Map<String, Object> variabelen = (fout ? Commandovelden.FOUT_VARIABELEN : Commandovelden.ESCALATIE_VARIABELEN).van(command);
            if (variabelen != null && !variabelen.isEmpty()) {
                throw new Formulierfout((fout ? Commandovelden.FOUT_TAAK : Commandovelden.ESCALATIE_TAAK).van(command),
                        List.of("Een fout of escalatie bij een taak neemt geen gegevens aan."));
            }
        }
        return next.execute(command);
    }

    /** The variables of a task's completion that its form allows, plus what the form adds itself. */
    private Map<String, Object> taak(String taakId, Map<String, Object> variabelen) {
        CommandContext context = Context.getCommandContext();
        TaskEntity taak = context.getTaskManager().findTaskById(taakId);
        if (taak == null) {
            return variabelen; // the command itself reports the unknown task
        }
        String naam = taak.getName() != null ? taak.getName() : taakId;
        FormData gegevens = zonderAutorisatie(context, () -> new GetTaskFormCmd(taakId).execute(context), null);
        if (gegevens == null || (gegevens.getFormKey() == null && gegevens.getCamundaFormRef() == null)) {
            if (variabelen != null && !variabelen.isEmpty()) {
                throw new Formulierfout(naam, List.of("Deze taak heeft geen formulier en neemt geen gegevens aan."));
            }
            return variabelen;
        }
        InputStream json = zonderAutorisatie(context, () -> new GetDeployedTaskFormCmd(taakId).execute(context), null);
        return toets(naam, formulier(naam, json), variabelen, Waarden.gewoon(taak.getVariables()));
    }

    /** The variables of a start that its start form allows; the same map when the process has no start form. */
    private Map<String, Object> start(String definitieId, Map<String, Object> variabelen) {
        CommandContext context = Context.getCommandContext();
        FormData gegevens = startformulier(context, definitieId);
        if (gegevens == null) {
            return variabelen;
        }
        ProcessDefinitionEntity definitie = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(definitieId);
        String naam = definitie.getName() != null ? definitie.getName() : definitie.getKey();
        InputStream json = zonderAutorisatie(context, () -> new GetDeployedStartFormCmd(definitieId).execute(context), null);
        return toets(naam, formulier(naam, json), variabelen, Map.of());
    }

    private Map<String, Object> toets(String naam, Formulier formulier, Map<String, Object> variabelen, Map<String, Object> bestaand) {
        Uitkomst uitkomst = controle.controleer(formulier, Waarden.gewoon(variabelen), bestaand);
        if (!uitkomst.goed()) {
            throw new Formulierfout(naam, uitkomst.fouten());
        }
        VariableMap toegestaan = Variables.createVariables();
        for (String sleutel : uitkomst.behouden()) {
            if (variabelen instanceof VariableMap map) {
                toegestaan.putValueTyped(sleutel, map.getValueTyped(sleutel));
            }
            else {
                toegestaan.put(sleutel, variabelen.get(sleutel));
            }
        }
        toegestaan.putAll(uitkomst.aanvullingen());
        return toegestaan;
    }

    private static Formulier formulier(String naam, InputStream json) {
        if (json == null) {
            throw new Formulierfout(naam, List.of("Het formulier is niet gevonden bij de uitrol van dit proces."));
        }
        try (InputStream in = json) {
            return Formulier.lees(in);
        }
        catch (IllegalArgumentException | java.io.IOException e) {
            throw new Formulierfout(naam, List.of("Het formulier kan niet worden gelezen: " + e.getMessage()));
        }
    }

    /** The start event's form of the definition, or null when it has none. */
    private static FormData startformulier(CommandContext context, String definitieId) {
        FormData gegevens = zonderAutorisatie(context, () -> new GetStartFormCmd(definitieId).execute(context), null);
        return gegevens == null || (gegevens.getFormKey() == null && gegevens.getCamundaFormRef() == null) ? null : gegevens;
    }

    /** The process definition a start names, by id or as the latest of its key; null when there is none. */
    private static String definitie(ProcessInstantiationBuilderImpl builder) {
        if (builder.getProcessDefinitionId() != null) {
            return builder.getProcessDefinitionId();
        }
        CommandContext context = Context.getCommandContext();
        try {
            ProcessDefinitionEntity definitie = builder.getTenantId() != null || builder.isProcessDefinitionTenantIdSet()
                    ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestProcessDefinitionByKeyAndTenantId(
                            builder.getProcessDefinitionKey(), builder.getProcessDefinitionTenantId())
                    : context.getProcessEngineConfiguration().getDeploymentCache()
                            .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
            return definitie == null ? null : definitie.getId();
        }
        catch (RuntimeException e) {
            return null; // the command itself reports the unknown process
        }
    }

    private interface Opdracht<T> {
        T voerUit();
    }

    /**
     * Reads what the form check needs without the user's authorization and tenant checks: the command itself checks
     * them afterwards (a task of another gemeente's tenant is refused there with 403).
     */
    private static <T> T zonderAutorisatie(CommandContext context, Opdracht<T> opdracht, T anders) {
        boolean tenantcontrole = context.isTenantCheckEnabled();
        context.disableTenantCheck();
        try {
            return context.runWithoutAuthorization(opdracht::voerUit);
        }
        catch (RuntimeException e) {
            return anders;
        }
        finally {
            if (tenantcontrole) {
                context.enableTenantCheck();
            }
        }
    }

}
