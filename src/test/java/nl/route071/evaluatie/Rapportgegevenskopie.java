package nl.route071.evaluatie;

import javax.sql.DataSource;

import nl.route071.databasemigratie.RapportgegevensAanvullen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * For the benchmark, which copies engine history in the database (no history events): fills the report's tables for
 * the copies, as migration 6 does for history older than the tables.
 */
public final class Rapportgegevenskopie {

    private Rapportgegevenskopie() {
    }

    public static void vulAan(DataSource dataSource) {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .executeWithoutResult(status -> RapportgegevensAanvullen.vul(new JdbcTemplate(dataSource)));
    }
}
