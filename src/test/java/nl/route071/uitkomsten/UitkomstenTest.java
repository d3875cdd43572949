package nl.route071.uitkomsten;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** The owner of {@code uitkomsten}: collecting the outcome of each gemeente in one round, and reading it back. Without Spring. */
class UitkomstenTest {

    @Test
    void elke_gemeente_telt_een_keer_met_haar_laatste_uitkomst() {
        Uitkomsten lijst = Uitkomsten.GEEN.met(new Uitkomsten.Uitkomst("leiden", "aangenomen", false, false, true))
                .met(new Uitkomsten.Uitkomst("oegstgeest", "verworpen", true, true, false))
                .met(new Uitkomsten.Uitkomst("leiden", "geamendeerd", true, false, true));

        SpinJsonNode json = Spin.JSON(lijst.json().toString());
        assertThat(json.elements()).extracting(r -> r.prop("gemeente").stringValue() + "=" + r.prop("besluit").stringValue())
                .containsExactly("oegstgeest=verworpen", "leiden=geamendeerd");
        SpinJsonNode leiden = json.elements().get(1);
        assertThat(leiden.prop("afwijking").boolValue()).isTrue();
        assertThat(leiden.prop("verantwoordingVereist").boolValue()).isFalse();
        assertThat(leiden.prop("gaatDoor").boolValue()).isTrue();
    }

    @Test
    void een_waarde_die_geen_json_van_de_route_is_telt_als_geen_uitkomsten() {
        Uitkomsten lijst = Uitkomsten.uitVariabele("[{\"gemeente\": \"katwijk\", \"gaatDoor\": true}]")
                .met(new Uitkomsten.Uitkomst("leiden", "aangenomen", false, false, true));

        assertThat(lijst.regels()).extracting(Uitkomsten.Uitkomst::gemeente).containsExactly("leiden");
        assertThat(Uitkomsten.uitVariabele(Spin.JSON("{\"gemeente\": \"katwijk\"}"))).isEqualTo(Uitkomsten.GEEN);
    }

    @Test
    void alleen_de_gemeenten_die_doorgaan_gaan_naar_de_uitvoering() {
        SpinJsonNode variabele = Spin.JSON("[{\"gemeente\": \"leiden\", \"besluit\": \"aangenomen\", \"gaatDoor\": true},"
                + " {\"gemeente\": \"katwijk\", \"besluit\": \"verworpen\", \"gaatDoor\": false},"
                + " {\"gemeente\": \"teylingen\", \"gaatDoor\": \"ja\"}, {\"gaatDoor\": true}]");

        Uitkomsten uitkomsten = Uitkomsten.uitVariabele(variabele);

        assertThat(uitkomsten.doorgaand()).containsExactly("leiden");
        assertThat(uitkomsten.regels()).extracting(Uitkomsten.Uitkomst::besluitTekst).containsExactly("aangenomen", "verworpen", "-");
    }

    @Test
    void de_tekst_van_een_mailverzoek_wordt_gelezen_en_geen_json_is_leeg() {
        assertThat(Uitkomsten.van("[{\"gemeente\": \"leiden\", \"besluit\": \"conform\", \"gaatDoor\": true}]"))
                .hasValueSatisfying(u -> assertThat(u.doorgaand()).containsExactly("leiden"));
        assertThat(Uitkomsten.van("geen json")).isEmpty();
        assertThat(Uitkomsten.van("{\"gemeente\": \"leiden\"}")).isEmpty();
        assertThat(Uitkomsten.van(42)).isEmpty();
    }
}
