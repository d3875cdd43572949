package nl.route071.kalender;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
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

    private static final TimeZoneRegistry TIJDZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Icalendar() {
    }

    /** The feed as text, lines ending in CRLF as RFC 5545 wants; {@code gemaakt} is every event's DTSTAMP. */
    public static String schrijf(String naam, List<Kalenderitem> items, Instant gemaakt) {
        Calendar kalender = new Calendar().withProdId(PRODID).withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", naam))
                .withProperty(new XProperty("X-WR-TIMEZONE", AMSTERDAM.getId()))
                .withComponent(TIJDZONES.getTimeZone(AMSTERDAM.getId()).getVTimeZone())
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

    private static VEvent vergadering(Kalenderitem item, Instant gemaakt) {
        ZonedDateTime begin = item.begin().atZone(AMSTERDAM);
        VEvent vergadering = new VEvent(begin, begin.plus(item.duur()), item.titel());
        vergadering.add(new Uid(item.uid()));
        vergadering.add(new DtStamp(gemaakt));
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
