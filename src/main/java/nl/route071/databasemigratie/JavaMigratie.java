package nl.route071.databasemigratie;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, registered as a Spring bean (Boot hands every {@link JavaMigration} bean to
 * Flyway), with its version and description given here rather than by a {@code V<n>__} class name: no checksum, in
 * Flyway's transaction. See docs/operations.md for the list of migrations.
 */
public abstract class JavaMigratie implements JavaMigration {

    private final MigrationVersion versie;
    private final String omschrijving;

    protected JavaMigratie(String versie, String omschrijving) {
        this.versie = MigrationVersion.fromVersion(versie);
        this.omschrijving = omschrijving;
    }

    @Override
    public final MigrationVersion getVersion() {
        return versie;
    }

    @Override
    public final String getDescription() {
        return omschrijving;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /** Whether the database has the table, in upper case (H2) or lower case (PostgreSQL). */
    protected static boolean tabelBestaat(DatabaseMetaData metadata, String tabel) throws SQLException {
        for (String naam : List.of(tabel, tabel.toLowerCase(Locale.ROOT))) {
            try (ResultSet tabellen = metadata.getTables(null, null, naam, new String[] { "TABLE" })) {
                if (tabellen.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
