package nl.route071.instellingen;

import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code route071.termijnen.*}: two waiting times of the route that no law or seed sentence fixes. They are Route071's
 * settings, chosen by the operator (the reasoning behind the defaults is in docs/route.md); neither is a legal term.
 *
 * @param zienswijzeCollege how long, after the griffie registered the regiocommissie's own proposal as an
 *        initiatiefvoorstel, the college may give its view before the raadsbehandeling goes on without it (never later
 *        than the raad's term date); an ISO period, e.g. {@code P2W}
 * @param voortzettingsvoorstel how long the stuurgroep's continuation proposal may stay unanswered after the
 *        evaluation sent it on; then the evaluation ends "niet besloten"; an ISO period, e.g. {@code P6M}
 */
@Validated
@ConfigurationProperties("route071.termijnen")
public record Termijninstellingen(@NotNull Period zienswijzeCollege, @NotNull Period voortzettingsvoorstel) {

    public Termijninstellingen {
        if (zienswijzeCollege != null && (zienswijzeCollege.isNegative() || zienswijzeCollege.isZero())) {
            throw new IllegalArgumentException("route071.termijnen.zienswijze-college moet een positieve periode zijn");
        }
        if (voortzettingsvoorstel != null && (voortzettingsvoorstel.isNegative() || voortzettingsvoorstel.isZero())) {
            throw new IllegalArgumentException("route071.termijnen.voortzettingsvoorstel moet een positieve periode zijn");
        }
    }
}
