package nl.route071.verkiezingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.route071.Route071Test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The election results loaded at start from {@code referentie/}, and which election is in force on a meeting date. */
@Route071Test
class VerkiezingsuitslagenTest {

    @Autowired
    Verkiezingsuitslagen uitslagen;

    @Test
    void na_de_verkiezing_van_18_maart_2026_weegt_voorschoten_met_de_echte_voorlopige_stemmen_en_hun_bron() {
        Verkiezing voorschoten = uitslagen.inWerking("voorschoten", LocalDate.of(2026, 12, 9)).orElseThrow();

        assertThat(voorschoten.datum()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(voorschoten.voorlopig()).isTrue();
        assertThat(voorschoten.fracties()).hasSize(7).allSatisfy(f -> {
            assertThat(f.demo()).isFalse();
            assertThat(f.status()).isEqualTo("voorlopig");
            assertThat(f.bron()).contains("VOORLOPIG").doesNotContain("DEMO");
            assertThat(f.raadszetels()).isEqualTo(21);
        });
        assertThat(voorschoten.fracties().get(0).fractie()).isEqualTo("GROENLINKS / Partij van de Arbeid (PvdA)");
        assertThat(voorschoten.fracties().get(0).gewicht()).isEqualTo(2923);
        assertThat(voorschoten.fracties().stream().mapToInt(Fractiegewicht::zetels).sum()).isEqualTo(21);
    }

    @Test
    void op_de_dag_van_de_verkiezing_zelf_geldt_nog_de_vorige_verkiezing() {
        Verkiezing voorschoten = uitslagen.inWerking("voorschoten", LocalDate.of(2022, 3, 16)).orElseThrow();

        assertThat(voorschoten.datum()).isEqualTo(LocalDate.of(2018, 3, 21));
        assertThat(voorschoten.fracties()).extracting(Fractiegewicht::fractie).contains("ONS Voorschoten")
                .doesNotContain("Forum voor Democratie");
        assertThat(voorschoten.voorlopig()).isFalse();
        // on 18 March 2026 the 2022 election is in force, of which the sources give only seats of three lists
        Verkiezing in2026 = uitslagen.inWerking("voorschoten", LocalDate.of(2026, 3, 18)).orElseThrow();
        assertThat(in2026.datum()).isEqualTo(LocalDate.of(2022, 3, 16));
        assertThat(in2026.fracties()).extracting(Fractiegewicht::gewicht).containsOnlyNulls();
    }

    @Test
    void voor_de_eerste_bekende_verkiezing_is_er_geen_uitslag_in_werking() {
        assertThat(uitslagen.inWerking("voorschoten", LocalDate.of(2018, 3, 21))).isEmpty();
        assertThat(uitslagen.inWerking("oegstgeest", LocalDate.of(2022, 1, 1))).isEmpty();
    }

    @Test
    void waar_geen_echte_stemmen_bekend_zijn_is_het_gewicht_als_demo_gemarkeerd_en_zijn_de_zetels_echt() {
        Verkiezing leiden = uitslagen.inWerking("leiden", LocalDate.of(2023, 1, 1)).orElseThrow();
        assertThat(leiden.datum()).isEqualTo(LocalDate.of(2022, 3, 16));
        assertThat(leiden.fracties()).isNotEmpty().allSatisfy(f -> {
            if (f.gewicht() != null) {
                assertThat(f.demo()).isTrue();
                assertThat(f.bron()).startsWith("DEMO").contains("zetels: ");
            }
        });
        // CDA, SP and ChristenUnie: seats from the sources, votes unknown and not invented
        assertThat(leiden.fracties()).filteredOn(f -> f.gewicht() == null).extracting(Fractiegewicht::fractie)
                .containsExactlyInAnyOrder("CDA", "SP", "ChristenUnie");
        // one source calls the 2022 figures a "voorlopige einduitslag": the whole election is provisional
        assertThat(leiden.voorlopig()).isTrue();
        assertThat(leiden.lijsten()).allSatisfy(f -> assertThat(f.status()).isEqualTo("voorlopig"));
        assertThat(leiden.fracties()).filteredOn(f -> f.fractie().equals("GroenLinks")).singleElement()
                .satisfies(f -> assertThat(f.zetels()).isEqualTo(10));
        // Klimaat Actie Nu and Leiden Participeert won no seat: they are no fractie
        assertThat(leiden.lijsten()).extracting(Fractiegewicht::fractie).contains("Klimaat Actie Nu");
        assertThat(leiden.fracties()).extracting(Fractiegewicht::fractie).doesNotContain("Klimaat Actie Nu", "Leiden Participeert");

        assertThat(uitslagen.inWerking("leiderdorp", LocalDate.of(2026, 12, 9)).orElseThrow().fracties())
                .allSatisfy(f -> assertThat(f.bron()).startsWith("DEMO"));
    }

    @Test
    void de_raad_van_een_verkiezing_weegt_vanaf_zijn_installatie() {
        // election 16 March 2022; the new raad of Voorschoten was installed on 30 March 2022 (voorschoten.pvda.nl)
        assertThat(uitslagen.inWerking("voorschoten", LocalDate.of(2022, 3, 29)).orElseThrow().datum()).isEqualTo(LocalDate.of(2018, 3, 21));
        assertThat(uitslagen.inWerking("voorschoten", LocalDate.of(2022, 3, 30)).orElseThrow().datum()).isEqualTo(LocalDate.of(2022, 3, 16));
    }

    @Test
    void zonder_bron_voor_de_raadsgrootte_zijn_de_zetels_niet_gecontroleerd() {
        // Oegstgeest 2022: no source gives the council size of that election
        List<Fractiegewicht> oegstgeest2022 = uitslagen.verkiezing("oegstgeest", LocalDate.of(2022, 3, 16)).lijsten();
        assertThat(oegstgeest2022).isNotEmpty().allSatisfy(f -> assertThat(f.raadszetels()).isNull());
        assertThat(uitslagen.verkiezing("leiden", LocalDate.of(2022, 3, 16)).lijsten())
                .allSatisfy(f -> assertThat(f.raadszetels()).isEqualTo(39));
        assertThat(uitslagen.verkiezing("leiden", LocalDate.of(2018, 3, 21)).lijsten())
                .allSatisfy(f -> assertThat(f.raadszetels()).isEqualTo(39));
    }
}
