package nl.route071.tasklist;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts with: "Mijn taken" and "Taken van mijn groep", showing the
 * proposal number, title and gemeente of each task. Created once; a filter a user changed is kept.
 */
@Component
class TasklistFilters {

    static final String MIJN_TAKEN = "Mijn taken";
    static final String TAKEN_VAN_MIJN_GROEP = "Taken van mijn groep";

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFilters() {
        TaskQuery mijn = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        TaskQuery groep = taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned();
        create(MIJN_TAKEN, -10, "Taken die aan u zijn toegewezen", mijn);
        create(TAKEN_VAN_MIJN_GROEP, -5, "Taken voor uw groep die nog niemand heeft opgepakt", groep);
    }

    private void create(String naam, int prioriteit, String omschrijving, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(naam).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(naam);
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
