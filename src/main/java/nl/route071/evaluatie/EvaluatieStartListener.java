package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code evaluatieSamenwerking}: fixes the start date of the cooperation in the
 * instance, gives it the business key {@code EVALUATIE-<startdatum>}, and notes whether an evaluation
 * with that key already exists (a new version of the model schedules its start timer again; the
 * second instance then ends at once).
 */
@Component("evaluatieStart")
class EvaluatieStartListener implements ExecutionListener {

    private final Samenwerking samenwerking;
    private final HistoryService historyService;

    EvaluatieStartListener(Samenwerking samenwerking, HistoryService historyService) {
        this.samenwerking = samenwerking;
        this.historyService = historyService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String startdatum = execution.getVariable(VAR_STARTDATUM) instanceof String gegeven && !gegeven.isBlank()
                ? gegeven : samenwerking.getStartdatum().toString();
        execution.setVariable(VAR_STARTDATUM, startdatum);
        String sleutel = execution.getProcessBusinessKey();
        if (sleutel == null || sleutel.isBlank()) {
            sleutel = businessKey(startdatum);
            execution.setProcessBusinessKey(sleutel);
        }
        String eigen = execution.getProcessInstanceId();
        boolean liepAl = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(sleutel).list().stream().anyMatch(p -> !p.getId().equals(eigen));
        execution.setVariable(VAR_LIEP_AL, liepAl);
    }
}
