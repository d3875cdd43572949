package nl.route071.raad;

import java.time.LocalDate;
import java.util.Optional;

import nl.route071.gedeeld.Datums;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Eerste raadsvergadering bepalen", bean {@code eersteRaadsvergadering}: the first meeting in the gemeente's calendar
 * on or after the advice date ({@code eersteRaadsvergadering}, yyyy-MM-dd, null when the calendar has none), and
 * whether the raad can decide within the term ({@code raadsvergaderingNaTermijn}: true when there is a term date and
 * no meeting on or before it). The gateway after it sends the warning.
 */
@Component("eersteRaadsvergadering")
class EersteRaadsvergaderingDelegate implements JavaDelegate {

    private final Raadskalender kalender;

    EersteRaadsvergaderingDelegate(Raadskalender kalender) {
        this.kalender = kalender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String gemeente = (String) execution.getVariable(RaadsbehandelingProcess.VAR_GEMEENTE);
        Optional<Raadsvergadering> eerste = kalender.eerste(gemeente, Termijnbewaking.adviesdatum(execution));
        Optional<LocalDate> termijn = Datums.datum(execution.getVariable(RaadsbehandelingProcess.VAR_TERMIJNDATUM), "Termijndatum");
        execution.setVariable(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, eerste.map(v -> v.datum().toString()).orElse(null));
        execution.setVariable(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, naTermijn(eerste.map(Raadsvergadering::datum), termijn));
    }

    /** True when there is a term and no meeting on or before its last day. */
    static boolean naTermijn(Optional<LocalDate> eerste, Optional<LocalDate> termijn) {
        return termijn.isPresent() && (eerste.isEmpty() || eerste.get().isAfter(termijn.get()));
    }
}
