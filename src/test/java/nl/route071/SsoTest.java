package nl.route071;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The SSO context: the whole application on a random port with SSO on (profiles {@code sso} and {@code ssotest}),
 * its providers served by a real OpenID Connect server in the test JVM ({@link OidcTestServer}: mock-oauth2-server,
 * issuers {@code /leiden}, {@code /voorschoten}, {@code /regio}); an in-memory H2 database of its own. The one context
 * besides {@link Route071Test} and {@link ServerTest} that HTTP tests may use, because SSO changes the application's
 * security as a whole; every SSO test (nl.route071.sso, the SSO browser test) carries this annotation and nothing else,
 * so they share it. See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:route071-sso;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "test", "sso", "ssotest" })
@ContextConfiguration(initializers = OidcTestServer.class)
@TestExecutionListeners(listeners = { EngineVanDezeContext.class }, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface SsoTest {
}
