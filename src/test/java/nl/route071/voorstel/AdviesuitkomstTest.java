package nl.route071.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The vote per fractie as the raden read it on their forms and in the advice mail. Without Spring. */
class AdviesuitkomstTest {

    @Test
    void elke_fractie_staat_op_een_eigen_regel_met_haar_keuze_en_gewicht_en_een_verzonnen_gewicht_heet_demo() {
        String stemmen = "[{\"gemeente\": \"Leiden\", \"gemeenteId\": \"leiden\", \"fractie\": \"GroenLinks\", \"gewicht\": 12345, "
                + "\"stem\": \"tegen\", \"bron\": \"Kiesraad\"},"
                + "{\"gemeente\": \"Voorschoten\", \"gemeenteId\": \"voorschoten\", \"fractie\": \"SP\", \"gewicht\": 812, "
                + "\"stem\": \"voor\", \"demo\": true},"
                + "{\"gemeente\": \"Voorschoten\", \"gemeenteId\": \"voorschoten\", \"fractie\": \"Lokaal\", \"gewicht\": 2000, "
                + "\"stem\": \"afwezig\"}]";

        assertThat(Adviesuitkomst.perFractie(Spin.JSON(stemmen)).lines()).containsExactly(
                "Leiden, GroenLinks: tegen (gewicht 12.345)",
                "Voorschoten, SP: voor (gewicht 812, DEMO)",
                "Voorschoten, Lokaal: afwezig (gewicht 2.000)");
    }

    @Test
    void zonder_vastgelegde_stemming_zegt_de_tekst_dat_in_plaats_van_niets_te_tonen() {
        assertThat(Adviesuitkomst.perFractie(null)).isEqualTo("Geen stemming per fractie vastgelegd.");
        assertThat(Adviesuitkomst.perFractie("geen json")).isEqualTo("Geen stemming per fractie vastgelegd.");
    }
}
