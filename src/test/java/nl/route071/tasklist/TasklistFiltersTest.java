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
import org.camunda.bpm.engine.filter.Filter;
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
    TasklistFilters filters;

    @AfterEach
    void logout() {
        identityService.clearAuthentication();
    }

    @Test
    void taken_van_mijn_groep_shows_a_griffier_the_tasks_of_her_griffie_and_not_those_of_another() {
        String nr = "RV-FILTER-" + System.nanoTime();
        runtimeService.startProcessInstanceByKey("raadsbehandeling", nr,
                Map.of("voorstelnummer", nr, "titel", "Bereikbaarheid", "ambitie", "bereikbaarheid", "gemeente", "oegstgeest",
                        "adviesType", "volledig"));
        new Griffie(engine).voerJobsUit(nr);
        Filter groep = filterService.createFilterQuery().filterName(TasklistFilters.TAKEN_VAN_MIJN_GROEP).singleResult();

        identityService.setAuthentication("griffier-oegstgeest", List.of("griffie-oegstgeest"));
        List<Task> oegstgeest = filterService.list(groep.getId());
        identityService.setAuthentication("griffier-leiden", List.of("griffie-leiden"));
        List<Task> leiden = filterService.list(groep.getId());

        assertThat(oegstgeest).extracting(Task::getName).contains("Advies agenderen in de raad");
        assertThat(leiden).extracting(Task::getProcessInstanceId)
                .doesNotContainAnyElementsOf(oegstgeest.stream().map(Task::getProcessInstanceId).toList());
    }

    @Test
    void the_filters_show_proposal_number_title_and_gemeente_and_exist_once() {
        filters.createFilters();

        List<Filter> alle = filterService.createFilterQuery().list();
        assertThat(alle).extracting(Filter::getName).containsOnlyOnce(TasklistFilters.MIJN_TAKEN, TasklistFilters.TAKEN_VAN_MIJN_GROEP);
        assertThat(alle.get(0).getProperties().get("variables").toString()).contains("voorstelnummer", "titel", "gemeente");
    }
}
