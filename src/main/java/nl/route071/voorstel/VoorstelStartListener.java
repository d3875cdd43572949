package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.util.ArrayList;
import java.util.List;

import nl.route071.directory.Ambities;
import nl.route071.directory.Gemeenten;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code regionaalVoorstel}: refuses an incomplete proposal with a clear message
 * (nothing is started then), and gives the proposal its number as business key. The number is always the
 * engine's own {@code RV-<year>-<nnnn>}: a business key sent by the caller (a second {@code RV-2026-0005},
 * a formula) is ignored. Which variables a start may carry at all is the start form's business
 * ({@code nl.route071.formulier}).
 */
@Component("voorstelStart")
class VoorstelStartListener implements ExecutionListener {

    static final int MAX_TITEL = 200;

    private final Voorstelnummers voorstelnummers;
    private final Gemeenten gemeenten;
    private final Ambities ambities;

    VoorstelStartListener(Voorstelnummers voorstelnummers, Gemeenten gemeenten, Ambities ambities) {
        this.voorstelnummers = voorstelnummers;
        this.gemeenten = gemeenten;
        this.ambities = ambities;
    }

    @Override
    public void notify(DelegateExecution execution) {
        controleer(execution);
        String nummer = voorstelnummers.volgende();
        execution.setProcessBusinessKey(nummer);
        execution.setVariable(VAR_VOORSTELNUMMER, nummer);
        if (execution.getVariable(VAR_INITIATIEF) == null) {
            execution.setVariable(VAR_INITIATIEF, "bestuurstafel");
        }
    }

    private void controleer(DelegateExecution execution) {
        List<String> fouten = new ArrayList<>();
        Object titel = execution.getVariable(VAR_TITEL);
        if (!(titel instanceof String t) || t.isBlank()) {
            fouten.add("Geef het voorstel een titel.");
        }
        else if (t.length() > MAX_TITEL) {
            fouten.add("De titel is langer dan " + MAX_TITEL + " tekens.");
        }
        Object ambitie = execution.getVariable(VAR_AMBITIE);
        if (!(ambitie instanceof String a) || !ambities.bestaat(a)) {
            fouten.add("Onbekende ambitie: " + ambitie + ".");
        }
        Object soort = execution.getVariable(VAR_SOORT_BESLUIT);
        if (!(soort instanceof String s) || s.isBlank()) {
            fouten.add("Kies het soort besluit.");
        }
        try {
            gemeenten.lijst(execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN));
        }
        catch (BadUserRequestException e) {
            fouten.add(e.getMessage());
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("Het voorstel is niet gestart: " + String.join(" ", fouten));
        }
    }
}
