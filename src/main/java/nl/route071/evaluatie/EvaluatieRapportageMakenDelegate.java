package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the report of an evaluation from history and stores it with the evaluation; keeps only its id. */
@Component("evaluatieRapportageMaken")
class EvaluatieRapportageMakenDelegate implements JavaDelegate {

    private final EvaluatieRapportage rapportage;
    private final Rapportopslag opslag;

    EvaluatieRapportageMakenDelegate(EvaluatieRapportage rapportage, Rapportopslag opslag) {
        this.rapportage = rapportage;
        this.opslag = opslag;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluatie = (String) execution.getVariable(VAR_EVALUATIE);
        LocalDate van = LocalDate.parse((String) execution.getVariable(VAR_STARTDATUM));
        EvaluatieRapport rapport = rapportage.bereken(evaluatie, van, Rapportopslag.vandaag());
        String id = opslag.bewaar(execution.getProcessInstanceId(), rapport);
        execution.getProcessInstance().setVariable(evaluatie + RAPPORT_ID_SUFFIX, id);
    }
}
