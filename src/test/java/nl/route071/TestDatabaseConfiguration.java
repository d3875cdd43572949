package nl.route071;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Runs the tests on a real PostgreSQL when {@code route071.test.database=postgres} (see {@link OpPostgres}): the
 * server named by {@code ROUTE071_TEST_POSTGRES_URL} (with {@code ROUTE071_TEST_POSTGRES_USER/PASS}), or else an
 * embedded PostgreSQL binary from Maven (zonky), one per Spring context that asks for it.
 *
 * <p>The connections are pooled, as in production: zonky's own data source opens (and authenticates) a new
 * connection for every engine command. The embedded server is a bean that the pool depends on, so Spring stops it
 * after the engine and the pool, when the context closes; zonky's own shutdown hook is off, because it raced the
 * engine's last metrics report at JVM exit and left that waiting for a connection until surefire killed the JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "route071.test.database", havingValue = "postgres")
class TestDatabaseConfiguration {

    private static final String URL = System.getenv("ROUTE071_TEST_POSTGRES_URL");

    @Bean(destroyMethod = "close")
    Server testPostgresServer() {
        return new Server(URL == null || URL.isBlank() ? start() : null);
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource postgresDataSource(Server server) {
        HikariDataSource pooled = new HikariDataSource();
        pooled.setPoolName("route071-test-postgres");
        pooled.setMaximumPoolSize(10);
        if (server.embedded() != null) {
            pooled.setDataSource(server.embedded().getPostgresDatabase());
        }
        else {
            pooled.setJdbcUrl(URL);
            pooled.setUsername(System.getenv().getOrDefault("ROUTE071_TEST_POSTGRES_USER", "postgres"));
            pooled.setPassword(System.getenv().getOrDefault("ROUTE071_TEST_POSTGRES_PASS", "postgres"));
        }
        return pooled;
    }

    private static EmbeddedPostgres start() {
        try {
            // a throwaway test database: no waiting for the disk on each commit (the engine commits at every wait state)
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    /** The embedded server, or {@code null} on {@code ROUTE071_TEST_POSTGRES_URL}; stopped when the context closes. */
    record Server(EmbeddedPostgres embedded) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
