package nl.route071.raad;

import java.time.LocalDate;
import java.util.Optional;

import nl.route071.gedeeld.Datums;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Volgende raadsvergadering bepalen" of {@code raadsvergaderingAfgelast}, bean {@code volgendeRaadsvergadering}: after
 * the meeting chosen in "Advies agenderen" was cancelled, the first meeting of the gemeente's calendar after it that
 * takes place ({@code eersteRaadsvergadering}, null when there is none) and whether it lies after the term
 * ({@code raadsvergaderingNaTermijn}, as {@link EersteRaadsvergaderingDelegate} decides it). Both are written on this
 * instance and on the council treatment ({@code raadsbehandeling}, its instance id), so {@code /overzicht} shows the
 * term risk.
 */
@Component("volgendeRaadsvergadering")
class VolgendeRaadsvergaderingDelegate implements JavaDelegate {

    static final String VAR_AFGELASTE_RAADSVERGADERING = "afgelasteRaadsvergadering";
    static final String VAR_RAADSBEHANDELING = "raadsbehandeling";

    private final Raadskalender kalender;

    VolgendeRaadsvergaderingDelegate(Raadskalender kalender) {
        this.kalender = kalender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String gemeente = (String) execution.getVariable(RaadsbehandelingProcess.VAR_GEMEENTE);
        LocalDate afgelast = LocalDate.parse((String) execution.getVariable(VAR_AFGELASTE_RAADSVERGADERING));
        Optional<LocalDate> volgende = kalender.eerste(gemeente, afgelast.plusDays(1)).map(Raadsvergadering::datum);
        Optional<LocalDate> termijn = Datums.datum(execution.getVariable(RaadsbehandelingProcess.VAR_TERMIJNDATUM), "Termijndatum");
        boolean naTermijn = EersteRaadsvergaderingDelegate.naTermijn(volgende, termijn);
        String eerste = volgende.map(LocalDate::toString).orElse(null);
        execution.setVariable("afgelasteRaadsvergaderingTekst", Datums.voluit(afgelast));
        execution.setVariable(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, eerste);
        execution.setVariable(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, naTermijn);
        String raad = (String) execution.getVariable(VAR_RAADSBEHANDELING);
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        runtime.setVariable(raad, RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, eerste);
        runtime.setVariable(raad, RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, naTermijn);
    }
}
