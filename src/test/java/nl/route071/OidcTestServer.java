package nl.route071;

import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider in the test JVM for {@link SsoTest}: mock-oauth2-server, with its interactive login
 * page (a user name and the token's claims as JSON, typed in as a user would at their gemeente's provider). One server
 * for the JVM, started before the SSO context, which reads the issuers' discovery documents at start-up; its base URL
 * is the property {@code route071.test.oidc} (application-ssotest.yaml).
 */
public final class OidcTestServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MockOAuth2Server server;

    /** The server, started on first use. */
    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server nieuw = new MockOAuth2Server(new OAuth2Config(true));
            nieuw.start();
            server = nieuw;
        }
        return server;
    }

    /** The issuer URL of a provider (leiden, voorschoten, regio, or any other id for an unknown one). */
    public static String uitgever(String id) {
        return server().issuerUrl(id).toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String basis = server().baseUrl().toString().replaceAll("/$", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("route071-oidc-test", Map.of("route071.test.oidc", basis)));
    }
}
