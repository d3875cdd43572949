package nl.route071.instellingen;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code route071.demo.enabled}: demo users for every group (password {@code demo}) and no password policy; true in
 * the embedded default, false in the {@code postgres} profile.
 */
@ConfigurationProperties("route071.demo")
public record Demoinstellingen(boolean enabled) {
}
