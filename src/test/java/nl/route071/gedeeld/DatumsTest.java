package nl.route071.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The one Dutch date writer of Route071's Java, as pages and mails show a date. Without Spring. */
class DatumsTest {

    @Test
    void a_day_is_written_out_with_the_dutch_month_and_a_moment_with_its_time() {
        assertThat(Datums.voluit(LocalDate.of(2026, 3, 1))).isEqualTo("1 maart 2026");
        assertThat(Datums.voluitMetTijd(LocalDateTime.of(2026, 11, 30, 9, 15))).isEqualTo("30 november 2026 09:15");
        assertThat(Datums.nl(LocalDate.of(2026, 3, 1))).isEqualTo("01-03-2026");
    }
}
