package nl.route071.tasklist;

import java.util.ArrayList;
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
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts with, showing the proposal number, title and gemeente of each task.
 * The engine evaluates no expressions in stored queries (docs/security.md), so no filter uses
 * {@code ${currentUser()}} or {@code ${currentUserGroups()}}; each user has their own two filters instead, created at
 * start for every user and kept in step when a user is saved or changes group ({@link FiltersBijLidmaatschap}),
 * readable by that user only:
 * <ul>
 * <li>"Taken van mijn groep": the tasks of the user's groups, picked up or not (in the order Tasklist's header shows and the user may change; due date first unless chosen otherwise), so a task
 * stays findable here after *Oppakken*, with who has it on its card. Its query names the user's groups as candidate
 * groups, brought up to date at every start and at every change of membership. Authorization alone
 * would show more: within its gemeente's council treatment a griffie may read the college's task too
 * (docs/adr/0009-gemeenten-as-tenants.md), but it is not the griffie's to do. An administrator's filter has no
 * candidate groups: it shows every task.</li>
 * <li>"Mijn taken": the user as assignee. Kept as the user changed it.</li>
 * </ul>
 * An administrator, who may read every filter through the group camunda-admin, gets a user-level REVOKE on the
 * others' filters (a user's authorization goes before their group's), so they see their own two. The shared "Taken
 * van mijn groep" of earlier versions is removed, and so is a filter of an earlier version that holds expressions,
 * since the engine would refuse to run it.
 */
@Component
public class TasklistFilters {

    static final String MIJN_TAKEN = "Mijn taken";
    static final String TAKEN_VAN_MIJN_GROEP = "Taken van mijn groep";
    private static final String GROEP_OMSCHRIJVING =
            "Taken voor uw groep; een opgepakte taak blijft hier staan met wie hem behandelt. De volgorde kiest u boven de lijst";

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

    /** Start-up step 5 ({@code Opstart}). */
    public void createFilters() {
        verwijderFiltersMetExpressies();
        verwijderGedeeldGroepsfilter();
        for (User gebruiker : identityService.createUserQuery().list()) {
            voorGebruiker(gebruiker.getId(), identityService.createGroupQuery().groupMember(gebruiker.getId()).list().stream()
                    .map(Group::getId).toList());
        }
        alleenVoorDeEigenaar();
    }

    /**
     * The user's two filters, created or brought to these groups (the user's groups), hidden from the administrators.
     * Also called when a user is saved or their membership changes ({@link FiltersBijLidmaatschap}).
     */
    void voorGebruiker(String gebruiker, List<String> groepen) {
        List<Filter> eigen = List.of(groepsfilter(gebruiker, groepen.stream().distinct().sorted().toList()),
                create(MIJN_TAKEN, gebruiker, -10, "Taken die aan u zijn toegewezen", taskService.createTaskQuery().taskAssignee(gebruiker)));
        for (User beheerder : identityService.createUserQuery().memberOfGroup(Groepen.BEHEERDERS).list()) {
            eigen.forEach(filter -> verberg(filter, beheerder.getId()));
        }
    }

    /** The user's "Taken van mijn groep", created or brought to the user's current groups. */
    private Filter groepsfilter(String gebruiker, List<String> groepen) {
        TaskQuery query = groepen.contains(Groepen.BEHEERDERS) || groepen.isEmpty() ? taskService.createTaskQuery()
                : taskService.createTaskQuery().taskCandidateGroupIn(groepen).includeAssignedTasks();
        Filter filter = filterService.createFilterQuery().filterName(TAKEN_VAN_MIJN_GROEP).filterOwner(gebruiker).list().stream()
                .findFirst().orElse(null);
        if (filter == null) {
            return create(TAKEN_VAN_MIJN_GROEP, gebruiker, -5, GROEP_OMSCHRIJVING, query);
        }
        if (!kandidaatgroepen(filter).equals(groepen.contains(Groepen.BEHEERDERS) ? List.of() : groepen)
                || !GROEP_OMSCHRIJVING.equals(filter.getProperties().get("description"))) {
            filter.setQuery(query);
            filter.setProperties(eigenschappen(-5, GROEP_OMSCHRIJVING));
            filterService.saveFilter(filter);
        }
        return filter;
    }

    private static List<String> kandidaatgroepen(Filter filter) {
        List<String> groepen = filter.getQuery() instanceof TaskQueryImpl query ? query.getCandidateGroupsInternal() : null;
        return groepen == null ? List.of() : groepen.stream().sorted().toList();
    }

    /** The shared group filter of earlier versions (no owner), readable by everybody. */
    private void verwijderGedeeldGroepsfilter() {
        for (Filter filter : filterService.createFilterQuery().filterName(TAKEN_VAN_MIJN_GROEP).list()) {
            if (filter.getOwner() == null) {
                filterService.deleteFilter(filter.getId());
            }
        }
    }

    /**
     * Administrators read every filter through their group; a user-level REVOKE on each other user's filters
     * leaves them their own.
     */
    private void alleenVoorDeEigenaar() {
        List<Filter> eigen = new ArrayList<>(filterService.createFilterQuery().filterName(MIJN_TAKEN).list());
        eigen.addAll(filterService.createFilterQuery().filterName(TAKEN_VAN_MIJN_GROEP).list());
        for (User beheerder : identityService.createUserQuery().memberOfGroup(Groepen.BEHEERDERS).list()) {
            eigen.forEach(filter -> verberg(filter, beheerder.getId()));
        }
    }

    /** A user-level REVOKE of READ on another user's filter for this administrator, once. */
    private void verberg(Filter filter, String beheerder) {
        if (filter.getOwner() == null || filter.getOwner().equals(beheerder)
                || authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
                        .userIdIn(beheerder).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0) {
            return;
        }
        Authorization verbergen = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        verbergen.setUserId(beheerder);
        verbergen.setResource(Resources.FILTER);
        verbergen.setResourceId(filter.getId());
        verbergen.removePermission(Permissions.READ);
        authorizationService.saveAuthorization(verbergen);
    }

    private void verwijderFiltersMetExpressies() {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            if (filter.getQuery() instanceof TaskQueryImpl query && !query.getExpressions().isEmpty()) {
                filterService.deleteFilter(filter.getId());
            }
        }
    }

    /** The user's filter of that name, created when there is none (an existing one is kept as the user changed it). */
    private Filter create(String naam, String eigenaar, int prioriteit, String omschrijving, TaskQuery query) {
        Filter bestaand = filterService.createFilterQuery().filterName(naam).filterOwner(eigenaar).list().stream().findFirst().orElse(null);
        if (bestaand != null) {
            return bestaand;
        }
        Filter filter = filterService.newTaskFilter(naam);
        filter.setOwner(eigenaar);
        filter.setQuery(query);
        filter.setProperties(eigenschappen(prioriteit, omschrijving));
        return filterService.saveFilter(filter);
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
