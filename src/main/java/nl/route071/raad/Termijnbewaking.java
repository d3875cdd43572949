package nl.route071.raad;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The 2-month term of a kaderstellend proposal in the council treatment, as bean {@code termijnbewaking}:
 * the term date (the due date of the council tasks) and the moments of the reminder (6 weeks) and the
 * escalation (2 months) after the advice date. The timers fire for every open council treatment; the model
 * then asks whether the term applies and the decision is still open.
 */
@Component("termijnbewaking")
public class Termijnbewaking {

    public static final int HERINNERING_WEKEN = 6;

    /** {@code yyyy-MM-dd}, the advice date plus 2 months, for kaderstellend proposals; else null (no term). */
    public String termijndatum(DelegateExecution execution) {
        LocalDate advies = adviesdatum(execution);
        boolean kaderstellend = "kaderstellend".equals(execution.getVariable("soortBesluit"));
        return kaderstellend && execution.getVariable("adviesdatum") != null
                ? advies.plusMonths(RaadsbehandelingProcess.TERMIJN_KADERSTELLEND_MAANDEN).toString()
                : null;
    }

    public Date herinnering(DelegateExecution execution) {
        return begin(adviesdatum(execution).plusWeeks(HERINNERING_WEKEN));
    }

    public Date escalatie(DelegateExecution execution) {
        return begin(adviesdatum(execution).plusMonths(RaadsbehandelingProcess.TERMIJN_KADERSTELLEND_MAANDEN));
    }

    /**
     * The advice date, or today when a treatment was started without one. An empty or malformed date is the
     * caller's fault: a Dutch 400 ({@link BadUserRequestException}), not a 500.
     */
    static LocalDate adviesdatum(DelegateExecution execution) {
        Object datum = execution.getVariable("adviesdatum");
        if (datum == null) {
            return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        }
        if (datum instanceof Date dag) {
            return LocalDate.ofInstant(dag.toInstant(), ZoneId.systemDefault());
        }
        String tekst = String.valueOf(datum).trim();
        if (tekst.isEmpty()) {
            throw new BadUserRequestException("‘Datum advies’ is verplicht.");
        }
        try {
            return LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
        }
        catch (DateTimeParseException e) {
            throw new BadUserRequestException("‘Datum advies’ is geen datum (jjjj-mm-dd): " + tekst);
        }
    }

    private static Date begin(LocalDate dag) {
        return Date.from(dag.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
