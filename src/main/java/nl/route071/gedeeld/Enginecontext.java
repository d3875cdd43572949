package nl.route071.gedeeld;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * What route code needs from the engine's running command that Camunda 7's public API does not offer, in one place,
 * with public types in and out: the route's delegates and listeners use these and never
 * {@code org.camunda.bpm.engine.impl} themselves (ArchitectuurTest). A Camunda release (or Operaton) that changes
 * one of these internals is answered here only.
 */
public final class Enginecontext {

    private Enginecontext() {
    }

    /**
     * Runs the work without the current user's authorizations when called inside an engine command (a delegate or
     * listener), else as it is: the route may evaluate a rule or read a definition the user was not granted.
     */
    public static <T> T zonderAutorisatie(Callable<T> werk) {
        CommandContext context = Context.getCommandContext();
        try {
            return context == null ? werk.call() : context.runWithoutAuthorization(werk);
        }
        catch (RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new ProcessEngineException(e);
        }
    }

    /** The id of the job the current command runs (the same on every retry of it), or empty without one. */
    public static Optional<String> huidigeJob() {
        CommandContext context = Context.getCommandContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        return Optional.ofNullable(job == null ? null : job.getId());
    }

    /**
     * The scope of the current run of the multi-instance activity around this execution (the scope that holds
     * {@code nrOfInstances}), to keep a variable for that run only; empty outside a multi-instance activity.
     */
    public static Optional<VariableScope> multiInstanceRonde(DelegateExecution execution) {
        if (!(execution instanceof ExecutionEntity entiteit)) {
            return Optional.empty();
        }
        for (ExecutionEntity scope = entiteit.getParent(); scope != null; scope = scope.getParent()) {
            if (scope.hasVariableLocal("nrOfInstances")) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The groups of the user on whose behalf the engine runs now (REST, Tasklist, the Java API with a user); empty when
     * no user is authenticated (a job, a test, Route071's own code).
     */
    public static Optional<List<String>> groepenVanDeGebruiker(IdentityService identityService) {
        Authentication gebruiker = identityService.getCurrentAuthentication();
        if (gebruiker == null || gebruiker.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(gebruiker.getGroupIds() != null ? gebruiker.getGroupIds()
                : identityService.createGroupQuery().groupMember(gebruiker.getUserId()).list().stream().map(Group::getId).toList());
    }

    /** The key of the process whose call activity started this execution's process instance; empty when none did. */
    public static Optional<String> aanroependProces(DelegateExecution execution) {
        return execution.getSuperExecution() instanceof ExecutionEntity ouder
                ? Optional.ofNullable(ouder.getProcessDefinition().getKey()) : Optional.empty();
    }
}
