package nl.route071;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Runs the tests on a real PostgreSQL when {@code route071.test.database=postgres}: the server named
 * by {@code ROUTE071_TEST_POSTGRES_URL} (with {@code ROUTE071_TEST_POSTGRES_USER/PASS}), or else an
 * embedded PostgreSQL binary from Maven (zonky), started once per JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "route071.test.database", havingValue = "postgres")
class TestDatabaseConfiguration {

    private static EmbeddedPostgres embedded;

    @Bean
    @Primary
    DataSource postgresDataSource() {
        String url = System.getenv("ROUTE071_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return DataSourceBuilder.create().url(url)
                    .username(System.getenv().getOrDefault("ROUTE071_TEST_POSTGRES_USER", "postgres"))
                    .password(System.getenv().getOrDefault("ROUTE071_TEST_POSTGRES_PASS", "postgres")).build();
        }
        // zonky hands out an unpooled data source: every engine command would open (and authenticate) a new
        // connection, which made the PostgreSQL pass twenty times slower than H2. Pool it, as production does.
        HikariDataSource pooled = new HikariDataSource();
        pooled.setDataSource(embedded().getPostgresDatabase());
        pooled.setPoolName("route071-test-postgres");
        pooled.setMaximumPoolSize(10);
        return pooled;
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                // a throwaway test database: no waiting for the disk on each commit (the engine commits at every wait state)
                embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                }
                catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return embedded;
    }
}
