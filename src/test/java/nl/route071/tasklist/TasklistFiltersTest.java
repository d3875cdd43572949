package nl.route071.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.route071.Griffie;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Route071Test
class TasklistFiltersTest {

    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    TasklistFilters filters;

    @AfterEach
    void logout() {
        identityService.clearAuthentication();
    }

    @Test
    void taken_van_mijn_groep_shows_a_griffier_the_tasks_of_her_griffie_and_not_those_of_another() {
        String nr = "RV-FILTER-" + System.nanoTime();
        raadsbehandeling(nr, "oegstgeest");
        new Griffie(engine).collegesBiedenAan(nr);

        aanmelden("griffier-oegstgeest");
        List<Task> oegstgeest = filterService.listPage(groepsfilter().getId(), 0, 1000);
        aanmelden("griffier-leiden");
        List<Task> leiden = filterService.listPage(groepsfilter().getId(), 0, 1000);

        assertThat(oegstgeest).extracting(Task::getName).contains("Advies agenderen in de raad");
        assertThat(leiden).extracting(Task::getProcessInstanceId)
                .doesNotContainAnyElementsOf(oegstgeest.stream().map(Task::getProcessInstanceId).toList());
    }

    @Test
    void taken_van_mijn_groep_shows_a_griffier_not_the_task_of_her_own_college_that_she_may_read_but_not_do() {
        String nr = "RV-FILTER-" + System.nanoTime();
        ProcessInstance raad = raadsbehandeling(nr, "leiden");
        new Griffie(engine).voerJobsUit(nr);

        aanmelden("griffier-leiden");
        Filter groep = filterService.createFilterQuery().filterName(TasklistFilters.TAKEN_VAN_MIJN_GROEP).singleResult();
        List<Task> lijst = filterService.listPage(groep.getId(), 0, 1000);
        List<Task> leesbaar = taskService.createTaskQuery().processInstanceId(raad.getId()).listPage(0, 100);
        aanmelden("college-leiden");
        Filter college = filterService.createFilterQuery().filterName(TasklistFilters.TAKEN_VAN_MIJN_GROEP).singleResult();
        List<Task> collegelijst = filterService.listPage(college.getId(), 0, 1000);

        assertThat(leesbaar).as("the griffie may read its gemeente's council tasks").extracting(Task::getName)
                .containsExactly("Voorstel aan de raad aanbieden");
        assertThat(lijst).as("but it is the college's task").extracting(Task::getProcessInstanceId).doesNotContain(raad.getId());
        assertThat(collegelijst).extracting(Task::getProcessInstanceId).contains(raad.getId());
    }

    @Test
    void mijn_taken_shows_a_user_the_task_she_picked_up_and_each_user_sees_only_her_own_mijn_taken() {
        String nr = "RV-FILTER-" + System.nanoTime();
        ProcessInstance raad = raadsbehandeling(nr, "leiden");
        new Griffie(engine).collegesBiedenAan(nr);
        Task taak = taskService.createTaskQuery().processInstanceId(raad.getId()).singleResult();
        taskService.claim(taak.getId(), "griffier-leiden");

        aanmelden("griffier-leiden");
        List<Filter> zichtbaar = filterService.createFilterQuery().listPage(0, 100);
        Filter mijn = zichtbaar.stream().filter(f -> f.getName().equals(TasklistFilters.MIJN_TAKEN)).findFirst().orElseThrow();
        List<Task> mijnTaken = filterService.listPage(mijn.getId(), 0, 100);

        assertThat(zichtbaar).extracting(Filter::getName).containsOnlyOnce(TasklistFilters.MIJN_TAKEN, TasklistFilters.TAKEN_VAN_MIJN_GROEP);
        assertThat(mijn.getOwner()).isEqualTo("griffier-leiden");
        assertThat(mijnTaken).extracting(Task::getId).contains(taak.getId());
    }

    @Test
    void the_filters_show_proposal_number_title_and_gemeente_hold_no_expressions_and_exist_once() {
        filters.createFilters();

        List<Filter> alle = filterService.createFilterQuery().list();
        for (String naam : List.of(TasklistFilters.TAKEN_VAN_MIJN_GROEP, TasklistFilters.MIJN_TAKEN)) {
            assertThat(alle.stream().filter(f -> f.getName().equals(naam)).map(Filter::getOwner)).as(naam)
                    .doesNotHaveDuplicates().doesNotContainNull().contains("demo", "griffier-leiden", "regiogriffier");
        }
        assertThat(alle).allSatisfy(f -> assertThat(((TaskQueryImpl) f.getQuery()).getExpressions()).isEmpty());
        assertThat(alle.get(0).getProperties().get("variables").toString()).contains("voorstelnummer", "titel", "gemeente");
    }

