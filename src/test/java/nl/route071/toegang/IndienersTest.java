package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** Who may submit a proposal, from {@code referentie/indieners.csv}; a malformed file stops the start. */
class IndienersTest {

    @Test
    void bestuurstafels_werkgroepen_en_de_regiogriffie_dienen_voorstellen_in_en_anderen_niet() throws IOException {
        Indieners indieners = new Indieners();

        assertThat(indieners).accepts("bestuurstafel-wonen", "bestuurstafel-energie", "werkgroep-wonen", "regiogriffie")
                .rejects("griffie-leiden", "college-leiden", "stuurgroep", "procesbeheer", "camunda-admin", "regiogriffie-extra", null);
        assertThat(indieners.indieners()).allSatisfy(i -> assertThat(i.reden()).startsWith("Seed: "));
    }

    @Test
    void een_nieuwe_regel_geeft_een_groep_het_recht_zonder_java() throws IOException {
        Indieners indieners = new Indieners(Indieners.lees(new StringReader("""
                groep,reden
                stuurgroep,"Seed: voorbeeld"
                """), "test.csv"));

        assertThat(indieners).accepts("stuurgroep").rejects("bestuurstafel-wonen");
    }

    @Test
    void een_regel_zonder_reden_houdt_de_start_tegen_met_bestand_en_regel() {
        assertThatThrownBy(() -> Indieners.lees(new StringReader("""
                groep,reden
                regiogriffie,"Seed: eigen initiatief"
                werkgroep-*,
                """), "referentie/indieners.csv")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("referentie/indieners.csv, regel 2").hasMessageContaining("de reden ontbreekt");
    }

    @Test
    void een_groep_met_hoofdletters_of_spaties_houdt_de_start_tegen() {
        assertThatThrownBy(() -> Indieners.lees(new StringReader("""
                groep,reden
                Bestuurstafel wonen,"Seed: x"
                """), "indieners.csv")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regel 1").hasMessageContaining("'Bestuurstafel wonen' is geen groep");
    }

    @Test
    void een_verkeerde_kopregel_of_een_leeg_bestand_houdt_de_start_tegen() {
        assertThatThrownBy(() -> Indieners.lees(new StringReader("""
                naam,waarom
                regiogriffie,"Seed: x"
                """), "indieners.csv")).isInstanceOf(IllegalStateException.class).hasMessageContaining("kolommen groep en reden");
        assertThatThrownBy(() -> Indieners.lees(new StringReader("groep,reden\n"), "indieners.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("minstens één");
    }
}
