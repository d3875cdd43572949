package nl.route071.evaluatie;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured start of the cooperation ({@code route071.samenwerking.startdatum}) and the moments of
 * its evaluations, for the timers of {@code evaluatieSamenwerking}: the process starts on the start date,
 * the interim evaluation follows one year later, and the final evaluation three months before the end of
 * the third year, so that discussion and decision fall within three years. A moment in the past makes the
 * timer fire at once.
 */
@Component("samenwerking")
public class Samenwerking {

    static final int MAANDEN_TOT_EINDEVALUATIE = 33;

    private final LocalDate startdatum;

    Samenwerking(@Value("${route071.samenwerking.startdatum:2018-01-01}") LocalDate startdatum) {
        this.startdatum = startdatum;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    /** Timer of the start event; evaluated when the model is deployed. */
    public Date getStartmoment() {
        return begin(startdatum);
    }

    public Date tussenevaluatie(String startdatumSamenwerking) {
        return begin(LocalDate.parse(startdatumSamenwerking).plusYears(1));
    }

    public Date eindevaluatie(String startdatumSamenwerking) {
        return begin(LocalDate.parse(startdatumSamenwerking).plusMonths(MAANDEN_TOT_EINDEVALUATIE));
    }

    static Date begin(LocalDate dag) {
        return Date.from(dag.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
