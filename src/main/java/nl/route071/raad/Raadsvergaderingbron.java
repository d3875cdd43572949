package nl.route071.raad;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import nl.route071.directory.Gemeenten;
import nl.route071.kalender.Kalenderbron;
import nl.route071.kalender.Kalenderitem;

import org.springframework.stereotype.Component;

/**
 * The raden as a source of iCalendar feeds: {@code /kalender/raad/<gemeente>.ics}, one per gemeente, from its
 * {@link Raadskalender}. UID {@code raadsvergadering-<gemeente>-<yyyy-MM-dd>@route071} (a raad meets at most once a
 * day in the calendar), SEQUENCE the row's version, cancelled meetings as cancelled. The calendar keeps no end time:
 * every meeting is shown as {@value #UREN} hours long. DEMO dates say DEMO in the summary and description.
 */
@Component
class Raadsvergaderingbron implements Kalenderbron {

    static final int UREN = 3;

    private final Raadskalender kalender;
    private final Gemeenten gemeenten;

    Raadsvergaderingbron(Raadskalender kalender, Gemeenten gemeenten) {
        this.kalender = kalender;
        this.gemeenten = gemeenten;
    }

    @Override
    public String soort() {
        return "raad";
    }

    @Override
    public List<String> sleutels() {
        return gemeenten.ids();
    }

    @Override
    public Optional<String> naam(String gemeente) {
        return gemeenten.bestaat(gemeente) ? Optional.of("Raadsvergaderingen " + gemeenten.naam(gemeente)) : Optional.empty();
    }

    @Override
    public List<Kalenderitem> items(String gemeente) {
        String naam = gemeenten.naam(gemeente);
        return kalender.alle(gemeente).stream().map(v -> new Kalenderitem(uid(v), v.datum().atTime(v.aanvang()),
                Duration.ofHours(UREN), v.omschrijving() + " " + naam + (v.demo() ? " (DEMO)" : "") + (v.geannuleerd() ? " – geannuleerd" : ""),
                omschrijving(v, naam), null, v.geannuleerd(), v.versie(), v.gewijzigd())).toList();
    }

    static String uid(Raadsvergadering vergadering) {
        return "raadsvergadering-" + vergadering.gemeente() + "-" + vergadering.datum() + "@route071";
    }

    private static String omschrijving(Raadsvergadering v, String naam) {
        String tekst = v.omschrijving() + " van de gemeenteraad van " + naam + ", aanvang " + v.aanvang() + ".";
        if (v.geannuleerd()) {
            tekst += " Deze vergadering is geannuleerd.";
        }
        if (v.demo()) {
            tekst += " DEMO: een verzonnen datum, niet de echte raadskalender van " + naam + ".";
        }
        return tekst + " Bijgehouden door de griffie in Route071.";
    }
}
