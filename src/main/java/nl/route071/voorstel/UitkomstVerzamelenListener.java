package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Enginecontext;
import nl.route071.uitkomsten.Uitkomsten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * End listener on the multi-instance call activities for councils and colleges: adds the outcome of one
 * gemeente (mapped into the instance's local variables by the call activity) to the proposal's
 * {@code uitkomsten} ({@link Uitkomsten}). Only the route writes it: each round of councils (one run of the
 * multi-instance activity) starts a fresh list, kept on that round's own scope, and the proposal's {@code uitkomsten}
 * is that list, so an earlier round or a value sent by a caller counts for nothing. Only a participating gemeente is
 * counted; a gemeente answering twice in one round counts once, with its last outcome.
 */
@Component("uitkomstVerzamelen")
class UitkomstVerzamelenListener implements ExecutionListener {

    /** This round's outcomes, a local variable of the multi-instance body (gone when the round ends). */
    static final String VAR_RONDE = "uitkomstenRonde";

    private final Gemeenten gemeenten;

    UitkomstVerzamelenListener(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String gemeente = (String) execution.getVariableLocal(VAR_GEMEENTE);
        DelegateExecution voorstel = execution.getProcessInstance();
        if (gemeente == null || !gemeenten.lijst(voorstel.getVariable(VAR_DEELNEMENDE_GEMEENTEN)).contains(gemeente)) {
            return;
        }
        Uitkomsten.Uitkomst uitkomst = new Uitkomsten.Uitkomst(gemeente, (String) execution.getVariableLocal(VAR_BESLUIT),
                Boolean.TRUE.equals(execution.getVariableLocal(VAR_AFWIJKING)),
                Boolean.TRUE.equals(execution.getVariableLocal(VAR_VERANTWOORDING_VEREIST)),
                Boolean.TRUE.equals(execution.getVariableLocal(VAR_GAAT_DOOR)));

        VariableScope ronde = Enginecontext.multiInstanceRonde(execution).orElse(null);
        Object eerder = ronde != null ? ronde.getVariableLocal(VAR_RONDE) : voorstel.getVariable(VAR_UITKOMSTEN);
        Uitkomsten lijst = Uitkomsten.uitVariabele(eerder).met(uitkomst);
        if (ronde != null) {
            ronde.setVariableLocal(VAR_RONDE, lijst.waarde());
        }
        voorstel.setVariable(VAR_UITKOMSTEN, lijst.waarde());
    }
}
