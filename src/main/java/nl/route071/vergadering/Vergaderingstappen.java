package nl.route071.vergadering;

import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meeting's callbacks in {@code processes/vergadering.bpmn}, one line each: the bean name is the delegate expression
 * of the model, the work is {@link Vergaderingen}'. Each bean is a {@link Taakstap} or {@link Dienststap}, Route071's
 * own types, as the engine's model check asks of every bean an expression names (beveiliging/Modelcontrole).
 * (Planning, with its own checks, is {@link VergaderingPlannenListener}; the besluitenlijst PDF is
 * {@link BesluitenlijstOpmaken}.)
 */
@Configuration(proxyBeanMethods = false)
class Vergaderingstappen {

    /** A task listener of the meeting: its work on the task. */
    record Taakstap(Consumer<DelegateTask> werk) implements TaskListener {

        @Override
        public void notify(DelegateTask taak) {
            werk.accept(taak);
        }
    }

    /** A service task of the meeting: its work on the execution. */
    record Dienststap(Consumer<DelegateExecution> werk) implements JavaDelegate {

        @Override
        public void execute(DelegateExecution executie) {
            werk.accept(executie);
        }
    }

    /** Create of "Agenda opstellen": the proposals waiting for this regiocommissie as the form's options. */
    @Bean
    Taakstap agendaVoorbereiden(Vergaderingen vergaderingen) {
        return new Taakstap(taak -> vergaderingen.bereidAgendaVoor(taak.getExecution()));
    }

    /** Complete of "Agenda opstellen": the agenda checked, adopted and written on the meeting and its proposals. */
    @Bean
    Taakstap agendaVaststellen(Vergaderingen vergaderingen) {
        return new Taakstap(taak -> vergaderingen.stelAgendaVast(taak.getExecution(), taak.getExecution().getProcessBusinessKey()));
    }

    /** Complete of "Vergadering houden": attendance list and outcome per item, checked. */
    @Bean
    Taakstap vergaderingVastleggen(Vergaderingen vergaderingen) {
        return new Taakstap(taak -> vergaderingen.legVergaderingVast(taak.getExecution()));
    }

    /** Service task: each proposal's step completed with the meeting's date and outcome. */
    @Bean
    Dienststap uitkomstenDoorgeven(Vergaderingen vergaderingen) {
        return new Dienststap(executie -> vergaderingen.geefUitkomstenDoor(executie, executie.getProcessBusinessKey()));
    }

    /** Async service task: the oordeelsvorming of items with beeld- and oordeelsvorming together. */
    @Bean
    Dienststap oordeelsvormingDoorgeven(Vergaderingen vergaderingen) {
        return new Dienststap(vergaderingen::geefOordeelsvormingDoor);
    }

    /** Service task after a cancellation: the items go to the next meeting. */
    @Bean
    Dienststap agendapuntenDoorschuiven(Vergaderingen vergaderingen) {
        return new Dienststap(executie -> vergaderingen.schuifDoor(executie, executie.getProcessBusinessKey()));
    }

    /** Create and complete of "Besluitenlijst vaststellen": drawn up, and at adoption every vote must be recorded. */
    @Bean
    Taakstap besluitenlijstOpstellen(Vergaderingen vergaderingen) {
        return new Taakstap(taak -> vergaderingen.stelBesluitenlijstOp(taak.getExecution(), taak.getExecution().getProcessBusinessKey(),
                TaskListener.EVENTNAME_COMPLETE.equals(taak.getEventName())));
    }
}
