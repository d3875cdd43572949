package nl.route071.databasemigratie;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** Runs a Java migration in a test as Flyway does: on one connection, in a transaction. */
final class AlsFlyway {

    private AlsFlyway() {
    }

    static void migreer(JavaMigration migratie, DataSource dataSource) throws Exception {
        try (Connection verbinding = dataSource.getConnection()) {
            verbinding.setAutoCommit(false);
            migratie.migrate(context(verbinding));
            verbinding.commit();
            verbinding.setAutoCommit(true);
        }
    }

    static Context context(Connection verbinding) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return verbinding;
            }
        };
    }
}
