package nl.route071.raad;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import nl.route071.directory.Csv;
import nl.route071.directory.Gemeenten;
import nl.route071.instellingen.Demoinstellingen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With the demo on ({@code route071.demo.enabled}), loads the DEMO meetings of
 * {@code referentie/raadsvergaderingen-DEMO.csv} into the calendars at start: each day that is not in that calendar
 * yet (a day a griffie cancelled stays cancelled). Without the demo the calendars start empty and each griffie fills
 * its own. A row with an unknown gemeente or a malformed date or time stops the start. Then, with or without the demo,
 * every open "Advies agenderen" task gets the choices of its calendar (tasks created before the calendars existed, or
 * by an older process version, have none).
 */
@Component
public class RaadskalenderBijStart {

    static final String DEMO_BESTAND = "referentie/raadsvergaderingen-DEMO.csv";
    private static final Logger LOG = LoggerFactory.getLogger(RaadskalenderBijStart.class);

    private final Raadskalender kalender;
    private final Gemeenten gemeenten;
    private final Demoinstellingen demo;

    RaadskalenderBijStart(Raadskalender kalender, Gemeenten gemeenten, Demoinstellingen demo) {
        this.kalender = kalender;
        this.gemeenten = gemeenten;
        this.demo = demo;
    }

    /** The start-up step ({@code nl.route071.Opstart}): the DEMO calendars, then the choices of the open tasks. */
    public void laden() {
        if (demo.enabled()) {
            laadDemo();
        }
        // open "Advies agenderen" tasks created before this version (or migrated to it) get their choices
        gemeenten.ids().forEach(kalender::keuzesBijwerken);
    }

    private void laadDemo() {
        int nieuw = 0;
        for (Map<String, String> rij : Csv.readClasspath(DEMO_BESTAND)) {
            String gemeente = rij.get("gemeente");
            if (!gemeenten.bestaat(gemeente)) {
                throw new IllegalStateException(DEMO_BESTAND + ": onbekende gemeente '" + gemeente + "'");
            }
            if (kalender.laadDemo(gemeente, LocalDate.parse(rij.get("datum")), LocalTime.parse(rij.get("aanvang")), rij.get("omschrijving"))) {
                nieuw++;
            }
        }
        LOG.info("Raadskalenders: {} DEMO-vergaderingen toegevoegd uit {}", nieuw, DEMO_BESTAND);
    }
}
