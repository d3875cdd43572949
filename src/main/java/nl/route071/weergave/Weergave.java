package nl.route071.weergave;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import nl.route071.gedeeld.Datums;

import org.springframework.stereotype.Component;

/**
 * One Dutch way to write dates and numbers on Route071's own pages, the same as on Tasklist's task cards and
 * beside its date fields: "1 maart 2026", "30 november 2026 09:15", "12.345". Used in the templates as
 * {@code ${@weergave.datum(x)}}, {@code ${@weergave.tijdstip(x)}} and {@code ${@weergave.getal(x)}}.
 */
@Component("weergave")
public class Weergave {

    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private final ZoneId zone;

    public Weergave() {
        this(ZoneId.systemDefault());
    }

    Weergave(ZoneId zone) {
        this.zone = zone;
    }

    /** A date ("1 maart 2026") from a LocalDate, an ISO text (2026-03-01, with or without time) or an instant; "" for null. */
    public String datum(Object waarde) {
        TemporalAccessor t = lees(waarde);
        return t == null ? tekst(waarde) : Datums.voluit(t);
    }

    /** A moment with its time in the server's zone ("30 november 2026 09:15"); a date alone stays a date. */
    public String tijdstip(Object waarde) {
        TemporalAccessor t = lees(waarde);
        if (t == null) {
            return tekst(waarde);
        }
        return t instanceof LocalDate ? Datums.voluit(t) : Datums.voluitMetTijd(t);
    }

    /** A whole number with a dot between the thousands ("12.345"); "" for null. */
    public String getal(Number waarde) {
        if (waarde == null) {
            return "";
        }
        NumberFormat formaat = NumberFormat.getIntegerInstance(NEDERLANDS);
        formaat.setGroupingUsed(true);
        return formaat.format(waarde);
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }

    private TemporalAccessor lees(Object waarde) {
        if (waarde instanceof LocalDate d) {
            return d;
        }
        if (waarde instanceof LocalDateTime d) {
            return d;
        }
        if (waarde instanceof OffsetDateTime d) {
            return d.atZoneSameInstant(zone);
        }
        if (waarde instanceof ZonedDateTime d) {
            return d.withZoneSameInstant(zone);
        }
        if (waarde instanceof Instant i) {
            return i.atZone(zone);
        }
        if (waarde instanceof Date d) {
            return d.toInstant().atZone(zone);
        }
        if (waarde instanceof CharSequence tekst && !tekst.isEmpty()) {
            String s = tekst.toString().trim();
            try {
                if (s.length() == 10) {
                    return LocalDate.parse(s);
                }
                return OffsetDateTime.parse(s).atZoneSameInstant(zone);
            }
            catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(s);
                }
                catch (DateTimeParseException niet) {
                    return null;
                }
            }
        }
        return null;
    }
}
