package nl.route071.raad;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.route071.gedeeld.Datums;
import nl.route071.gedeeld.Enginecontext;
import nl.route071.gedeeld.Klok;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The term of a council treatment, as bean {@code termijnbewaking}: the decision {@code termijn}
 * ({@code decisions/termijn.dmn}, a table the process owner edits in Modeler) gives per soort besluit the term and
 * the reminder as ISO-8601 periods after the advice date. From them this computes the term date (the due date of the
 * council tasks, process variable {@code termijndatum}), the reminder date ({@code herinneringsdatum}) and the
 * moments of the two timers. No row, or an empty cell, means no term: no due date, and the timer fires at once and
 * ends without a mail.
 */
@Component("termijnbewaking")
public class Termijnbewaking {

    /** The decision key of {@code decisions/termijn.dmn}. */
    public static final String DECISION_TERMIJN = "termijn";

    private final DecisionService decisionService;

    Termijnbewaking(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The periods after the advice date for one soort besluit; either may be empty (none). */
    public record Termijn(Optional<Period> termijn, Optional<Period> herinnering) {
    }

    /** Start listener: fixes {@code termijndatum} and {@code herinneringsdatum} (yyyy-MM-dd, or null) in the instance. */
    public void vastleggen(DelegateExecution execution) {
        execution.setVariable(RaadsbehandelingProcess.VAR_TERMIJNDATUM, termijndatum(execution));
        execution.setVariable(RaadsbehandelingProcess.VAR_HERINNERINGSDATUM, herinneringsdatum(execution));
    }

    /** {@code yyyy-MM-dd}, the advice date plus the decision's term; null without a term or an advice date. */
    public String termijndatum(DelegateExecution execution) {
        if (execution.getVariable("adviesdatum") == null) {
            return null;
        }
        return termijn(execution).termijn().map(adviesdatum(execution)::plus).map(LocalDate::toString).orElse(null);
    }

    /** {@code yyyy-MM-dd}, the advice date plus the decision's reminder; null without a reminder or an advice date. */
    public String herinneringsdatum(DelegateExecution execution) {
        if (execution.getVariable("adviesdatum") == null) {
            return null;
        }
        return termijn(execution).herinnering().map(adviesdatum(execution)::plus).map(LocalDate::toString).orElse(null);
    }

    /** Timer of the reminder: the advice date plus the reminder period, or the advice date itself when there is none. */
    public Date herinnering(DelegateExecution execution) {
        LocalDate advies = adviesdatum(execution);
        return Klok.begin(termijn(execution).herinnering().map(advies::plus).orElse(advies));
    }

    /** Timer of the escalation: the advice date plus the term, or the advice date itself when there is none. */
    public Date escalatie(DelegateExecution execution) {
        LocalDate advies = adviesdatum(execution);
        return Klok.begin(termijn(execution).termijn().map(advies::plus).orElse(advies));
    }

    /** Evaluates {@code termijn} for the soort besluit of the instance. */
    Termijn termijn(DelegateExecution execution) {
        return termijn(execution.getVariable("soortBesluit"));
    }

    /**
     * Evaluates the latest deployed {@code termijn}. Inside the engine it runs without the user's authorizations: a
     * griffie completing a task may start a council treatment, but is not granted decision definitions.
     */
    public Termijn termijn(Object soortBesluit) {
        Callable<DmnDecisionResult> evaluatie = () -> decisionService.evaluateDecisionByKey(DECISION_TERMIJN)
                .variables(Variables.createVariables().putValue("soortBesluit", soortBesluit)).evaluate();
        DmnDecisionResult resultaat = Enginecontext.zonderAutorisatie(evaluatie);
        return uit(resultaat.isEmpty() ? null : resultaat.getFirstResult());
    }

    /** The periods of one row of the table; a cell that is not an ISO-8601 period is the model's error, named. */
    static Termijn uit(DmnDecisionResultEntries rij) {
        if (rij == null) {
            return new Termijn(Optional.empty(), Optional.empty());
        }
        return new Termijn(periode(cel(rij, "termijn"), "termijn"), periode(cel(rij, "herinnering"), "herinnering"));
    }

    /** An empty output cell leaves its column out of the row. */
    private static Object cel(DmnDecisionResultEntries rij, String kolom) {
        return rij.containsKey(kolom) ? rij.getEntry(kolom) : null;
    }

    static Optional<Period> periode(Object waarde, String kolom) {
        if (waarde == null || String.valueOf(waarde).isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Period.parse(String.valueOf(waarde).trim()));
        }
        catch (DateTimeParseException e) {
            throw new ProcessEngineException("Beslissing '" + DECISION_TERMIJN + "', kolom '" + kolom + "': '" + waarde
                    + "' is geen ISO-8601-periode (bijvoorbeeld P2M voor twee maanden, P6W voor zes weken).", e);
        }
    }

    /**
     * The advice date, or today when a treatment was started without one. An empty or malformed date is the
     * caller's fault: a Dutch 400 ({@link BadUserRequestException}), not a 500.
     */
    static LocalDate adviesdatum(DelegateExecution execution) {
        return adviesdatum(execution.getVariable("adviesdatum"));
    }

    /** The advice date of a variable value, or today when there is none; blank or malformed: a Dutch 400. */
    static LocalDate adviesdatum(Object datum) {
        if (datum instanceof String tekst && tekst.isBlank()) {
            throw new BadUserRequestException("‘Datum advies’ is verplicht.");
        }
        return Datums.datum(datum, "Datum advies").orElseGet(Klok::vandaag);
    }
}