    @Test
    void an_administrator_sees_one_mijn_taken_her_own_and_a_picked_up_task_stays_in_taken_van_mijn_groep() {
        String nr = "RV-FILTER-" + System.nanoTime();
        ProcessInstance raad = raadsbehandeling(nr, "leiden");
        new Griffie(engine).collegesBiedenAan(nr);
        Task taak = taskService.createTaskQuery().processInstanceId(raad.getId()).singleResult();
        filters.createFilters();

        identityService.setAuthentication("demo", List.of("camunda-admin"));
        List<Filter> beheerder = filterService.createFilterQuery().listPage(0, 500);
        assertThat(beheerder).filteredOn(f -> f.getName().equals(TasklistFilters.MIJN_TAKEN)).extracting(Filter::getOwner)
                .containsExactly("demo");

        aanmelden("griffier-leiden");
        Filter groep = filterService.createFilterQuery().filterName(TasklistFilters.TAKEN_VAN_MIJN_GROEP).singleResult();
        List<Task> voor = filterService.listPage(groep.getId(), 0, 1000);
        assertThat(voor).extracting(Task::getId).contains(taak.getId());
        taskService.claim(taak.getId(), "griffier-leiden");
        List<Task> na = filterService.listPage(groep.getId(), 0, 1000);
        assertThat(na).as("still findable after Oppakken").extracting(Task::getId).contains(taak.getId());
    }

    @Test
    void a_griffier_added_in_admin_finds_her_group_filter_at_once_and_it_follows_her_groups() {
        String nr = "RV-FILTER-" + System.nanoTime();
        ProcessInstance raad = raadsbehandeling(nr, "leiderdorp");
        new Griffie(engine).collegesBiedenAan(nr);
        String nieuw = "griffier-nieuw-" + System.nanoTime();
        User gebruiker = identityService.newUser(nieuw);
        gebruiker.setFirstName("Nieuwe");
        gebruiker.setLastName("Griffier");
        gebruiker.setPassword("Griffie-Leiderdorp-1");
        identityService.saveUser(gebruiker);
        identityService.createMembership(nieuw, "griffie-leiderdorp");

        aanmelden(nieuw);
        List<Task> taken = filterService.listPage(groepsfilter().getId(), 0, 1000);
        List<String> lidVanGriffie = taken.stream().filter(t -> raad.getId().equals(t.getProcessInstanceId())).map(Task::getName).toList();
        List<String> zichtbareFilters = filterService.createFilterQuery().listPage(0, 100).stream().map(Filter::getName).toList();
        identityService.clearAuthentication();
        identityService.deleteMembership(nieuw, "griffie-leiderdorp");
        identityService.createMembership(nieuw, "stuurgroep");
        aanmelden(nieuw);
        List<String> naVerhuizing = ((TaskQueryImpl) groepsfilter().getQuery()).getCandidateGroupsInternal();
        identityService.setAuthentication("demo", List.of("camunda-admin"));
        long doorBeheerderGezien = filterService.createFilterQuery().filterOwner(nieuw).count();

        assertThat(zichtbareFilters).containsExactlyInAnyOrder(TasklistFilters.MIJN_TAKEN, TasklistFilters.TAKEN_VAN_MIJN_GROEP);
        assertThat(lidVanGriffie).containsExactly("Advies agenderen in de raad");
        assertThat(naVerhuizing).as("the filter asks for the tasks of her new group").containsExactly("stuurgroep");
        assertThat(doorBeheerderGezien).as("an administrator sees her own filters, not the new user's").isZero();
    }

    private ProcessInstance raadsbehandeling(String nr, String gemeente) {
        return runtimeService.startProcessInstanceByKey("raadsbehandeling", nr, Map.of("voorstelnummer", nr, "titel", "Bereikbaarheid",
                "ambitie", "bereikbaarheid", "gemeente", gemeente, "adviesType", "volledig"));
    }

    /** The logged-in user's own "Taken van mijn groep" (the only one they may read). */
    private Filter groepsfilter() {
        return filterService.createFilterQuery().filterName(TasklistFilters.TAKEN_VAN_MIJN_GROEP).singleResult();
    }

    /** Logs the user in as Tasklist does: with their groups and their tenants (the gemeenten of their groups). */
    private void aanmelden(String gebruiker) {
        identityService.clearAuthentication();
        identityService.setAuthentication(gebruiker,
                identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(g -> g.getId()).toList(),
                identityService.createTenantQuery().userMember(gebruiker).includingGroupsOfUser(true).list().stream()
                        .map(t -> t.getId()).toList());
    }
}
