package nl.route071.databasemigratie;

import nl.route071.vergadering.Vergaderlijst;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 64: fills the meetings overview's list ({@link Vergaderlijst}, V63) from the history of the meetings
 * planned before it existed (the engine's tables are there since migration 4). Running it again adds only what is
 * missing.
 */
@Component
class VergaderlijstAanvullen extends JavaMigratie {

    VergaderlijstAanvullen() {
        super("64", "vergaderlijst uit de historie");
    }

    @Override
    public void migrate(Context context) {
        long t0 = System.nanoTime();
        int aantal = Vergaderlijst.vul(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
        LoggerFactory.getLogger(VergaderlijstAanvullen.class).info("Meetings list from history: {} meetings in {} ms", aantal,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
