package nl.route071;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The process and model context: the whole application without a server (no port), the engine with the job
 * executor off (tests run jobs explicitly) and process-test coverage ({@link ProcessCoverage}), on in-memory H2,
 * or on PostgreSQL when {@code route071.test.database=postgres} (see {@link TestDatabaseConfiguration}). One Spring
 * context for every class that carries it, also in {@code mvn -Pmodel test}: tests use unique business keys,
 * users and groups, count deltas, and put the engine clock back after moving it. Tests that talk HTTP use
 * {@link ServerTest}. See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ProcessCoverage
@TestExecutionListeners(listeners = { EngineVanDezeContext.class, GebruikersOntgrendelen.class }, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface Route071Test {
}
