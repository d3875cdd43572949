package nl.route071.databasemigratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Flyway, not the engine, makes the schema: on a fresh database migration 4 creates every table of the engine with
 * Camunda's own scripts; on a database whose engine made its tables itself (before #15) it only records them. Plain
 * Flyway on an in-memory H2, no Spring (the PostgreSQL scripts run in the process tests on PostgreSQL).
 */
class CamundaSchemaTest {

    @Test
    void a_fresh_database_gets_route071s_tables_and_every_table_of_the_engine() throws SQLException {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        MigrateResult resultaat = flyway(url).migrate();

        assertThat(resultaat.targetSchemaVersion).isEqualTo(hoogsteScriptversie());
        try (Connection verbinding = DriverManager.getConnection(url, "sa", "")) {
            for (String tabel : new String[] { "ACT_GE_PROPERTY", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER",
                    "ACT_RE_CASE_DEF", "ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST", "ROUTE071_VOORSTELNUMMER", "ROUTE071_RAPPORT_PROCES" }) {
                assertThat(bestaat(verbinding, tabel)).as(tabel).isTrue();
            }
        }
    }

    @Test
    void a_database_whose_engine_made_its_tables_is_only_recorded() throws SQLException {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection verbinding = DriverManager.getConnection(url, "sa", ""); Statement sql = verbinding.createStatement()) {
            sql.execute("CREATE TABLE ACT_GE_PROPERTY (NAME_ VARCHAR(64) PRIMARY KEY)");
        }

        MigrateResult resultaat = flyway(url).migrate();

        assertThat(resultaat.targetSchemaVersion).isEqualTo(hoogsteScriptversie());
        try (Connection verbinding = DriverManager.getConnection(url, "sa", "")) {
            assertThat(bestaat(verbinding, "ACT_RU_TASK")).as("nothing of the engine created again").isFalse();
        }
    }

    @Test
    void every_script_it_runs_is_in_the_engine_jar_for_h2_and_postgres_and_another_database_is_refused() {
        for (String type : new String[] { "h2", "postgres" }) {
            for (String deel : CamundaSchema.DELEN) {
                assertThat(new ClassPathResource(CamundaSchema.script(type, deel)).exists()).as(type + " " + deel).isTrue();
            }
        }
        assertThat(CamundaSchema.databasetype("PostgreSQL")).isEqualTo("postgres");
        assertThatThrownBy(() -> CamundaSchema.databasetype("MySQL")).hasMessageContaining("H2 and PostgreSQL only");
    }

    /** The highest version among the SQL scripts in db/migration: the schema a plain Flyway run (no Java migrations) ends at. */
    private static String hoogsteScriptversie() {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").table("route071_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").javaMigrations(new CamundaSchema()).load();
    }

    private static boolean bestaat(Connection verbinding, String tabel) throws SQLException {
        try (ResultSet tabellen = verbinding.getMetaData().getTables(null, null, tabel, null)) {
            return tabellen.next();
        }
    }
}
