package nl.route071.voorstel;

import java.time.Clock;
import java.time.Year;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out proposal numbers {@code RV-<year>-<4 digits>}, one counter per year in table
 * {@code route071_voorstelnummer}. The update locks the year's row, so two nodes never hand out
 * the same number; it runs in the transaction that starts the process, so a failed start uses none.
 * A year's row is created in a transaction of its own: when two starts create it at once, one insert
 * fails there (not in the start's transaction, which PostgreSQL would abort) and both go on to the update.
 */
@Service
class Voorstelnummers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;

    Voorstelnummers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.eigenTransactie = new TransactionTemplate(transactionManager);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemDefaultZone();
    }

    String volgende() {
        return volgende(Year.now(clock).getValue());
    }

    String volgende(int jaar) {
        int bijgewerkt = jdbc.update("UPDATE route071_voorstelnummer SET laatste = laatste + 1 WHERE jaar = ?", jaar);
        if (bijgewerkt == 0) {
            try {
                eigenTransactie.executeWithoutResult(
                        s -> jdbc.update("INSERT INTO route071_voorstelnummer (jaar, laatste) VALUES (?, 0)", jaar));
            }
            catch (DuplicateKeyException e) {
                // another start created the year's row at the same moment
            }
            jdbc.update("UPDATE route071_voorstelnummer SET laatste = laatste + 1 WHERE jaar = ?", jaar);
        }
        Integer laatste = jdbc.queryForObject("SELECT laatste FROM route071_voorstelnummer WHERE jaar = ?", Integer.class, jaar);
        return String.format("RV-%d-%04d", jaar, laatste);
    }
}
