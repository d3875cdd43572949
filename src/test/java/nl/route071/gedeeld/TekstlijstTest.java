package nl.route071.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** Id lists as process variables hold them. Without Spring. */
class TekstlijstTest {

    @Test
    void een_json_lijst_een_java_lijst_en_een_tekst_geven_dezelfde_ids() {
        assertThat(Tekstlijst.van(Spin.JSON("[\"leiden\", \"oegstgeest\"]"))).containsExactly("leiden", "oegstgeest");
        assertThat(Tekstlijst.van(List.of("leiden", "oegstgeest"))).containsExactly("leiden", "oegstgeest");
        assertThat(Tekstlijst.van("griffie-leiden, griffie-oegstgeest  regiogriffie")).containsExactly("griffie-leiden", "griffie-oegstgeest", "regiogriffie");
        assertThat(Tekstlijst.van(null)).isEmpty();
        assertThat(Tekstlijst.van(" , ")).isEmpty();
    }

    @Test
    void van_noemt_elk_id_een_keer_en_alle_laat_een_dubbel_id_staan() {
        assertThat(Tekstlijst.van("leiden,leiden,voorschoten")).containsExactly("leiden", "voorschoten");
        assertThat(Tekstlijst.alle(Spin.JSON("[\"leiden\", \"leiden\"]"))).containsExactly("leiden", "leiden");
    }

    @Test
    void een_getal_of_een_json_object_is_geen_lijst() {
        assertThat(Tekstlijst.isLijst(5)).isFalse();
        assertThat(Tekstlijst.isLijst(Spin.JSON("{\"a\": 1}"))).isFalse();
        assertThat(Tekstlijst.isLijst(Spin.JSON("[]"))).isTrue();
        assertThat(Tekstlijst.isLijst(null)).isTrue();
    }
}
