package nl.route071.gedeeld;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's "now" and "today". Timers, due dates and history use the engine clock, and tests move it
 * ({@code ClockUtil.setCurrentTime}); every Route071 date computed "from today" reads it here, so the one
 * internal Camunda class is named in one place.
 */
public final class Klok {

    private Klok() {
    }

    public static Date tijdstip() {
        return ClockUtil.getCurrentTime();
    }

    public static LocalDateTime nu() {
        return LocalDateTime.ofInstant(tijdstip().toInstant(), ZoneId.systemDefault());
    }

    public static LocalDate vandaag() {
        return LocalDate.ofInstant(tijdstip().toInstant(), ZoneId.systemDefault());
    }

    /** The start of a day as a {@link Date}, as timers and due dates want it. */
    public static Date begin(LocalDate dag) {
        return Date.from(dag.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
