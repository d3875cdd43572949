package nl.route071.raad;

import java.time.LocalDate;
import java.util.Date;

import nl.route071.gedeeld.Datums;
import nl.route071.gedeeld.Klok;
import nl.route071.instellingen.Termijninstellingen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The college's view on the regiocommissie's own proposal, as bean {@code zienswijzeCollege}. The proposal reaches
 * each raad as an initiatiefvoorstel of the gemeente's members of the regiocommissie (Gemeentewet art. 147a lid 1): the
 * college does not offer it, it may give its view. That view is no gate: when the griffie has registered the
 * initiatiefvoorstel, {@link #vastleggen} fixes the last day for it ({@code zienswijzeUiterlijk}): today plus
 * Route071's setting {@code route071.termijnen.zienswijze-college}, but never after the raad's term date. On that day
 * the timer on "Zienswijze college geven" ends the task and the raadsbehandeling goes on without a view.
 */
@Component("zienswijzeCollege")
public class ZienswijzeCollege {

    private final Termijninstellingen termijnen;

    ZienswijzeCollege(Termijninstellingen termijnen) {
        this.termijnen = termijnen;
    }

    /** End listener of "Initiatiefvoorstel indienen bij de raad": sets {@code zienswijzeUiterlijk} (yyyy-MM-dd). */
    public void vastleggen(DelegateExecution execution) {
        execution.setVariable(RaadsbehandelingProcess.VAR_ZIENSWIJZE_UITERLIJK, uiterlijk(Klok.vandaag(),
                execution.getVariable(RaadsbehandelingProcess.VAR_TERMIJNDATUM)).toString());
    }

    /** Timer of the college's view: the start of the day after {@code zienswijzeUiterlijk}, so that whole day counts. */
    public Date einde(DelegateExecution execution) {
        LocalDate uiterlijk = Datums.datum(execution.getVariable(RaadsbehandelingProcess.VAR_ZIENSWIJZE_UITERLIJK), "Zienswijze uiterlijk")
                .orElseGet(() -> uiterlijk(Klok.vandaag(), execution.getVariable(RaadsbehandelingProcess.VAR_TERMIJNDATUM)));
        return Klok.begin(uiterlijk.plusDays(1));
    }

    /** Today plus the setting, or the term date when that comes first (but not before today). */
    LocalDate uiterlijk(LocalDate vandaag, Object termijndatum) {
        LocalDate uiterlijk = vandaag.plus(termijnen.zienswijzeCollege());
        LocalDate termijn = Datums.datum(termijndatum, "Termijndatum").orElse(null);
        if (termijn != null && termijn.isBefore(uiterlijk)) {
            uiterlijk = termijn.isBefore(vandaag) ? vandaag : termijn;
        }
        return uiterlijk;
    }
}
