package nl.route071.kalender;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One meeting in a feed.
 *
 * @param uid stable for the life of the meeting (a calendar app recognises updates and cancellations by it); unique
 *        across every feed, e.g. {@code raadsvergadering-leiden-2027-01-20@route071}
 * @param begin local time in Europe/Amsterdam
 * @param titel the summary, Dutch (e.g. "Raadsvergadering Leiden (DEMO)")
 * @param volgnummer the iCalendar SEQUENCE: raised on every change, so an app takes the newer version
 * @param gewijzigd when the meeting was last changed (LAST-MODIFIED)
 */
public record Kalenderitem(String uid, LocalDateTime begin, Duration duur, String titel, String omschrijving,
        String locatie, boolean geannuleerd, int volgnummer, Instant gewijzigd) {
}
