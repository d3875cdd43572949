package nl.route071.voorstel;

import java.time.Clock;
import java.time.Year;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Hands out proposal numbers {@code RV-<year>-<4 digits>}, one counter per year in table
 * {@code route071_voorstelnummer}. The update locks the year's row, so two nodes never hand out
 * the same number; it runs in the transaction that starts the process, so a failed start uses none.
 */
@Service
class Voorstelnummers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Voorstelnummers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemDefaultZone();
    }

    String volgende() {
        int jaar = Year.now(clock).getValue();
        int bijgewerkt = jdbc.update("UPDATE route071_voorstelnummer SET laatste = laatste + 1 WHERE jaar = ?", jaar);
        if (bijgewerkt == 0) {
            jdbc.update("INSERT INTO route071_voorstelnummer (jaar, laatste) VALUES (?, 1)", jaar);
        }
        Integer laatste = jdbc.queryForObject("SELECT laatste FROM route071_voorstelnummer WHERE jaar = ?", Integer.class, jaar);
        return String.format("RV-%d-%04d", jaar, laatste);
    }
}
