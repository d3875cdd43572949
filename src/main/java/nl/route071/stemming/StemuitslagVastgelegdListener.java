package nl.route071.stemming;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code BusinessRuleTask_StemuitslagBepalen}: the vote's attendance list ({@code aanwezigheid}, written
 * by the meeting) is used up once the outcome is known. Its removal is the meeting's sign that the vote of this proposal
 * is recorded ({@code vergadering/Vergaderingen}: the besluitenlijst shows the outcome and may be adopted), so it goes in
 * the same transaction as {@code stemuitslag}: after the save point that follows the stemming task, not at its
 * completion, or a besluitenlijst drawn up in between would show no outcome, or the previous round's. A later vote
 * without a meeting is not bound to this list.
 */
@Component("stemuitslagVastgelegd")
class StemuitslagVastgelegdListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.removeVariable(StemlijstKlaarzettenDelegate.VAR_AANWEZIGHEID);
    }
}
