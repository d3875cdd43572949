package nl.route071.toegang;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The gemeenten as Camunda tenants: how a griffie sees its own gemeente's council treatments and no others, without
 * a grant per task (docs/adr/0009-gemeenten-as-tenants.md).
 *
 * <ul>
 * <li>A council treatment ({@code raadsbehandeling}) and a college decision ({@code collegebesluit}) belong to the
 * tenant of their gemeente: the {@code gemeente} the main route hands to the called instance. Its tasks, variables,
 * jobs and history carry that tenant id; the definitions stay shared (deployed without a tenant).</li>
 * <li>The groups of a gemeente (column {@code gemeente} of {@code referentie/groepen.csv}) are members of its tenant;
 * the regiogriffie, which has tasks in every council treatment, of all five.</li>
 * <li>The griffie, college and burgemeester of a gemeente read the tasks of those two processes through one grant on
 * each process definition ({@code READ_TASK}, {@link Autorisaties}); the engine's tenant check keeps it to their own
 * gemeente. They work (claim, complete) only on the tasks they are candidates for: the engine's grant per task for a
 * candidate group keeps {@code TASK_WORK} but, for these groups on these tasks, not {@code READ}.</li>
 * <li>A griffie (and the regiogriffie) also gets {@code TASK_ASSIGN} on the tasks it is a candidate for, the one
 * permission Camunda's {@code SaveTaskCmd} asks to change a task's due and follow-up date ({@link Autorisaties#griffie}).</li>
 * </ul>
 * Camunda's task query joins every task with the user's matching grants; with a READ grant per task that join grew with
 * open tasks times the griffie's tasks (1.3 s at 5,000 open proposals, docs/benchmark.md). Now the griffie's matching
 * grants are the two on the definitions.
 *
 * <p>The engine's tenant check refuses another gemeente's task or instance with a plain engine exception (HTTP 500);
 * here it is an {@link AuthorizationException} (403), and the authorization check runs first.
 */
@Component
public class Gemeentetenants extends AbstractProcessEnginePlugin {

    /** The processes whose instances belong to the tenant of their gemeente. */
    public static final Set<String> PROCESSEN = Set.of("raadsbehandeling", "collegebesluit");
    /** The variable that names the gemeente of such an instance (the main route's multi-instance element). */
    public static final String GEMEENTE = "gemeente";
    /** The roles of a gemeente that read all tasks of these processes in their gemeente: group {@code <rol>-<gemeente>}. */
    public static final Set<String> ROLLEN = Set.of("griffie", "college", "burgemeester");

    /** Whether the group is the griffie, college or burgemeester of some gemeente (its id {@code <rol>-<gemeente>}). */
    public static boolean gemeentegroep(String groep) {
        int streep = groep.indexOf('-');
        return streep > 0 && streep < groep.length() - 1 && ROLLEN.contains(groep.substring(0, streep));
    }

    /** Whether the group is the griffie, college or burgemeester of this tenant's gemeente. */
    public static boolean gemeentegroepVan(String groep, String tenant) {
        return tenant != null && gemeentegroep(groep) && groep.endsWith("-" + tenant)
                && groep.indexOf('-') == groep.length() - tenant.length() - 1;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setTenantIdProvider(new Tenantkeuze());
        configuratie.setResourceAuthorizationProvider(new Taakrechten());
        List<CommandChecker> controles = new ArrayList<>();
        controles.add(new AuthorizationCommandChecker());
        controles.add(alsWeigering(new TenantCommandChecker()));
        configuratie.setCommandCheckers(controles);
    }

    /**
     * The tenant of a new process instance: its gemeente for the council and college processes (refused without one),
     * else none.
     */
    static final class Tenantkeuze implements TenantIdProvider {

        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
            if (!PROCESSEN.contains(context.getProcessDefinition().getKey())) {
                return null;
            }
            Object gemeente = context.getVariables() == null ? null : context.getVariables().get(GEMEENTE);
            DelegateExecution aanroeper = context.getSuperExecution();
            if (gemeente == null && aanroeper != null) {
                gemeente = aanroeper.getVariable(GEMEENTE);
            }
            if (gemeente instanceof String g && !g.isBlank()) {
                return g;
            }
            // without a tenant its tasks would be open to every gemeente's groups (READ_TASK on the definition)
            throw new BadUserRequestException("Een " + context.getProcessDefinition().getKey()
                    + " hoort bij één gemeente: de variabele 'gemeente' ontbreekt");
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
            return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
            return context.getExecution() == null ? null : context.getExecution().getTenantId();
        }
    }

    /**
     * Camunda's grants for a task, less READ for the gemeente's own groups on a task of their tenant: they read it
     * through the grant on the process definition, and a READ per task is what made their task query slow.
     */
    static final class Taakrechten extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task taak, String groep, String type) {
            AuthorizationEntity[] rechten = super.newTaskGroupIdentityLink(taak, groep, type);
            if (rechten != null) {
                for (AuthorizationEntity recht : rechten) {
                    if (recht != null && recht.getResourceType() == Resources.TASK.resourceType()) {
                        if (gemeentegroepVan(groep, taak.getTenantId())) {
                            recht.removePermission(READ);
                        }
                        if (Autorisaties.griffie(groep)) {
                            // a griffie sets its own tasks' due and follow-up dates (Tasklist's × and Opvolgdatum)
                            recht.addPermission(TASK_ASSIGN);
                        }
                    }
                }
            }
            return rechten;
        }
    }

    /** The engine's tenant check, refusing with an {@link AuthorizationException} (403) instead of a plain one (500). */
    static CommandChecker alsWeigering(CommandChecker tenantcontrole) {
        InvocationHandler handler = (proxy, methode, argumenten) -> {
            try {
                return methode.invoke(tenantcontrole, argumenten);
            }
            catch (InvocationTargetException e) {
                if (e.getCause() instanceof ProcessEngineException fout && !(fout instanceof AuthorizationException)) {
                    throw new AuthorizationException(fout.getMessage());
                }
                throw e.getCause();
            }
        };
        return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
                new Class<?>[] { CommandChecker.class }, handler);
    }
}
