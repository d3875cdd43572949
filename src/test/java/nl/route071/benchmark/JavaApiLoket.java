package nl.route071.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/** The engine's Java API in the benchmark's own JVM. */
final class JavaApiLoket implements Loket {

    private static final String ROUTE = "regionaalVoorstel";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;

    JavaApiLoket(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.historyService = engine.getHistoryService();
    }

    @Override
    public String dienIn(String titel, String ambitie, List<String> gemeenten) {
        Map<String, Object> formulier = new HashMap<>();
        formulier.put("titel", titel);
        formulier.put("ambitie", ambitie);
        formulier.put("soortBesluit", "kaderstellend");
        formulier.put("initiatief", "bestuurstafel");
        formulier.put("deelnemendeGemeenten", SpinValues.jsonValue(Spin.JSON(gemeenten)).create());
        return runtimeService.startProcessInstanceByKey(ROUTE, formulier).getBusinessKey();
    }

    @Override
    public String nummerVan(String titel) {
        return null; // in one JVM a start either returns or throws: nothing to look up
    }

    @Override
    public List<Taak> openTaken(String voorstelnummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(voorstelnummer).list().stream()
                .map(t -> new Taak(t.getId(), t.getTaskDefinitionKey())).toList();
    }

    @Override
    public boolean voltooi(String taakId, Map<String, Object> formulier) {
        taskService.complete(taakId, formulier);
        return true;
    }

    @Override
    public boolean afgerond(String voorstelnummer) {
        HistoricProcessInstance route = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ROUTE)
                .processInstanceBusinessKey(voorstelnummer).singleResult();
        return route != null && route.getEndTime() != null;
    }
}
