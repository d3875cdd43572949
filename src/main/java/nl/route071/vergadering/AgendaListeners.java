package nl.route071.vergadering;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The agenda task's listeners: its options on create, the adopted agenda on complete ({@link Vergaderingen}). */
final class AgendaListeners {

    private AgendaListeners() {
    }

    @Component("agendaVoorbereiden")
    static class AgendaVoorbereidenListener implements TaskListener {

        private final Vergaderingen vergaderingen;

        AgendaVoorbereidenListener(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void notify(DelegateTask task) {
            vergaderingen.bereidAgendaVoor(task.getExecution());
        }
    }

    @Component("agendaVaststellen")
    static class AgendaVaststellenListener implements TaskListener {

        private final Vergaderingen vergaderingen;

        AgendaVaststellenListener(Vergaderingen vergaderingen) {
            this.vergaderingen = vergaderingen;
        }

        @Override
        public void notify(DelegateTask task) {
            vergaderingen.stelAgendaVast(task.getExecution(), task.getExecution().getProcessBusinessKey());
        }
    }
}
