package nl.route071.database;


import nl.route071.gedeeld.Commandoketen;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's task completion that meets a concurrent change of the same process instance is run again, so the user's
 * completion wins instead of failing (issue #26). Example: "Uitvoering gereed melden" (its terminate end ends the
 * uitvoering) while the job executor continues the progress loop after a "Voortgang tussentijds melden". The first
 * attempt read the instance before the job's commit and meets the job's changes when it writes; the engine reports
 * that as an {@link OptimisticLockingException} (with {@code jdbc-batch-processing: false} in application.yaml also
 * when the conflict shows as a foreign key violation on a delete, which the engine cannot tell from a real error in a
 * JDBC batch). The next attempt reads the new state: the terminate end removes the task the job opened.
 *
 * <p>Only completions (complete, resolve, submit form; whatever door: REST, Tasklist, Java API), only at the top of
 * the command stack (not a completion nested in another command) and only outside a caller's own transaction: each
 * attempt is a transaction of its own that rolled back whole, so running it again is safe. At most {@value #POGINGEN}
 * attempts; after that the conflict reaches the caller.
 */
@Component
class AfrondenBijConflict extends AbstractProcessEnginePlugin {

    static final int POGINGEN = 3;

    private static final Logger LOG = LoggerFactory.getLogger(AfrondenBijConflict.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Commandoketen.AFRONDEN_BIJ_CONFLICT.installeer(configuratie, new Herhaling());
    }

    /** Outside the engine's transaction (a pre interceptor): each attempt runs in a transaction of its own. */
    static final class Herhaling extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            boolean afronding = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
            if (!afronding || Context.getCommandContext() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
                return next.execute(command);
            }
            for (int poging = 1;; poging++) {
                try {
                    return next.execute(command);
                }
                catch (OptimisticLockingException e) {
                    if (poging >= POGINGEN) {
                        throw e;
                    }
                    LOG.info("Task completion met a concurrent change of its process instance (attempt {} of {}), runs again: {}",
                            poging, POGINGEN, e.getMessage());
                }
            }
        }
    }
}
