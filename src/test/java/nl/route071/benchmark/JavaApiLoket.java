package nl.route071.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
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
    private final FormService formService;

    JavaApiLoket(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.historyService = engine.getHistoryService();
        this.formService = engine.getFormService();
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
                .map(t -> new Taak(t.getId(), t.getTaskDefinitionKey(), t.getProcessDefinitionId())).toList();
    }

    @Override
    public String formulier(String taakId) {
        try (InputStream in = formService.getDeployedTaskForm(taakId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Uitkomst voltooi(String taakId, Map<String, Object> formulier) {
        Map<String, Object> variabelen = new HashMap<>();
        formulier.forEach((k, v) -> variabelen.put(k, v instanceof List<?> || v instanceof Map<?, ?>
                ? SpinValues.jsonValue(Spin.JSON(v)).create() : v));
        try {
            taskService.complete(taakId, variabelen);
            return Uitkomst.VOLTOOID;
        }
        catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taakId).count() == 0) {
                return Uitkomst.VERDWENEN; // "Cannot find task": removed by its route or completed by another
            }
            if (e instanceof OptimisticLockingException || e instanceof ProcessEnginePersistenceException) {
                return Uitkomst.CONFLICT;
            }
            throw e;
        }
    }

    @Override
    public boolean afgerond(String voorstelnummer) {
        HistoricProcessInstance route = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ROUTE)
                .processInstanceBusinessKey(voorstelnummer).singleResult();
        return route != null && route.getEndTime() != null;
    }
}
