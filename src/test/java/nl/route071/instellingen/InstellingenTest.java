package nl.route071.instellingen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Route071's settings are bound and checked at start-up: a wrong value stops the application and names the property,
 * instead of failing later. Only the binding, no engine (a context of these records alone).
 */
class InstellingenTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ Beveiligingsinstellingen.class, Beheerderinstellingen.class, Mailinstellingen.class,
            Demoinstellingen.class, Termijninstellingen.class })
    static class Instellingen {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner().withUserConfiguration(Instellingen.class)
            .withPropertyValues("route071.beveiliging.max-verzoek-kb=512", "route071.beveiliging.max-variabele-kb=256",
                    "route071.beveiliging.secure-cookies=true", "route071.beheerder.gebruiker=beheerder",
                    "route071.basis-url=https://route071.example/", "route071.smtp.from=route071@route071.example",
                    "route071.demo.enabled=false", "route071.termijnen.zienswijze-college=P2W",
                    "route071.termijnen.voortzettingsvoorstel=P6M");

    @Test
    void good_values_are_bound_to_the_records() {
        start.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Beveiligingsinstellingen.class)).isEqualTo(new Beveiligingsinstellingen(512, 256, true));
            assertThat(context.getBean(Beheerderinstellingen.class).wachtwoord()).isEmpty();
            assertThat(context.getBean(Mailinstellingen.class).basisUrlZonderSlash()).isEqualTo("https://route071.example");
            assertThat(context.getBean(Demoinstellingen.class).enabled()).isFalse();
            assertThat(context.getBean(Termijninstellingen.class))
                    .isEqualTo(new Termijninstellingen(java.time.Period.ofDays(14), java.time.Period.ofMonths(6)));
        });
    }

    @Test
    void a_size_that_is_not_positive_stops_the_start_and_names_the_property() {
        start.withPropertyValues("route071.beveiliging.max-verzoek-kb=0").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("route071.beveiliging").hasStackTraceContaining("maxVerzoekKb"));
    }

    @Test
    void a_base_url_without_http_or_a_sender_without_at_stops_the_start() {
        start.withPropertyValues("route071.basis-url=route071.example").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("basisUrl"));
        start.withPropertyValues("route071.smtp.from=route071").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("smtp.from"));
    }

    @Test
    void an_empty_administrator_name_stops_the_start() {
        start.withPropertyValues("route071.beheerder.gebruiker= ").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("gebruiker"));
    }

    @Test
    void a_term_of_route071_that_is_not_a_positive_period_stops_the_start_and_names_the_property() {
        start.withPropertyValues("route071.termijnen.zienswijze-college=P0D").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("route071.termijnen.zienswijze-college"));
        start.withPropertyValues("route071.termijnen.voortzettingsvoorstel=zes maanden").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("route071.termijnen"));
    }

    @Test
    void the_password_does_not_appear_in_the_records_text() {
        assertThat(new Beheerderinstellingen("beheerder", "Geheim-wachtwoord-1").toString()).doesNotContain("Geheim");
    }
}
