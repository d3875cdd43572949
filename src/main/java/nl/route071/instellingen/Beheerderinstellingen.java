package nl.route071.instellingen;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code route071.beheerder.*}: the administrator outside the embedded demo ({@code ROUTE071_ADMIN_USER},
 * {@code ROUTE071_ADMIN_PASSWORD}). The password may be empty here: outside the demo {@code toegang.Beheerder}
 * refuses to start without a strong one and says why.
 */
@Validated
@ConfigurationProperties("route071.beheerder")
public record Beheerderinstellingen(@NotBlank String gebruiker, String wachtwoord) {

    public Beheerderinstellingen {
        wachtwoord = wachtwoord == null ? "" : wachtwoord;
    }

    @Override
    public String toString() {
        return "Beheerderinstellingen[gebruiker=" + gebruiker + ", wachtwoord=***]";
    }
}
