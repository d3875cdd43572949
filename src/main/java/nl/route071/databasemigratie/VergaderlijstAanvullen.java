package nl.route071.databasemigratie;

import java.sql.SQLException;

import nl.route071.vergadering.Vergaderlijst;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 64: fills the meetings overview's list ({@link Vergaderlijst}, V63) from the history of the meetings
 * planned before it existed. Running it again adds only what is missing; without engine tables it does nothing.
 */
@Component
class VergaderlijstAanvullen extends JavaMigratie {

    private static final Logger LOG = LoggerFactory.getLogger(VergaderlijstAanvullen.class);

    VergaderlijstAanvullen() {
        super("64", "vergaderlijst uit de historie");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (!tabelBestaat(context.getConnection().getMetaData(), "ACT_HI_PROCINST")) {
            return;
        }
        long t0 = System.nanoTime();
        int aantal = Vergaderlijst.vul(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
        LOG.info("Meetings list from history: {} meetings in {} ms", aantal, (System.nanoTime() - t0) / 1_000_000);
    }
}
