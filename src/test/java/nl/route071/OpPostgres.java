package nl.route071;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;

/**
 * The PostgreSQL pass: on a subclass of a {@code *ProcessTest}, runs every test of that class once more on a real
 * PostgreSQL ({@link TestDatabaseConfiguration}: embedded, or {@code ROUTE071_TEST_POSTGRES_URL}). All such classes
 * share one Spring context, in the same test JVM as the H2 contexts, so the pass costs no second JVM start. Skipped
 * with {@code -Droute071.postgres.skip=true}; the owner's loop ({@code mvn -Pmodel test}) does not include them.
 * See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "route071.test.database=postgres")
@DisabledIfSystemProperty(named = "route071.postgres.skip", matches = "true", disabledReason = "-Droute071.postgres.skip=true")
public @interface OpPostgres {
}
