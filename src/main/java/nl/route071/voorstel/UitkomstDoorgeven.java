package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.util.Set;
import java.util.stream.Collectors;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Enginecontext;
import nl.route071.uitkomsten.Uitkomsten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Lets the proposal go on to uitvoering once every raad has decided, without waiting for a verantwoording (issue #24;
 * seed 2.2: the verantwoording comes "later", the model "versnelt de regionale besluitvorming aanzienlijk").
 *
 * <ul>
 * <li>As the start listener of the raadsbehandeling's escalation event "Raad heeft besloten", it hands the raad's
 * final outcome to the proposal's {@code uitkomsten} at once, through the same collector the call activity's end
 * listener uses ({@link UitkomstVerzamelenListener}), which later records the same row again.</li>
 * <li>{@link #rondeKlaarzetten} starts each round of councils with an empty list, written in the transaction that
 * creates the round, so that two raden deciding at the same moment update one existing row and the engine sees the
 * conflict (the later completion is rerun by {@code database/AfrondenBijConflict}) instead of both missing the
 * other.</li>
 * <li>{@link #alleRadenBesloten} is the condition of {@code Gateway_AlleRadenBesloten}: every participating gemeente
 * has an outcome in this round.</li>
 * </ul>
 */
@Component("uitkomstDoorgeven")
public class UitkomstDoorgeven implements ExecutionListener {

    private final Gemeenten gemeenten;
    private final UitkomstVerzamelenListener verzamelen;

    UitkomstDoorgeven(Gemeenten gemeenten, UitkomstVerzamelenListener verzamelen) {
        this.gemeenten = gemeenten;
        this.verzamelen = verzamelen;
    }

    /** In the raadsbehandeling: the raad decided; its outcome goes to the proposal that called it. */
    @Override
    public void notify(DelegateExecution raadsbehandeling) {
        DelegateExecution aanroep = raadsbehandeling.getSuperExecution();
        if (aanroep == null || !CALL_RAADSBEHANDELING.equals(aanroep.getCurrentActivityId())) {
            return;     // a raadsbehandeling without its route: nobody waits for it
        }
        aanroep.setVariableLocal(VAR_BESLUIT, raadsbehandeling.getVariable("raadsbesluit"));
        aanroep.setVariableLocal(VAR_AFWIJKING, raadsbehandeling.getVariable(VAR_AFWIJKING));
        aanroep.setVariableLocal(VAR_VERANTWOORDING_VEREIST, raadsbehandeling.getVariable(VAR_VERANTWOORDING_VEREIST));
        aanroep.setVariableLocal(VAR_GAAT_DOOR, raadsbehandeling.getVariable(VAR_GAAT_DOOR));
        verzamelen.notify(aanroep);
    }

    /** Start listener of each council's instance: the round's empty list, once per round. */
    public void rondeKlaarzetten(DelegateExecution instantie) {
        VariableScope ronde = Enginecontext.multiInstanceRonde(instantie).orElse(null);
        if (ronde == null || ronde.hasVariableLocal(UitkomstVerzamelenListener.VAR_RONDE)) {
            return;
        }
        ronde.setVariableLocal(UitkomstVerzamelenListener.VAR_RONDE, Uitkomsten.GEEN.waarde());
        instantie.getProcessInstance().setVariable(VAR_UITKOMSTEN, Uitkomsten.GEEN.waarde());
    }

    /** Whether every participating gemeente's raad has decided in this round. */
    public boolean alleRadenBesloten(DelegateExecution execution) {
        Set<String> besloten = Uitkomsten.uitVariabele(execution.getProcessInstance().getVariable(VAR_UITKOMSTEN)).regels().stream()
                .map(Uitkomsten.Uitkomst::gemeente).collect(Collectors.toSet());
        return besloten.containsAll(gemeenten.lijst(execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN)));
    }
}
