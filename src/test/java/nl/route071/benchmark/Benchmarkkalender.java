package nl.route071.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

/**
 * The benchmark's raad meeting: {@link Route} chooses 2027-01-20 in "Advies agenderen" (its KEUZES), which must be in each raad's
 * calendar (issue #21). The postgres profile loads no DEMO calendar, so the benchmark puts that one day in every
 * calendar once the application has created the table, before any route runs. Nothing else of the calendar is touched.
 */
final class Benchmarkkalender {

    static final LocalDate VERGADERING = LocalDate.of(2027, 1, 20);
    private static final List<String> GEMEENTEN = List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude");

    private Benchmarkkalender() {
    }

    static void vul(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            vul(c);
        }
    }

    static void vul(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO route071_raadsvergadering (gemeente, datum, aanvang, "
                + "omschrijving, demo, geannuleerd, versie, gewijzigd, gewijzigd_door) SELECT ?, ?, '20:00', 'Raadsvergadering', "
                + "TRUE, FALSE, 0, ?, 'benchmark' WHERE NOT EXISTS (SELECT 1 FROM route071_raadsvergadering WHERE gemeente = ? AND datum = ?)")) {
            for (String gemeente : GEMEENTEN) {
                insert.setString(1, gemeente);
                insert.setDate(2, Date.valueOf(VERGADERING));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setString(4, gemeente);
                insert.setDate(5, Date.valueOf(VERGADERING));
                insert.executeUpdate();
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }
}
