package nl.route071.kalender;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a feed as iCalendar (RFC 5545) with ical4j: times in Europe/Amsterdam with its VTIMEZONE, a stable UID and a
 * SEQUENCE per meeting, cancelled meetings as {@code STATUS:CANCELLED}, the feed's name as {@code X-WR-CALNAME}.
 * Knows nothing of raden or regiocommissies: it writes what a {@link Kalenderbron} gives.
 */
public final class Icalendar {

    /** The time zone of every Route071 meeting. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String PRODID = "-//Route071//Vergaderkalender//NL";

    /**
     * The VTIMEZONE of Europe/Amsterdam as calendar apps expect it: CET/CEST with the EU rules since 1996 (last Sunday
     * of March and of October). Written here rather than taken from ical4j's registry, which has Amsterdam as a link
     * to Europe/Brussels (tzdata 2022b) and would name the zone Brussels, with its history back to 1880.
     */
    static final String VTIMEZONE = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + PRODID,
            "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "X-LIC-LOCATION:Europe/Amsterdam",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE", "END:VCALENDAR", "");

    private Icalendar() {
    }

    /** The feed as text, lines ending in CRLF as RFC 5545 wants; {@code gemaakt} is every event's DTSTAMP. */
    public static String schrijf(String naam, List<Kalenderitem> items, Instant gemaakt) {
        Calendar kalender = new Calendar().withProdId(PRODID).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", naam))
                .withProperty(new XProperty("X-WR-TIMEZONE", AMSTERDAM.getId()))
                .withComponent(amsterdam())
                .getFluentTarget();
        for (Kalenderitem item : items) {
            kalender.add(vergadering(item, gemaakt));
        }
        StringWriter tekst = new StringWriter();
        try {
            new CalendarOutputter(true).output(kalender, tekst);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (ValidationException e) {
            throw new IllegalStateException("Kalender '" + naam + "' is geen geldig iCalendar: " + e.getMessage(), e);
        }
        return tekst.toString();
    }

    private static VTimeZone amsterdam() {
        try {
            return new CalendarBuilder().build(new StringReader(VTIMEZONE)).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (ParserException e) {
            throw new IllegalStateException("VTIMEZONE Europe/Amsterdam: " + e.getMessage(), e);
        }
    }

    private static VEvent vergadering(Kalenderitem item, Instant gemaakt) {
        ZonedDateTime begin = item.begin().atZone(AMSTERDAM);
        VEvent vergadering = new VEvent(begin, begin.plus(item.duur()), item.titel());
        vergadering.add(new Uid(item.uid()));
        vergadering.replace(new DtStamp(gemaakt));
        vergadering.add(new Sequence(item.volgnummer()));
        vergadering.add(new Status(item.geannuleerd() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (item.gewijzigd() != null) {
            vergadering.add(new LastModified(item.gewijzigd()));
        }
        if (item.omschrijving() != null && !item.omschrijving().isBlank()) {
            vergadering.add(new Description(item.omschrijving()));
        }
        if (item.locatie() != null && !item.locatie().isBlank()) {
            vergadering.add(new Location(item.locatie()));
        }
        return vergadering;
    }
}
