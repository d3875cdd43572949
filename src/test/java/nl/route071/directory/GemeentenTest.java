package nl.route071.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The participating gemeenten as the route reads them. Without Spring (the gemeenten come from the reference CSV). */
class GemeentenTest {

    private final Gemeenten gemeenten = new Gemeenten();

    @Test
    void een_json_lijst_of_een_tekst_geeft_de_gemeenten() {
        assertThat(gemeenten.lijst(Spin.JSON("[\"leiden\", \"oegstgeest\"]"))).containsExactly("leiden", "oegstgeest");
        assertThat(gemeenten.lijst("leiden, voorschoten")).containsExactly("leiden", "voorschoten");
    }

    @Test
    void een_gemeente_twee_keer_een_onbekende_of_geen_gemeente_wordt_geweigerd() {
        assertThatThrownBy(() -> gemeenten.lijst(List.of("leiden", "leiden")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Een gemeente staat meer dan eens bij de deelnemende gemeenten.");
        assertThatThrownBy(() -> gemeenten.lijst(Spin.JSON("[\"amsterdam\"]")))
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("Onbekende gemeente(n): amsterdam.");
        assertThatThrownBy(() -> gemeenten.lijst(Spin.JSON("[]")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Kies ten minste één deelnemende gemeente.");
    }

    @Test
    void een_getal_is_geen_lijst_van_gemeenten() {
        assertThatThrownBy(() -> gemeenten.lijst(5))
                .isInstanceOf(BadUserRequestException.class).hasMessage("deelnemendeGemeenten moet een lijst van gemeente-ids zijn.");
    }
}
