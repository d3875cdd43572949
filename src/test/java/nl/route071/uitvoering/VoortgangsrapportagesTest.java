package nl.route071.uitvoering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** Keeping the progress reports of an uitvoering and showing them newest first. Without Spring. */
class VoortgangsrapportagesTest {

    @Test
    void elk_rapport_wordt_bewaard_en_het_overzicht_toont_het_nieuwste_eerst() {
        SpinJsonNode lijst = Voortgangsrapportages.metRapport(null, new Voortgangsrapportages.Rapport(LocalDate.of(2027, 3, 31), "kwartaal",
                "leiden", "uitvoerder-leiden", "uitvoering-leiden", "op-schema", "Eerste woningen opgeleverd"));
        lijst = Voortgangsrapportages.metRapport(lijst, new Voortgangsrapportages.Rapport(LocalDate.of(2027, 5, 12), "tussentijds",
                "leiden", "-", "uitvoering-servicepunt71", "vertraagd", "Aanbesteding loopt uit"));

        assertThat(lijst.elements()).hasSize(2);
        assertThat(Voortgangsrapportages.overzicht(lijst)).isEqualTo(
                "2027-05-12 (tussentijds, uitvoering-servicepunt71): vertraagd — Aanbesteding loopt uit\n"
                        + "2027-03-31 (kwartaal, uitvoering-leiden): op-schema — Eerste woningen opgeleverd");
    }

    @Test
    void zonder_rapporten_zegt_het_overzicht_dat_en_een_andere_waarde_telt_als_geen_rapporten() {
        assertThat(Voortgangsrapportages.overzicht(Spin.JSON("[]"))).isEqualTo("Nog geen voortgangsrapportage.");
        SpinJsonNode lijst = Voortgangsrapportages.metRapport("geen json", new Voortgangsrapportages.Rapport(LocalDate.of(2027, 3, 31),
                "kwartaal", "leiden", "a", "uitvoering-leiden", "op-schema", "x"));

        assertThat(lijst.elements()).extracting(r -> r.prop("voortgang").stringValue()).containsExactly("x");
    }

    @Test
    void het_bestaande_rapport_wordt_niet_veranderd() {
        SpinJsonNode eerste = Voortgangsrapportages.metRapport(null, new Voortgangsrapportages.Rapport(LocalDate.of(2027, 3, 31), "kwartaal",
                "leiden", "a", "uitvoering-leiden", "op-schema", "x"));
        Voortgangsrapportages.metRapport(eerste, new Voortgangsrapportages.Rapport(LocalDate.of(2027, 6, 30), "kwartaal",
                "leiden", "a", "uitvoering-leiden", "op-schema", "y"));

        assertThat(eerste.elements()).hasSize(1);
    }
}
