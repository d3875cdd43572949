package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMRONDE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the stemming task: rebuilds {@code stemmen} from the route's {@code stemlijst} plus the choice
 * per fractie sent with the task ({@link Stemverwerking}); refuses, changing nothing, anything else.
 */
@Component("stemmenVerwerken")
class StemmenVerwerkenListener implements TaskListener {

    private final Verkiezingsuitslagen uitslagen;

    StemmenVerwerkenListener(Verkiezingsuitslagen uitslagen) {
        this.uitslagen = uitslagen;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Stemregel> stemlijst = new ArrayList<>();
        ((SpinJsonNode) task.getVariable(Stemmen.VAR_STEMLIJST)).elements().forEach(r -> stemlijst.add(Stemregel.van(r)));
        LocalDate stemdatum = Stemmen.datum(task.getVariable(Stemmen.VAR_STEMDATUM)).orElseThrow(() -> new BadUserRequestException(
                "De stemming is niet vastgelegd: vul de datum van de stemming in (dd-mm-jjjj)."));
        List<Stemverwerking.Stem> stemmen = Stemverwerking.verwerk(stemlijst, task.getVariable(VAR_STEMMEN));
        Stemverwerking.controleerVerkiezing(stemmen, stemdatum, Stemmen.datum(task.getVariable(Stemmen.VAR_VERGADERDATUM_STEMMING)).orElse(null),
                (gemeente, datum) -> uitslagen.inWerking(gemeente, datum).map(Verkiezing::datum));
        Object ronde = task.getVariable(VAR_STEMRONDE);
        task.setVariable(VAR_STEMMEN, SpinValues.jsonValue(Stemverwerking.alsJson(stemmen, stemdatum,
                ronde instanceof Number n ? n.intValue() : null).toString()).create());
    }
}
