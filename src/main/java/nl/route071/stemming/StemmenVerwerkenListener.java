package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Complete listener of the stemming task: records each fractie's vote in {@code stemmen}. */
@Component("stemmenVerwerken")
class StemmenVerwerkenListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SpinJsonNode stemmen = (SpinJsonNode) task.getVariable(VAR_STEMMEN);
        Map<String, Object> keuzes = new HashMap<>();
        Stemmen.KEUZES.keySet().forEach(variabele -> keuzes.put(variabele, task.getVariable(variabele)));
        Stemmen.verwerk(stemmen, keuzes);
        task.setVariable(VAR_STEMMEN, SpinValues.jsonValue(stemmen).create());
    }
}
