package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_UITKOMSTEN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * End listener on the multi-instance call activities for councils and colleges: adds the outcome of
 * one gemeente (mapped into the instance's local variables) to the proposal's {@code uitkomsten}
 * list, replacing an earlier outcome of the same gemeente (a proposal may come back for a new round).
 */
@Component("uitkomstVerzamelen")
class UitkomstVerzamelenListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String gemeente = (String) execution.getVariableLocal("gemeente");
        SpinJsonNode uitkomst = Spin.JSON("{}");
        uitkomst.prop("gemeente", gemeente);
        uitkomst.prop("besluit", (String) execution.getVariableLocal("besluit"));
        uitkomst.prop("afwijking", Boolean.TRUE.equals(execution.getVariableLocal("afwijking")));
        uitkomst.prop("verantwoordingVereist", Boolean.TRUE.equals(execution.getVariableLocal("verantwoordingVereist")));
        uitkomst.prop("gaatDoor", Boolean.TRUE.equals(execution.getVariableLocal("gaatDoor")));

        DelegateExecution voorstel = execution.getProcessInstance();
        SpinJsonNode lijst = Spin.JSON("[]");
        if (voorstel.getVariable(VAR_UITKOMSTEN) instanceof SpinJsonNode bestaand) {
            for (SpinJsonNode eerder : bestaand.elements()) {
                if (!gemeente.equals(eerder.prop("gemeente").stringValue())) {
                    lijst.append(eerder);
                }
            }
        }
        lijst.append(uitkomst);
        voorstel.setVariable(VAR_UITKOMSTEN, SpinValues.jsonValue(lijst).create());
    }
}
