package nl.route071.overzicht;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The BPMN diagram of one process instance of a proposal with where it is now (the activities still
 * open) and where it has been, for the bpmn-js viewer; and the other instances of the same proposal.
 */
@Service
class Procesdiagram {

    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    Procesdiagram(HistoryService historyService, RepositoryService repositoryService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    record Diagram(String id, String proces, String nummer, String gemeente, List<String> actief, List<String> gepasseerd,
            List<String> actieveNamen, boolean lopend, String cockpit, List<Deel> delen) {
    }

    /** Another process instance of the same proposal. */
    record Deel(String id, String proces, String gemeente, boolean lopend, boolean dit) {
    }

    Optional<Diagram> diagram(String id) {
        HistoricProcessInstance instantie = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        if (instantie == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> activiteiten = historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .filter(a -> !"multiInstanceBody".equals(a.getActivityType())).toList();
        List<String> actief = activiteiten.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId)
                .distinct().toList();
        List<String> gepasseerd = activiteiten.stream().filter(a -> a.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).filter(a -> !actief.contains(a)).distinct().toList();
        List<String> namen = activiteiten.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityName)
                .filter(n -> n != null).distinct().toList();
        List<Deel> delen = new ArrayList<>();
        if (instantie.getBusinessKey() != null) {
            for (HistoricProcessInstance deel : historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(instantie.getBusinessKey()).orderByProcessInstanceStartTime().asc().list()) {
                delen.add(new Deel(deel.getId(), naam(deel), gemeente(deel.getId()), deel.getEndTime() == null, deel.getId().equals(id)));
            }
        }
        boolean lopend = instantie.getEndTime() == null;
        return Optional.of(new Diagram(id, naam(instantie), instantie.getBusinessKey(), gemeente(id), actief, gepasseerd, namen,
                lopend, lopend ? String.format(RegionaalOverzicht.COCKPIT, id) : null, delen));
    }

    /** The BPMN XML of the version this instance runs on. */
    Optional<String> xml(String id) {
        HistoricProcessInstance instantie = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        if (instantie == null) {
            return Optional.empty();
        }
        try (InputStream model = repositoryService.getProcessModel(instantie.getProcessDefinitionId())) {
            return Optional.of(new String(model.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String naam(HistoricProcessInstance instantie) {
        ProcessDefinition definitie = repositoryService.getProcessDefinition(instantie.getProcessDefinitionId());
        return definitie.getName() != null ? definitie.getName() : definitie.getKey();
    }

    private String gemeente(String id) {
        HistoricVariableInstance gemeente = historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName("gemeente").list().stream().filter(v -> id.equals(v.getExecutionId())).findFirst().orElse(null);
        return gemeente != null && gemeente.getValue() instanceof String s ? s : null;
    }
}
