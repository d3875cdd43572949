package nl.route071;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on a random port, for every test that talks HTTP to a running server: REST as Modeler
 * calls it, the webapps with a login, Route071's own pages, and the browser tests (nl.route071.e2e). One Spring
 * context with an in-memory H2 database of its own (not the one of {@link Route071Test}), shared by all these
 * classes: a test creates its own proposals, users and groups with unique names, counts deltas instead of totals,
 * and removes what would change another test's view. Cookies as in production (Secure, SameSite=Strict); the test
 * clients keep them on localhost as a browser does ({@link LocalhostCookies}). Its engine answers REST and the
 * webapps ({@link EngineVanDezeContext}); no user starts a class with a login delay left by another ({@link GebruikersOntgrendelen}). See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:route071-server;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestExecutionListeners(listeners = { EngineVanDezeContext.class, GebruikersOntgrendelen.class }, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ServerTest {
}
