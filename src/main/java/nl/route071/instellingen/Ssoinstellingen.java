package nl.route071.instellingen;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code route071.sso.enabled}: staff log in with their gemeente's own identity provider (OpenID Connect,
 * nl.route071.sso) and tools call {@code /engine-rest} with bearer tokens; local passwords and HTTP Basic are then off.
 * False in the embedded default; the profile {@code sso} sets it (application-sso.yaml, docs/security.md).
 */
@ConfigurationProperties("route071.sso")
public record Ssoinstellingen(boolean enabled) {
}
