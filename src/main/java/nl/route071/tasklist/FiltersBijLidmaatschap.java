package nl.route071.tasklist;

import java.util.ArrayList;
import java.util.List;

import nl.route071.gedeeld.Commandoketen;
import nl.route071.gedeeld.Commandovelden;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A user's Tasklist filters follow the directory at once, not only at the next start: when a user is saved (created
 * in Admin) or put into or taken out of a group, their "Mijn taken" and "Taken van mijn groep" are created or brought
 * to their groups in the same transaction ({@link TasklistFilters#voorGebruiker}). A command interceptor, so it holds
 * for Admin, REST and the Java API alike.
 */
@Component
class FiltersBijLidmaatschap extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TasklistFilters> filters;

    FiltersBijLidmaatschap(ObjectProvider<TasklistFilters> filters) {
        this.filters = filters;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Commandovelden.controleer(); // no start when a membership field this reads is gone
        Commandoketen.FILTERS_BIJ_LIDMAATSCHAP.installeer(configuratie, new Bijwerken());
    }

    final class Bijwerken extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T uitkomst = next.execute(command);
            if (command instanceof CreateMembershipCmd) {
                bijwerken(Commandovelden.LID_WORDEN_GEBRUIKER.van(command), Commandovelden.LID_WORDEN_GROEP.van(command), true);
            }
            else if (command instanceof DeleteMembershipCmd) {
                bijwerken(Commandovelden.LID_AF_GEBRUIKER.van(command), Commandovelden.LID_AF_GROEP.van(command), false);
            }
            else if (command instanceof SaveUserCmd) {
                User user = Commandovelden.GEBRUIKER_OPSLAAN.van(command);
                if (user != null && user.getId() != null) {
                    bijwerken(user.getId(), null, false);
                }
            }
            return uitkomst;
        }

        /**
         * The user's groups as the database has them, with this command's change added or removed: the change is not
         * yet written when this runs, inside the command's transaction.
         */
        private void bijwerken(String gebruiker, String groep, boolean erbij) {
            TasklistFilters tasklistFilters = filters.getIfAvailable();
            CommandContext context = Context.getCommandContext();
            if (tasklistFilters == null || context == null || gebruiker == null) {
                return;
            }
            context.runWithoutAuthorization(() -> {
                List<String> groepen = new ArrayList<>(context.getProcessEngineConfiguration().getIdentityService()
                        .createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList());
                if (groep != null) {
                    groepen.remove(groep);
                    if (erbij) {
                        groepen.add(groep);
                    }
                }
                tasklistFilters.voorGebruiker(gebruiker, groepen);
                return null;
            });
        }
    }
}
