package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_DEELNEMENDE_GEMEENTEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_UITKOMSTEN;

import nl.route071.directory.Gemeenten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * End listener on the multi-instance call activities for councils and colleges: adds the outcome of one
 * gemeente (mapped into the instance's local variables by the call activity) to the proposal's
 * {@code uitkomsten}. Only the route writes it: each round of councils (one run of the multi-instance
 * activity) starts a fresh list, kept on that round's own scope, and the proposal's {@code uitkomsten} is that
 * list, so an earlier round or a value sent by a caller counts for nothing. Only a participating gemeente is
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
        String gemeente = (String) execution.getVariableLocal("gemeente");
        DelegateExecution voorstel = execution.getProcessInstance();
        if (gemeente == null || !gemeenten.lijst(voorstel.getVariable(VAR_DEELNEMENDE_GEMEENTEN)).contains(gemeente)) {
            return;
        }
        SpinJsonNode uitkomst = Spin.JSON("{}");
        uitkomst.prop("gemeente", gemeente);
        uitkomst.prop("besluit", (String) execution.getVariableLocal("besluit"));
        uitkomst.prop("afwijking", Boolean.TRUE.equals(execution.getVariableLocal("afwijking")));
        uitkomst.prop("verantwoordingVereist", Boolean.TRUE.equals(execution.getVariableLocal("verantwoordingVereist")));
        uitkomst.prop("gaatDoor", Boolean.TRUE.equals(execution.getVariableLocal("gaatDoor")));

        ExecutionEntity ronde = ronde(execution);
        SpinJsonNode lijst = Spin.JSON("[]");
        Object eerder = ronde != null ? ronde.getVariableLocal(VAR_RONDE) : voorstel.getVariable(VAR_UITKOMSTEN);
        if (eerder instanceof SpinJsonNode bestaand) {
            for (SpinJsonNode regel : bestaand.elements()) {
                if (!gemeente.equals(regel.prop("gemeente").stringValue())) {
                    lijst.append(regel);
                }
            }
        }
        lijst.append(uitkomst);
        if (ronde != null) {
            ronde.setVariableLocal(VAR_RONDE, SpinValues.jsonValue(lijst).create());
        }
        voorstel.setVariable(VAR_UITKOMSTEN, SpinValues.jsonValue(lijst).create());
    }

    /** The scope of this run of the multi-instance activity (it holds {@code nrOfInstances}); null outside one. */
    private static ExecutionEntity ronde(DelegateExecution execution) {
        if (!(execution instanceof ExecutionEntity entiteit)) {
            return null;
        }
        for (ExecutionEntity scope = entiteit.getParent(); scope != null; scope = scope.getParent()) {
            if (scope.hasVariableLocal("nrOfInstances")) {
                return scope;
            }
        }
        return null;
    }
}
