package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import nl.route071.verkiezingen.Verkiezing;
import nl.route071.verkiezingen.Verkiezingsuitslagen;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the stemming task: rebuilds {@code stemmen} from the route's {@code stemlijst} plus the choice
 * per fractie sent with the task ({@link Stemverwerking#legVast}); refuses, changing nothing, anything else.
 */
@Component("stemmenVerwerken")
class StemmenVerwerkenListener implements TaskListener {

    private final Verkiezingsuitslagen uitslagen;

    StemmenVerwerkenListener(Verkiezingsuitslagen uitslagen) {
        this.uitslagen = uitslagen;
    }

    @Override
    public void notify(DelegateTask task) {
        SpinJsonNode stemmen = Stemverwerking.legVast((SpinJsonNode) task.getVariable(VAR_STEMLIJST), task.getVariable(VAR_STEMDATUM),
                task.getVariable(VAR_VERGADERDATUM_STEMMING), task.getVariable(VAR_STEMMEN), task.getVariable(VAR_STEMRONDE),
                (gemeente, datum) -> uitslagen.inWerking(gemeente, datum).map(Verkiezing::datum));
        SpinJsonNode stemlijst = (SpinJsonNode) task.getVariable(VAR_STEMLIJST);
        Presentie.controleer(stemlijst, stemmen, task.getVariable(VAR_STEMDATUM), task.getVariable(VAR_VERGADERDATUM_STEMMING));
        task.setVariable(VAR_STEMMEN, SpinValues.jsonValue(stemmen.toString()).create());
        // The attendance list is used up with the outcome: after this task's save point, at the end of the rule task
        // (StemuitslagVastgelegdListener). A proposal still running on a version without that save point determines its
        // outcome in this transaction and has no such listener: the list goes now, as before.
        if (!task.getBpmnModelElementInstance().isCamundaAsyncAfter()) {
            task.getExecution().removeVariable(StemlijstKlaarzettenDelegate.VAR_AANWEZIGHEID);
        }
    }
}
