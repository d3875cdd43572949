package nl.route071.vergadering;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The meeting's other callbacks: glue around {@link Vergaderingen}. */
final class VergaderingListeners {

    private VergaderingListeners() {
    }

    /** Complete of "Vergadering houden": attendance list and outcome per item, checked. */
    @Component("vergaderingVastleggen")
    static class VergaderingVastleggenListener implements TaskListener {

        private final Vergaderingen vergaderingen;

        VergaderingVastleggenListener(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void notify(DelegateTask task) {
            vergaderingen.legVergaderingVast(task.getExecution());
        }
    }

    /** Service task: each proposal's step completed with the meeting's date and outcome. */
    @Component("uitkomstenDoorgeven")
    static class UitkomstenDoorgevenDelegate implements JavaDelegate {

        private final Vergaderingen vergaderingen;

        UitkomstenDoorgevenDelegate(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void execute(DelegateExecution execution) {
            vergaderingen.geefUitkomstenDoor(execution, execution.getProcessBusinessKey());
        }
    }

    /** Async service task: the oordeelsvorming of items with beeld- and oordeelsvorming together. */
    @Component("oordeelsvormingDoorgeven")
    static class OordeelsvormingDoorgevenDelegate implements JavaDelegate {

        private final Vergaderingen vergaderingen;

        OordeelsvormingDoorgevenDelegate(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void execute(DelegateExecution execution) {
            vergaderingen.geefOordeelsvormingDoor(execution);
        }
    }

    /** Service task after a cancellation: the items go to the next meeting. */
    @Component("agendapuntenDoorschuiven")
    static class AgendapuntenDoorschuivenDelegate implements JavaDelegate {

        private final Vergaderingen vergaderingen;

        AgendapuntenDoorschuivenDelegate(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void execute(DelegateExecution execution) {
            vergaderingen.schuifDoor(execution, execution.getProcessBusinessKey());
        }
    }

    /** Create and complete of "Besluitenlijst vaststellen": drawn up, and at adoption every vote must be recorded. */
    @Component("besluitenlijstOpstellen")
    static class BesluitenlijstOpstellenListener implements TaskListener {

        private final Vergaderingen vergaderingen;

        BesluitenlijstOpstellenListener(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void notify(DelegateTask task) {
            vergaderingen.stelBesluitenlijstOp(task.getExecution(), task.getExecution().getProcessBusinessKey(),
                    EVENTNAME_COMPLETE.equals(task.getEventName()));
        }
    }
}
