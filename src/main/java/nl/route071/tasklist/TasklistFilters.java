package nl.route071.tasklist;

import java.util.List;
import java.util.Map;

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
 * The engine evaluates no expressions in stored queries (README "Security"), so no filter uses
 * {@code ${currentUser()}} or {@code ${currentUserGroups()}}:
 * <ul>
 * <li>"Taken van mijn groep": every unassigned task. With authorization on a user sees only the tasks
 * Camunda granted them: those of their candidate groups.</li>
 * <li>"Mijn taken": one filter per user, owned by that user, with the user as assignee. Created at start for
 * every user who has none yet (a user added later gets theirs at the next start).</li>
 * </ul>
 * Created once; a filter a user changed is kept. A filter of an earlier version that holds expressions is
 * replaced, since the engine would refuse to run it.
 */
@Component
class TasklistFilters {

    static final String MIJN_TAKEN = "Mijn taken";
    static final String TAKEN_VAN_MIJN_GROEP = "Taken van mijn groep";

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
        create(TAKEN_VAN_MIJN_GROEP, null, -5, "Taken voor uw groep die nog niemand heeft opgepakt",
                taskService.createTaskQuery().taskUnassigned());
        iedereenMagLezen(filterService.createFilterQuery().filterName(TAKEN_VAN_MIJN_GROEP).list().stream()
                .filter(f -> f.getOwner() == null).toList());
        for (User gebruiker : identityService.createUserQuery().list()) {
            create(MIJN_TAKEN, gebruiker.getId(), -10, "Taken die aan u zijn toegewezen",
                    taskService.createTaskQuery().taskAssignee(gebruiker.getId()));
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
        filter.setQuery(query.orderByDueDate().asc().orderByTaskCreateTime().asc());
        filter.setProperties(Map.of(
                "priority", prioriteit,
                "description", omschrijving,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "voorstelnummer", "label", "Voorstel"),
                        Map.of("name", "titel", "label", "Titel"),
                        Map.of("name", "gemeente", "label", "Gemeente"))));
        filterService.saveFilter(filter);
    }
}
