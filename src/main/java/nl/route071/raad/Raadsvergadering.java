package nl.route071.raad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import nl.route071.gedeeld.Datums;

/**
 * One meeting of a gemeenteraad in its calendar ({@link Raadskalender}). {@code demo} for the invented dates of
 * {@code referentie/raadsvergaderingen-DEMO.csv}; a cancelled meeting stays, with {@code geannuleerd}.
 */
public record Raadsvergadering(String gemeente, LocalDate datum, LocalTime aanvang, String omschrijving, boolean demo,
        boolean geannuleerd, int versie, Instant gewijzigd, String gewijzigdDoor) {

    /** What the griffie sees in "Advies agenderen", e.g. "woensdag 20 januari 2027, 20:00 (DEMO)". */
    public String keuzetekst() {
        return Raadskalender.LANG.format(datum) + ", " + aanvang + (demo ? " (DEMO)" : "");
    }

    /** dd-MM-yyyy */
    public String datumNl() {
        return Datums.nl(datum);
    }
}
