package nl.route071.verkiezingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The day a new raad takes office. Without Spring or a database. */
class InstallatiedataTest {

    private static final LocalDate VERKIEZING_2022 = LocalDate.of(2022, 3, 16);

    @Test
    void de_nieuwe_raad_zit_volgens_kieswet_c4_vanaf_de_woensdag_tussen_29_maart_en_4_april() {
        assertThat(Installatiedata.volgensKieswet(LocalDate.of(2026, 3, 18)).datum()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Installatiedata.volgensKieswet(LocalDate.of(2022, 3, 16)).datum()).isEqualTo(LocalDate.of(2022, 3, 30));
        assertThat(Installatiedata.volgensKieswet(LocalDate.of(2030, 3, 20)).datum()).isEqualTo(LocalDate.of(2030, 4, 3));
        assertThat(Installatiedata.volgensKieswet(LocalDate.of(2026, 3, 18)).afgeleid()).isTrue();
        // a herindelingsverkiezing in November: no rule known, said so
        assertThat(Installatiedata.volgensKieswet(LocalDate.of(2027, 11, 24)).bron()).contains("onbekend");
    }

    @Test
    void een_echte_installatiedatum_uit_de_referentie_gaat_voor_de_afgeleide() {
        Installatiedata data = new Installatiedata(List.of(Map.of("gemeente", "voorschoten", "verkiezingsdatum", "2022-03-16",
                "installatiedatum", "2022-03-30", "soort", "bron", "bron", "voorschoten.pvda.nl")));

        assertThat(data.installatie("voorschoten", VERKIEZING_2022).afgeleid()).isFalse();
        assertThat(data.installatie("leiden", VERKIEZING_2022).afgeleid()).isTrue();
        // every row of the project's own reference file has a source and lies after its election
        Installatiedata referentie = Installatiedata.uitReferentie();
        for (String gemeente : List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude")) {
            assertThat(referentie.installatie(gemeente, LocalDate.of(2026, 3, 18)).datum()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(referentie.installatie(gemeente, VERKIEZING_2022).bron()).isNotBlank();
        }
    }
}
