package nl.route071.notificatie;

import java.util.List;

import nl.route071.gedeeld.Enginecontext;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one delegate behind every send task ({@code camunda:delegateExpression="${notificatie}"}). The model
 * says what and to whom with two input parameters, so a process owner adds a notification in Modeler:
 * {@code soort} picks the template {@code notificaties/<soort>.txt}, {@code ontvangers} names the groups
 * (comma separated, expressions allowed, e.g. {@code regiogriffie,griffie-${gemeente}}).
 */
@Component("notificatie")
class NotificatieDelegate implements JavaDelegate {

    static final String PARAM_SOORT = "soort";
    static final String PARAM_ONTVANGERS = "ontvangers";

    private final Notificaties notificaties;

    NotificatieDelegate(Notificaties notificaties) {
        this.notificaties = notificaties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String soort = (String) execution.getVariableLocal(PARAM_SOORT);
        List<String> groepen = Ontvangers.groepen(execution.getVariableLocal(PARAM_ONTVANGERS));
        notificaties.verstuur(new Notificaties.Verzoek(soort, groepen, execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(), execution.getCurrentActivityId(), huidigeJob(),
                execution.getVariables()));
    }

    /** The id of the job this send task runs in (the same on every retry of it), or null when run without one. */
    private static String huidigeJob() {
        return Enginecontext.huidigeJob().orElse(null);
    }
}
