package nl.route071.raad;

import java.time.LocalDate;
import java.util.Optional;

import nl.route071.gedeeld.Datums;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Advies agenderen" ({@code UserTask_AdviesAgenderen}), bean {@code raadsvergaderingKiezen}:
 * <ul>
 * <li>create: writes the meetings of the gemeente's calendar from the advice date on as the task's choices
 * ({@value Raadskalender#VAR_KEUZES}, the {@code valuesKey} of the select in {@code Form_AdviesAgenderen}); the form
 * check ({@code nl.route071.formulier}) then refuses any other value before the task completes;</li>
 * <li>complete: checks the chosen meeting against the calendar itself, inside the engine's transaction: a meeting that
 * is not (or no longer) in that gemeente's calendar, or lies before the advice, is refused with a Dutch 400 and the
 * task stays open.</li>
 * </ul>
 */
@Component("raadsvergaderingKiezen")
class RaadsvergaderingKiezenListener implements TaskListener {

    private final Raadskalender kalender;

    RaadsvergaderingKiezenListener(Raadskalender kalender) {
        this.kalender = kalender;
    }

    @Override
    public void notify(DelegateTask taak) {
        String gemeente = (String) taak.getVariable(RaadsbehandelingProcess.VAR_GEMEENTE);
        LocalDate advies = Termijnbewaking.adviesdatum(taak.getVariable("adviesdatum"));
        if (TaskListener.EVENTNAME_CREATE.equals(taak.getEventName())) {
            taak.setVariableLocal(Raadskalender.VAR_KEUZES, Raadskalender.keuzelijst(kalender.keuzes(gemeente, advies)));
            return;
        }
        if (TaskListener.EVENTNAME_COMPLETE.equals(taak.getEventName())) {
            controleer(gemeente, advies, taak.getVariable(RaadsbehandelingProcess.VAR_RAADSVERGADERING));
        }
    }

    void controleer(String gemeente, LocalDate advies, Object gekozen) {
        LocalDate datum = Datums.datum(gekozen, "Raadsvergadering")
                .orElseThrow(() -> new BadUserRequestException("‘Raadsvergadering’ is verplicht."));
        Optional<Raadsvergadering> vergadering = kalender.vergadering(gemeente, datum);
        if (vergadering.isEmpty() || vergadering.get().geannuleerd()) {
            throw new BadUserRequestException("Op " + Raadskalender.KORT.format(datum) + " staat geen raadsvergadering in de "
                    + "raadskalender van deze gemeente" + (vergadering.isPresent() ? " (die vergadering is geannuleerd)" : "")
                    + ". Kies een vergadering uit de lijst; de griffie vult de kalender aan op /raadskalender.");
        }
        if (datum.isBefore(advies)) {
            throw new BadUserRequestException("De raadsvergadering van " + Raadskalender.KORT.format(datum)
                    + " ligt vóór het advies van " + Raadskalender.KORT.format(advies) + "; kies een latere vergadering.");
        }
    }
}
