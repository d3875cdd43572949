package nl.route071.gedeeld;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Dates as process variables hold them: a {@code yyyy-MM-dd} text (Camunda Forms and Tasklist may add a time),
 * a {@link Date} or a {@link LocalDate}. One parser for all of them, with a Dutch 400 for a malformed value.
 */
public final class Datums {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);
    private static final DateTimeFormatter VOLUIT_MET_TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NEDERLANDS);

    private Datums() {
    }

    /**
     * The day of a variable value; empty for null or blank text.
     *
     * @param veld the field's label, used in the error message
     * @throws BadUserRequestException when the text is not a date
     */
    public static Optional<LocalDate> datum(Object waarde, String veld) {
        if (waarde instanceof LocalDate dag) {
            return Optional.of(dag);
        }
        if (waarde instanceof Date moment) {
            return Optional.of(LocalDate.ofInstant(moment.toInstant(), ZoneId.systemDefault()));
        }
        if (waarde == null || String.valueOf(waarde).isBlank()) {
            return Optional.empty();
        }
        String tekst = String.valueOf(waarde).trim();
        try {
            return Optional.of(LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst));
        }
        catch (DateTimeParseException e) {
            throw new BadUserRequestException("‘" + veld + "’ is geen datum (jjjj-mm-dd): " + tekst);
        }
    }

    /** The day as Dutch readers write it: {@code dd-MM-yyyy}. */
    public static String nl(LocalDate dag) {
        return dag.format(NL);
    }

    /** The day written out as a page or a mail shows it: "1 maart 2026". The one Dutch date writer of Route071's Java. */
    public static String voluit(TemporalAccessor dag) {
        return VOLUIT.format(dag);
    }

    /** A moment written out with its time: "30 november 2026 09:15". */
    public static String voluitMetTijd(TemporalAccessor moment) {
        return VOLUIT_MET_TIJD.format(moment);
    }
}
