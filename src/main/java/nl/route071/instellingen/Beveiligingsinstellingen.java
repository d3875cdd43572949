package nl.route071.instellingen;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code route071.beveiliging.*}: the request body limit on the engine's APIs, the largest Json/XML/object variable,
 * and whether cookies are sent {@code Secure} ({@code ROUTE071_SECURE_COOKIES}, false only for plain-HTTP tests).
 */
@Validated
@ConfigurationProperties("route071.beveiliging")
public record Beveiligingsinstellingen(@Positive int maxVerzoekKb, @Positive int maxVariabeleKb, boolean secureCookies) {
}
