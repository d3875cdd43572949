package nl.route071.toegang;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import java.util.function.Predicate;

import nl.route071.gedeeld.Groepen;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The authorizations every group needs for its role, created at start (after the groups, see
 * {@code IdentityInitializer}) and idempotently: a missing grant is added, nothing is taken away.
 *
 * <ul>
 * <li>every group: Tasklist, reading process models, users and groups (names in Tasklist);</li>
 * <li>the groups of {@code referentie/indieners.csv} ({@link Indieners}: bestuurstafels, werkgroepen, the regiogriffie)
 * start proposals ({@code regionaalVoorstel});</li>
 * <li>{@code procesbeheer}: Cockpit, deployments (Camunda Modeler), process and decision definitions and
 * their instances (migration);</li>
 * <li>the administrators ({@link Groepen#BEHEERDERS}): everything.</li>
 * </ul>
 * Tasks need no grant here: with authorization on, Camunda gives each candidate group (and assignee) of a task
 * READ and {@code TASK_WORK} on that task ({@link TaakWerk}), so a group sees, claims and completes its own tasks
 * and no others, but sets no variables beside its form and no candidate groups or assignees (that needs UPDATE).
 * The exception are the council and college processes of a gemeente ({@link Gemeentetenants}): there the
 * gemeente's griffie, college and burgemeester read the tasks through {@code READ_TASK} on the process definition,
 * limited to their gemeente by its tenant, and keep {@code TASK_WORK} per task. Nobody but procesbeheer and admin
 * may read process instances or their variables through REST or Cockpit.
 */
@Component
public class Autorisaties {

    static final String PROCESBEHEER = "procesbeheer";
    static final String VOORSTEL = "regionaalVoorstel";
    static final String ALLES = "*";

    private static final Logger LOG = LoggerFactory.getLogger(Autorisaties.class);

    /** One grant: which groups, on what, which permissions. */
    record Recht(Predicate<String> groepen, Resource resource, String resourceId, Permission... permissies) {
    }

    static final Predicate<String> IEDERE_GROEP = groep -> !groep.equals(Groepen.BEHEERDERS);

    /**
     * Whether the group is a griffie: {@code griffie-<gemeente>} or the regiogriffie. On the tasks it is a candidate for,
     * a griffie holds {@code TASK_ASSIGN} beside {@code TASK_WORK} ({@link Gemeentetenants}), so it may set their due and
     * follow-up dates in Tasklist (Camunda's {@code SaveTaskCmd} asks TASK_ASSIGN or UPDATE). TASK_ASSIGN is the narrowest
     * permission that does (UPDATE also sets variables and candidate groups); it is granted per task, so it never reaches
     * another gemeente's task. Migration 55 gives it on the tasks open before.
     */
    static boolean griffie(String groep) {
        return "regiogriffie".equals(groep) || groep != null && groep.startsWith("griffie-") && groep.length() > "griffie-".length();
    }

    /** The grants, with who may submit a proposal from the reference data. */
    static List<Recht> rechten(Predicate<String> indieners) {
        Stream<Recht> gemeentetaken = Gemeentetenants.PROCESSEN.stream().sorted()
                .map(proces -> new Recht(Gemeentetenants::gemeentegroep, PROCESS_DEFINITION, proces, READ_TASK));
        return Stream.concat(gemeentetaken, Stream.of(
            new Recht(IEDERE_GROEP, APPLICATION, "tasklist", ACCESS),
            new Recht(IEDERE_GROEP, PROCESS_DEFINITION, ALLES, READ),
            new Recht(IEDERE_GROEP, USER, ALLES, READ),
            new Recht(IEDERE_GROEP, GROUP, ALLES, READ),
            new Recht(indieners, PROCESS_DEFINITION, VOORSTEL, READ, CREATE_INSTANCE),
            new Recht(indieners, PROCESS_INSTANCE, ALLES, CREATE),
            new Recht("regiogriffie"::equals, PROCESS_DEFINITION, "vergadering", READ, CREATE_INSTANCE),
            new Recht("regiogriffie"::equals, PROCESS_INSTANCE, ALLES, CREATE),
            new Recht(PROCESBEHEER::equals, APPLICATION, "cockpit", ACCESS),
            new Recht(PROCESBEHEER::equals, DEPLOYMENT, ALLES, ALL),
            new Recht(PROCESBEHEER::equals, PROCESS_DEFINITION, ALLES, ALL),
            new Recht(PROCESBEHEER::equals, DECISION_DEFINITION, ALLES, ALL),
            new Recht(PROCESBEHEER::equals, DECISION_REQUIREMENTS_DEFINITION, ALLES, ALL),
            new Recht(PROCESBEHEER::equals, PROCESS_INSTANCE, ALLES, ALL),
            new Recht(PROCESBEHEER::equals, BATCH, ALLES, ALL))).toList();
    }

    private final AuthorizationService authorizationService;
    private final IdentityService identityService;
    private final List<Recht> rechten;

    Autorisaties(AuthorizationService authorizationService, IdentityService identityService, Indieners indieners) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
        this.rechten = rechten(indieners);
    }

    /**
     * The permission Camunda grants a task's candidate groups and assignee: {@code TASK_WORK} (claim, complete,
     * submit the form) instead of Camunda's default UPDATE (which also sets variables and identity links).
     */
    @Component
    static class TaakWerk extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuratie) {
            configuratie.setDefaultUserPermissionNameForTask(TASK_WORK.getName());
        }
    }

    /** Start-up step 4 ({@code Opstart}). */
    public void verleen() {
        int nieuw = beperkTaakrechten();
        for (Resources resource : Resources.values()) {
            nieuw += verleen(Groepen.BEHEERDERS, resource, ALLES, ALL);
        }
        for (Group groep : identityService.createGroupQuery().list()) {
            for (Recht recht : rechten) {
                if (recht.groepen().test(groep.getId())) {
                    nieuw += verleen(groep.getId(), recht.resource(), recht.resourceId(), recht.permissies());
                }
            }
        }
        LOG.info("Authorizations: {} granted or extended", nieuw);
    }

    /**
     * Task grants made before {@link TaakWerk} (UPDATE on one task, for its candidate groups and assignee) become
     * TASK_WORK; the number changed.
     */
    int beperkTaakrechten() {
        int gewijzigd = 0;
        for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(TASK).hasPermission(UPDATE)
                .authorizationType(AUTH_TYPE_GRANT).list()) {
            if (ALLES.equals(grant.getResourceId()) || Groepen.BEHEERDERS.equals(grant.getGroupId()) || grant.isEveryPermissionGranted()) {
                continue;
            }
            grant.removePermission(UPDATE);
            grant.addPermission(TASK_WORK);
            authorizationService.saveAuthorization(grant);
            gewijzigd++;
        }
        return gewijzigd;
    }

    /** Grants the permissions to the group, adding to an existing grant; 1 when something changed. */
    int verleen(String groep, Resource resource, String resourceId, Permission... permissies) {
        Authorization grant = authorizationService.createAuthorizationQuery().groupIdIn(groep)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).list().stream()
                .findFirst().orElse(null);
        List<Permission> ontbrekend = new ArrayList<>();
        for (Permission permissie : permissies) {
            if (grant == null || !grant.isPermissionGranted(permissie)) {
                ontbrekend.add(permissie);
            }
        }
        if (ontbrekend.isEmpty()) {
            return 0;
        }
        if (grant == null) {
            grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setGroupId(groep);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        ontbrekend.forEach(grant::addPermission);
        authorizationService.saveAuthorization(grant);
        return 1;
    }
}
