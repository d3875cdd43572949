package nl.route071.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import nl.route071.instellingen.Termijninstellingen;

import org.junit.jupiter.api.Test;

/** The last day for the college's view on an initiatiefvoorstel: the setting, capped by the raad's term date. */
class ZienswijzeCollegeTest {

    private final ZienswijzeCollege zienswijze = new ZienswijzeCollege(new Termijninstellingen(Period.ofWeeks(2), Period.ofMonths(6)));
    private final LocalDate vandaag = LocalDate.of(2026, 12, 7);

    @Test
    void zonder_termijndatum_geldt_de_instelling() {
        assertThat(zienswijze.uiterlijk(vandaag, null)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void een_latere_termijndatum_verandert_niets() {
        assertThat(zienswijze.uiterlijk(vandaag, "2027-02-10")).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void een_eerdere_termijndatum_gaat_voor_zodat_de_zienswijze_de_raad_niet_over_zijn_termijn_houdt() {
        assertThat(zienswijze.uiterlijk(vandaag, "2026-12-15")).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void een_verstreken_termijndatum_geeft_vandaag() {
        assertThat(zienswijze.uiterlijk(vandaag, "2026-11-30")).isEqualTo(vandaag);
    }
}
