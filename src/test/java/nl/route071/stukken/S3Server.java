package nl.route071.stukken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import com.adobe.testing.s3mock.S3MockApplication;

import nl.route071.instellingen.Stukkeninstellingen;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server inside the test JVM (Adobe's S3Mock 4.7.0, a Spring Boot application of its own), started once and
 * shared by the tests of the S3 store; plain HTTP on a free port, one bucket, files in a temporary folder.
 *
 * <p>S3Mock runs on the classpath of Route071's tests, which holds Camunda's starter, H2, Flyway and Route071's
 * {@code application.yaml}. Started as is, its Spring context would read that yaml and start a second process engine
 * on a second database. So it starts with a configuration name of its own ({@code s3mock-route071.properties}: S3Mock's
 * own settings, nothing of Route071) and with the engine's, the data source's and Flyway's auto-configuration excluded.
 * Its Spring Boot is the application's (3.5.7, from the parent's dependency management): nothing is overridden.
 */
final class S3Server {

    static final String BUCKET = "route071-stukken-test";

    private static S3MockApplication server;

    private S3Server() {
    }

    static synchronized String endpoint() {
        if (server == null) {
            try {
                // a mutable map: S3Mock takes its own keys out of it
                server = S3MockApplication.start(new java.util.HashMap<>(Map.of(
                        S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT,
                        S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT,
                        S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET,
                        S3MockApplication.PROP_ROOT_DIRECTORY, Files.createTempDirectory("route071-s3").toString(),
                        S3MockApplication.PROP_SILENT, true,
                        "spring.config.name", "s3mock-route071",
                        "spring.autoconfigure.exclude", String.join(",",
                                "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration",
                                "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                                "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                                "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
                                "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
                                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                                "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
                                // Spring Security is on the classpath for the staff login (sso): not for the S3 server
                                "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
                                "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
                                "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
                                "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration",
                                "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
                                "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"))));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://localhost:" + server.getHttpPort();
    }

    static Stukkeninstellingen.S3 instellingen() {
        return new Stukkeninstellingen.S3(endpoint(), "eu-west-1", BUCKET, "test", "test");
    }

    /** A client as the application makes it ({@link Opslagkeuze#s3}). */
    static S3Client client() {
        return Opslagkeuze.s3(instellingen());
    }
}
