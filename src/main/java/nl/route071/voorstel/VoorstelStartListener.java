package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.util.List;

import nl.route071.directory.Ambities;
import nl.route071.directory.Gemeenten;
import nl.route071.evaluatie.EvaluatieSamenwerkingProcess;
import nl.route071.gedeeld.Enginecontext;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code regionaalVoorstel}: refuses an incomplete proposal with a clear message
 * ({@link Voorstelcontrole}; nothing is started then), and gives the proposal its number as business key. The number
 * is always the engine's own {@code RV-<year>-<nnnn>}: a business key sent by the caller (a second
 * {@code RV-2026-0005}, a formula) is ignored. Which variables a start may carry at all is the start form's business
 * ({@code nl.route071.formulier}).
 */
@Component("voorstelStart")
class VoorstelStartListener implements ExecutionListener {

    private final Voorstelnummers voorstelnummers;
    private final Gemeenten gemeenten;
    private final Ambities ambities;

    VoorstelStartListener(Voorstelnummers voorstelnummers, Gemeenten gemeenten, Ambities ambities) {
        this.voorstelnummers = voorstelnummers;
        this.gemeenten = gemeenten;
        this.ambities = ambities;
    }

    /** The groups of the user who starts the proposal; null when no user does (a call activity, a test, a job). */
    private static List<String> groepenVanDeIndiener(DelegateExecution execution) {
        if (execution.getSuperExecution() != null) {
            return null;
        }
        return Enginecontext.groepenVanDeGebruiker(execution.getProcessEngineServices().getIdentityService()).orElse(null);
    }

    /** The competent body DMN {@code bevoegdOrgaan} gives for the proposal's soort besluit (the starter need not read the table). */
    private static String bevoegdOrgaan(DelegateExecution execution) {
        Object soort = execution.getVariable(VAR_SOORT_BESLUIT);
        return Enginecontext.zonderAutorisatie(() -> (String) execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionTableByKey("bevoegdOrgaan", Variables.createVariables().putValue(VAR_SOORT_BESLUIT, soort))
                .getSingleResult().getSingleEntry());
    }

    private static boolean vanuitEvaluatie(DelegateExecution execution) {
        return Enginecontext.aanroependProces(execution).filter(EvaluatieSamenwerkingProcess.PROCESS_ID::equals).isPresent();
    }

    @Override
    public void notify(DelegateExecution execution) {
        Voorstelcontrole.controleer(new Voorstelcontrole.Start(execution.getVariable(VAR_TITEL), execution.getVariable(VAR_AMBITIE),
                execution.getVariable(VAR_SOORT_BESLUIT), execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN)), ambities::bestaat,
                gemeenten::lijst);
        Voorstelcontrole.controleerInitiatief(execution.getVariable(VAR_INITIATIEF), groepenVanDeIndiener(execution), vanuitEvaluatie(execution));
        if (Voorstelcontrole.EIGEN_INITIATIEF.equals(execution.getVariable(VAR_INITIATIEF))) {
            Voorstelcontrole.controleerEigenInitiatief(execution.getVariable(VAR_INITIATIEF), execution.getVariable(VAR_SOORT_BESLUIT),
                    bevoegdOrgaan(execution));
        }
        String nummer = voorstelnummers.volgende();
        execution.setProcessBusinessKey(nummer);
        execution.setVariable(VAR_VOORSTELNUMMER, nummer);
        if (execution.getVariable(VAR_INITIATIEF) == null) {
            execution.setVariable(VAR_INITIATIEF, Voorstelcontrole.STANDAARD_INITIATIEF);
        }
    }
}
