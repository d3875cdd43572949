package nl.route071.kalender;

import java.util.List;
import java.util.Optional;

/**
 * A source of meetings for the iCalendar feeds: one kind of calendar ({@link #soort()}, the first path segment of
 * {@code /kalender/<soort>/<sleutel>.ics}) with a feed per key. Route071's raden are one source
 * ({@code nl.route071.raad.Raadsvergaderingbron}: soort {@code raad}, a feed per gemeente); a regiocommissie's
 * meetings become another by implementing this interface as a Spring bean with soort {@code regiocommissie}:
 * {@link KalenderController} finds every bean of this type, nothing else changes.
 */
public interface Kalenderbron {

    /** The kind of calendar: lower-case letters and hyphens, unique among the sources (e.g. {@code raad}). */
    String soort();

    /** The keys that have a feed, in the order a listing shows them (e.g. the gemeente ids). */
    List<String> sleutels();

    /** The feed's name as a calendar app shows it (Dutch), or empty when the key is unknown (404). */
    Optional<String> naam(String sleutel);

    /** Every meeting of the feed, cancelled ones included (a calendar app then removes them). */
    List<Kalenderitem> items(String sleutel);
}
