package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.VOORSTEL_AGENDA_VERGADERING;

import java.time.LocalDate;
import java.util.Optional;

import nl.route071.gedeeld.Datums;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the regiocommissie's steps in {@code regionaalVoorstel}. A proposal on an adopted agenda is
 * completed by its meeting only; oordeelsvorming is never dated before beeldvorming; a vote put off to a next meeting
 * goes to a later day (Gemeentewet art. 20 lid 2, art. 32 lid 2, by analogy).
 */
@Component("regiocommissiestap")
class RegiocommissiestapListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object vergadering = task.getVariable(VOORSTEL_AGENDA_VERGADERING);
        if (vergadering != null) {
            throw new BadUserRequestException("Dit voorstel staat op de agenda van vergadering " + vergadering
                    + "; de uitkomst wordt in die vergadering vastgelegd (taak 'Vergadering houden').");
        }
        String stap = task.getTaskDefinitionKey();
        if ("UserTask_OordeelsvormingHouden".equals(stap)) {
            Optional<LocalDate> beeld = Datums.datum(task.getVariable("vergaderdatumBeeldvorming"), "Datum beeldvorming");
            Optional<LocalDate> oordeel = Datums.datum(task.getVariable("vergaderdatumOordeelsvorming"), "Datum oordeelsvorming");
            if (beeld.isPresent() && oordeel.isPresent() && oordeel.get().isBefore(beeld.get())) {
                throw new BadUserRequestException("De oordeelsvorming (" + Datums.nl(oordeel.get()) + ") kan niet vóór de beeldvorming ("
                        + Datums.nl(beeld.get()) + ") liggen.");
            }
        }
        if ("UserTask_StemmingAgenderen".equals(stap)) {
            Optional<LocalDate> vorige = Datums.datum(task.getVariable("stemdatum"), "Datum stemming");
            Optional<LocalDate> volgende = Datums.datum(task.getVariable("vergaderdatumStemming"), "Datum volgende vergadering regiocommissie");
            if (vorige.isPresent() && volgende.isPresent() && !volgende.get().isAfter(vorige.get())) {
                throw new BadUserRequestException("De stemming is niet geagendeerd: de volgende vergadering (" + Datums.nl(volgende.get())
                        + ") ligt niet na de vorige stemming (" + Datums.nl(vorige.get()) + "). Een herstemming komt in een volgende "
                        + "vergadering, ten minste 24 uur later (Gemeentewet art. 20 lid 2 en art. 32 lid 2, naar analogie).");
            }
        }
    }
}
