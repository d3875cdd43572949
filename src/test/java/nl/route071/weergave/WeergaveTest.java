package nl.route071.weergave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WeergaveTest {

    private final Weergave weergave = new Weergave(ZoneId.of("Europe/Amsterdam"));

    @Test
    void dates_read_as_one_dutch_date_whatever_their_type() {
        assertThat(weergave.datum(LocalDate.of(2026, 3, 1))).isEqualTo("1 maart 2026");
        assertThat(weergave.datum("2026-03-01")).isEqualTo("1 maart 2026");
        assertThat(weergave.datum("2026-11-30T23:30:00Z")).as("the Dutch day, not UTC's").isEqualTo("1 december 2026");
        assertThat(weergave.tijdstip(Instant.parse("2026-11-30T08:15:00Z"))).isEqualTo("30 november 2026 09:15");
        assertThat(weergave.datum(null)).isEmpty();
        assertThat(weergave.datum("geen datum")).isEqualTo("geen datum");
    }

    @Test
    void numbers_have_a_dot_between_the_thousands() {
        assertThat(weergave.getal(12345)).isEqualTo("12.345");
        assertThat(weergave.getal(1234567L)).isEqualTo("1.234.567");
        assertThat(weergave.getal(950)).isEqualTo("950");
        assertThat(weergave.getal(null)).isEmpty();
    }
}
