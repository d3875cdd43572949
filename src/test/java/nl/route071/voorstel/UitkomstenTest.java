package nl.route071.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** Collecting the outcome of each gemeente in one round of councils. Without Spring. */
class UitkomstenTest {

    @Test
    void elke_gemeente_telt_een_keer_met_haar_laatste_uitkomst() {
        SpinJsonNode lijst = Uitkomsten.metUitkomst(null, new Uitkomsten.Uitkomst("leiden", "aangenomen", false, false, true));
        lijst = Uitkomsten.metUitkomst(lijst, new Uitkomsten.Uitkomst("oegstgeest", "verworpen", true, true, false));
        lijst = Uitkomsten.metUitkomst(lijst, new Uitkomsten.Uitkomst("leiden", "geamendeerd", true, false, true));

        assertThat(lijst.elements()).extracting(r -> r.prop("gemeente").stringValue() + "=" + r.prop("besluit").stringValue())
                .containsExactly("oegstgeest=verworpen", "leiden=geamendeerd");
        SpinJsonNode leiden = lijst.elements().get(1);
        assertThat(leiden.prop("afwijking").boolValue()).isTrue();
        assertThat(leiden.prop("verantwoordingVereist").boolValue()).isFalse();
        assertThat(leiden.prop("gaatDoor").boolValue()).isTrue();
    }

    @Test
    void een_waarde_die_geen_lijst_is_telt_als_geen_uitkomsten() {
        SpinJsonNode lijst = Uitkomsten.metUitkomst("[{\"gemeente\": \"katwijk\"}]", new Uitkomsten.Uitkomst("leiden", "aangenomen",
                false, false, true));

        assertThat(lijst.elements()).extracting(r -> r.prop("gemeente").stringValue()).containsExactly("leiden");
        assertThat(Spin.JSON(lijst.toString()).elements()).hasSize(1);
    }
}
