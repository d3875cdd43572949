package nl.route071.tasklist;

import java.util.List;
import java.util.Map;

import nl.route071.gedeeld.Groepen;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts with, showing the proposal number, title and gemeente of each task.
 * The engine evaluates no expressions in stored queries (docs/security.md), so no filter uses
 * {@code ${currentUser()}} or {@code ${currentUserGroups()}}:
 * <ul>
 * <li>"Taken van mijn groep": every task the user may see, picked up or not, soonest due date first. With
 * authorization on a user sees only the tasks Camunda granted them: those of their candidate groups (and those
 * assigned to them), so a task stays findable here after *Oppakken*, with who has it on its card.</li>
 * <li>"Mijn taken": one filter per user, owned by that user, with the user as assignee. Created at start for
 * every user who has none yet (a user added later gets theirs at the next start). Only its owner sees it: an
 * administrator, who may read every filter through the group camunda-admin, gets a user-level REVOKE on the
 * others' "Mijn taken" (a user's authorization goes before their group's), so they see one, not one per user.</li>
 * </ul>
 * A user's own filter is created once and kept when the user changed it; the shared group filter is brought to
 * this version's query at every start. A filter of an earlier version that holds expressions is replaced, since
 * the engine would refuse to run it.
 */
@Component
class TasklistFilters {

    static final String MIJN_TAKEN = "Mijn taken";
    static final String TAKEN_VAN_MIJN_GROEP = "Taken van mijn groep";
    private static final String GROEP_OMSCHRIJVING =
            "Taken voor uw groep, eerst die het eerst af moeten; een opgepakte taak blijft hier staan met wie hem behandelt";

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
            AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void createFilters() {
        verwijderFiltersMetExpressies();
        werkGedeeldFilterBij();
        create(TAKEN_VAN_MIJN_GROEP, null, -5, GROEP_OMSCHRIJVING, taskService.createTaskQuery());
        iedereenMagLezen(filterService.createFilterQuery().filterName(TAKEN_VAN_MIJN_GROEP).list().stream()
                .filter(f -> f.getOwner() == null).toList());
        for (User gebruiker : identityService.createUserQuery().list()) {
            create(MIJN_TAKEN, gebruiker.getId(), -10, "Taken die aan u zijn toegewezen",
                    taskService.createTaskQuery().taskAssignee(gebruiker.getId()));
        }
        alleenVoorDeEigenaar();
    }

    /** The group filter of an earlier version showed only unassigned tasks: a task left it at Oppakken. */
    private void werkGedeeldFilterBij() {
        for (Filter filter : filterService.createFilterQuery().filterName(TAKEN_VAN_MIJN_GROEP).list()) {
            if (filter.getOwner() == null && !GROEP_OMSCHRIJVING.equals(filter.getProperties().get("description"))) {
                filter.setQuery(gesorteerd(taskService.createTaskQuery()));
                filter.setProperties(eigenschappen(-5, GROEP_OMSCHRIJVING));
                filterService.saveFilter(filter);
            }
        }
    }

    /**
     * Administrators read every filter through their group; a user-level REVOKE on each other user's "Mijn
     * taken" leaves them their own.
     */
    private void alleenVoorDeEigenaar() {
        List<Filter> mijnTaken = filterService.createFilterQuery().filterName(MIJN_TAKEN).list();
        for (User beheerder : identityService.createUserQuery().memberOfGroup(Groepen.BEHEERDERS).list()) {
            for (Filter filter : mijnTaken) {
                if (filter.getOwner() == null || filter.getOwner().equals(beheerder.getId())
                        || authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
                                .userIdIn(beheerder.getId()).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0) {
                    continue;
                }
                Authorization verbergen = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
                verbergen.setUserId(beheerder.getId());
                verbergen.setResource(Resources.FILTER);
                verbergen.setResourceId(filter.getId());
                verbergen.removePermission(Permissions.READ);
                authorizationService.saveAuthorization(verbergen);
            }
        }
    }

    /** A global grant: every user may read the shared filter (a user's own filter is readable by its owner only). */
    private void iedereenMagLezen(List<Filter> gedeeld) {
        for (Filter filter : gedeeld) {
            if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                    .resourceType(Resources.FILTER).resourceId(filter.getId()).count() == 0) {
                Authorization lezen = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                lezen.setUserId(Authorization.ANY);
                lezen.setResource(Resources.FILTER);
                lezen.setResourceId(filter.getId());
                lezen.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(lezen);
            }
        }
    }

    private void verwijderFiltersMetExpressies() {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            if (filter.getQuery() instanceof TaskQueryImpl query && !query.getExpressions().isEmpty()) {
                filterService.deleteFilter(filter.getId());
            }
        }
    }

    private void create(String naam, String eigenaar, int prioriteit, String omschrijving, TaskQuery query) {
        var bestaand = filterService.createFilterQuery().filterName(naam);
        if ((eigenaar == null ? bestaand : bestaand.filterOwner(eigenaar)).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(naam);
        filter.setOwner(eigenaar);
        filter.setQuery(gesorteerd(query));
        filter.setProperties(eigenschappen(prioriteit, omschrijving));
        filterService.saveFilter(filter);
    }

    private static TaskQuery gesorteerd(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private static Map<String, Object> eigenschappen(int prioriteit, String omschrijving) {
        return Map.of(
                "priority", prioriteit,
                "description", omschrijving,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "voorstelnummer", "label", "Voorstel"),
                        Map.of("name", "titel", "label", "Titel"),
                        Map.of("name", "gemeente", "label", "Gemeente")));
    }
}
