package nl.route071.evaluatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;

import nl.route071.gedeeld.Klok;

import org.junit.jupiter.api.Test;

/** When the evaluations follow the start of the cooperation: {@code referentie/evaluatiemomenten.csv}. */
class SamenwerkingTest {

    @Test
    void de_tussenevaluatie_volgt_een_jaar_en_de_eindevaluatie_33_maanden_na_de_start() throws IOException {
        Samenwerking samenwerking = new Samenwerking(new Samenwerking.Instellingen(LocalDate.of(2018, 1, 1)));

        assertThat(samenwerking.momenten()).containsEntry("tussenevaluatie", Period.ofYears(1)).containsEntry("eindevaluatie", Period.ofMonths(33));
        assertThat(samenwerking.getStartmoment()).isEqualTo(Klok.begin(LocalDate.of(2018, 1, 1)));
        assertThat(samenwerking.tussenevaluatie("2018-01-01")).isEqualTo(Klok.begin(LocalDate.of(2019, 1, 1)));
        assertThat(samenwerking.eindevaluatie("2018-01-01")).isEqualTo(Klok.begin(LocalDate.of(2020, 10, 1)));
    }

    @Test
    void een_andere_periode_in_het_bestand_verzet_de_evaluaties() throws IOException {
        Samenwerking samenwerking = new Samenwerking(LocalDate.of(2018, 1, 1), Samenwerking.leesMomenten(new StringReader("""
                evaluatie,na_start,bron
                tussenevaluatie,P18M,"Seed: test"
                eindevaluatie,P3Y,"Seed: test"
                """), "test.csv"));

        assertThat(samenwerking.tussenevaluatie("2018-01-01")).isEqualTo(Klok.begin(LocalDate.of(2019, 7, 1)));
        assertThat(samenwerking.eindevaluatie("2018-01-01")).isEqualTo(Klok.begin(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void een_periode_die_geen_iso_periode_is_houdt_de_start_tegen_met_bestand_en_regel() {
        assertThatThrownBy(() -> Samenwerking.leesMomenten(new StringReader("""
                evaluatie,na_start,bron
                tussenevaluatie,1 jaar,"Seed: x"
                eindevaluatie,P33M,"Seed: x"
                """), "referentie/evaluatiemomenten.csv")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("referentie/evaluatiemomenten.csv, regel 1").hasMessageContaining("'1 jaar' is geen ISO-8601-periode");
    }

    @Test
    void een_ontbrekende_evaluatie_een_eindevaluatie_na_drie_jaar_of_voor_de_tussenevaluatie_houdt_de_start_tegen() {
        assertThatThrownBy(() -> Samenwerking.leesMomenten(new StringReader("""
                evaluatie,na_start,bron
                tussenevaluatie,P1Y,"Seed: x"
                """), "e.csv")).isInstanceOf(IllegalStateException.class).hasMessageContaining("eindevaluatie ontbreekt");
        assertThatThrownBy(() -> Samenwerking.leesMomenten(new StringReader("""
                evaluatie,na_start,bron
                tussenevaluatie,P1Y,"Seed: x"
                eindevaluatie,P40M,"Seed: x"
                """), "e.csv")).isInstanceOf(IllegalStateException.class).hasMessageContaining("Binnen drie jaar na de start");
        assertThatThrownBy(() -> Samenwerking.leesMomenten(new StringReader("""
                evaluatie,na_start,bron
                tussenevaluatie,P2Y,"Seed: x"
                eindevaluatie,P1Y,"Seed: x"
                """), "e.csv")).isInstanceOf(IllegalStateException.class).hasMessageContaining("na de tussenevaluatie");
        assertThatThrownBy(() -> Samenwerking.leesMomenten(new StringReader("""
                evaluatie,na_start,bron
                tussenevaluatie,P1Y,
                eindevaluatie,P33M,"Seed: x"
                """), "e.csv")).isInstanceOf(IllegalStateException.class).hasMessageContaining("regel 1").hasMessageContaining("bron ontbreekt");
    }
}
