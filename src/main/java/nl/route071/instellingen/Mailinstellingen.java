package nl.route071.instellingen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the notifications need besides the SMTP connection (that is Boot's own {@code spring.mail.*}):
 * {@code route071.basis-url} ({@code ROUTE071_BASE_URL}), the address users reach the application at, for the links
 * in mails, and {@code route071.smtp.from} ({@code ROUTE071_MAIL_FROM}), the sender.
 */
@Validated
@ConfigurationProperties("route071")
public record Mailinstellingen(@NotBlank @Pattern(regexp = "https?://\\S+") String basisUrl, @Valid @NotNull Smtp smtp) {

    /** The link base without a trailing slash. */
    public String basisUrlZonderSlash() {
        return basisUrl.replaceAll("/+$", "");
    }

    public record Smtp(@NotBlank @Pattern(regexp = "[^@\\s]+@[^@\\s]+") String from) {
    }
}
