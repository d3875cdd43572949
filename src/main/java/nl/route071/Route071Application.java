package nl.route071;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spring Security is on the classpath for the staff login (nl.route071.sso), but its auto-configuration is not used:
 * in the embedded default (SSO off) no Spring Security filter runs at all, so the webapps' own login, HTTP Basic on
 * /engine-rest and the pages behave as without it; with {@code route071.sso.enabled} nl.route071.sso builds its own.
 */
@SpringBootApplication(exclude = { SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class })
@ConfigurationPropertiesScan
public class Route071Application {

    public static void main(String[] args) {
        SpringApplication.run(Route071Application.class, args);
    }
}
