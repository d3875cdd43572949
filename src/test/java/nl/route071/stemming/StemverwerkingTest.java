package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** Recording a vote from the route's own stemlijst: of what the caller sends only the choice counts. Without Spring. */
class StemverwerkingTest {

    private static final LocalDate VERKIEZING = LocalDate.of(2026, 3, 18);
    private final List<Stemregel> stemlijst = List.of(
            regel("VVD", 2763), regel("SP", 556), regel("D66", 2048));

    @Test
    void een_vervalst_gewicht_van_een_miljard_verandert_niets_aan_de_gewichten() {
        SpinJsonNode ingezonden = Spin.JSON("""
                [ {"sleutel": "voorschoten:VVD", "stem": "tegen", "gewicht": 1000000000, "zetels": 21},
                  {"sleutel": "voorschoten:SP", "stem": "voor", "gewicht": 1e9, "bron": "verzonnen"},
                  {"sleutel": "voorschoten:D66", "stem": "voor", "fractie": "Iets anders"} ]
                """);

        List<Stemverwerking.Stem> stemmen = Stemverwerking.verwerk(stemlijst, ingezonden);

        assertThat(stemmen).extracting(s -> s.regel().gewicht()).containsExactly(2763L, 556L, 2048L);
        assertThat(stemmen).extracting(Stemverwerking.Stem::stem).containsExactly("tegen", "voor", "voor");
        SpinJsonNode json = Stemverwerking.alsJson(stemmen, LocalDate.of(2026, 12, 9), 1);
        assertThat(json.elements()).extracting(r -> r.prop("fractie").stringValue()).containsExactly("VVD", "SP", "D66");
        assertThat(json.elements()).extracting(r -> r.prop("bron").stringValue()).doesNotContain("verzonnen");
        assertThat(json.elements()).allSatisfy(r -> assertThat(r.prop("stemdatum").stringValue()).isEqualTo("2026-12-09"));
    }

    @Test
    void rijen_zonder_sleutel_zoals_het_formulier_ze_stuurt_zijn_de_fracties_op_dezelfde_plaats() {
        List<Stemverwerking.Stem> stemmen = Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"stem": "voor"}, {"stem": "tegen", "gewicht": 1e9}, {"stem": "onthouding"} ]"""));

        assertThat(stemmen).extracting(s -> s.regel().fractie() + "=" + s.stem()).containsExactly("VVD=voor", "SP=tegen", "D66=onthouding");
        assertThat(stemmen.get(1).regel().gewicht()).isEqualTo(556L);
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"stem": "voor"}, {"stem": "tegen"}, {"stem": "onthouding"}, {"stem": "voor"} ]""")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Regel 4 noemt geen fractie van deze stemlijst.");
    }

    @Test
    void een_fractie_zonder_keuze_wordt_geweigerd() {
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"sleutel": "voorschoten:VVD", "stem": "voor"},
                  {"sleutel": "voorschoten:SP", "stem": null},
                  {"sleutel": "voorschoten:D66", "stem": "tegen"} ]""")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("De stemming is niet vastgelegd: Kies bij Voorschoten – SP: voor, tegen, onthouding of afwezig.");
    }

    @Test
    void een_onbekende_fractie_wordt_geweigerd() {
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"sleutel": "voorschoten:VVD", "stem": "voor"}, {"sleutel": "voorschoten:SP", "stem": "voor"},
                  {"sleutel": "voorschoten:D66", "stem": "tegen"}, {"sleutel": "leiden:<script>", "stem": "voor"} ]""")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Regel 4 noemt geen fractie van deze stemlijst ('leiden:?script?')");
    }

    @Test
    void een_ontbrekende_fractie_wordt_geweigerd_en_telt_niet_stil_als_afwezig() {
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"sleutel": "voorschoten:VVD", "stem": "voor"}, {"sleutel": "voorschoten:SP", "stem": "voor"} ]""")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Kies bij Voorschoten – D66: voor, tegen, onthouding of afwezig (de fractie ontbreekt).");
    }

    @Test
    void een_onbekende_keuze_of_een_fractie_twee_keer_wordt_geweigerd() {
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"sleutel": "voorschoten:VVD", "stem": "ja"}, {"sleutel": "voorschoten:SP", "stem": "voor"},
                  {"sleutel": "voorschoten:SP", "stem": "tegen"}, {"sleutel": "voorschoten:D66", "stem": 12} ]""")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Voorschoten – VVD: 'ja' is geen keuze")
                .hasMessageContaining("Voorschoten – SP staat twee keer in de stemming.")
                .hasMessageContaining("Voorschoten – D66: '12' is geen keuze");
    }

    @Test
    void stemmen_die_geen_lijst_zijn_worden_geweigerd() {
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, 12))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'stemmen' is geen lijst");
        assertThatThrownBy(() -> Stemverwerking.verwerk(stemlijst, "{niet: json"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'stemmen' is geen lijst");
    }

    @Test
    void een_fractie_die_stemt_terwijl_een_andere_raad_zit_wordt_geweigerd_en_afwezig_mag() {
        List<Stemverwerking.Stem> stemmen = Stemverwerking.verwerk(stemlijst, Spin.JSON("""
                [ {"sleutel": "voorschoten:VVD", "stem": "voor"}, {"sleutel": "voorschoten:SP", "stem": "afwezig"},
                  {"sleutel": "voorschoten:D66", "stem": "afwezig"} ]"""));
        LocalDate vergadering = LocalDate.of(2026, 12, 9);

        assertThatThrownBy(() -> Stemverwerking.controleerVerkiezing(stemmen, LocalDate.of(2030, 4, 10), vergadering,
                (g, d) -> Optional.of(LocalDate.of(2030, 3, 20))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("De stemming is niet vastgelegd: Voorschoten – VVD: op 10-04-2030 zit de raad van de verkiezing van 20-03-2030,"
                        + " maar de stemlijst weegt met de verkiezing van 18-03-2026. De stemlijst is opgesteld voor de vergadering van"
                        + " 09-12-2026; vul die datum in, of leg vast dat de fractie afwezig was.");
        Stemverwerking.controleerVerkiezing(stemmen, vergadering, vergadering, (g, d) -> Optional.of(VERKIEZING));
    }

    @Test
    void vastleggen_schrijft_elke_fractie_met_haar_keuze_de_datum_en_de_ronde() {
        SpinJsonNode json = Stemverwerking.legVast(alsStemlijst(), "2026-12-09T00:00:00", "2026-12-09", Spin.JSON("""
                [ {"stem": "voor"}, {"stem": "tegen"}, {"stem": "afwezig"} ]"""), 2, (g, d) -> Optional.of(VERKIEZING));

        assertThat(json.elements()).extracting(r -> r.prop("fractie").stringValue() + "=" + r.prop("stem").stringValue())
                .containsExactly("VVD=voor", "SP=tegen", "D66=afwezig");
        assertThat(json.elements()).allSatisfy(r -> {
            assertThat(r.prop("stemdatum").stringValue()).isEqualTo("2026-12-09");
            assertThat(r.prop("stemronde").numberValue().intValue()).isEqualTo(2);
        });
        assertThat(json.elements()).extracting(r -> r.prop("gewicht").numberValue().longValue()).containsExactly(2763L, 556L, 2048L);
    }

    @Test
    void vastleggen_zonder_of_met_een_onleesbare_stemdatum_wordt_geweigerd() {
        SpinJsonNode keuzes = Spin.JSON("""
                [ {"stem": "voor"}, {"stem": "tegen"}, {"stem": "afwezig"} ]""");

        assertThatThrownBy(() -> Stemverwerking.legVast(alsStemlijst(), " ", null, keuzes, 1, (g, d) -> Optional.of(VERKIEZING)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("De stemming is niet vastgelegd: vul de datum van de stemming in (dd-mm-jjjj).");
        assertThatThrownBy(() -> Stemverwerking.legVast(alsStemlijst(), "9 december", null, keuzes, 1, (g, d) -> Optional.of(VERKIEZING)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Datum stemming").hasMessageContaining("geen datum");
    }

    @Test
    void vastleggen_noemt_de_vergadering_waarvoor_de_stemlijst_is_opgesteld() {
        assertThatThrownBy(() -> Stemverwerking.legVast(alsStemlijst(), "2030-04-10", "2026-12-09", Spin.JSON("""
                [ {"stem": "voor"}, {"stem": "afwezig"}, {"stem": "afwezig"} ]"""), null, (g, d) -> Optional.of(LocalDate.of(2030, 3, 20))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Voorschoten – VVD: op 10-04-2030 zit de raad van de verkiezing van 20-03-2030")
                .hasMessageEndingWith("De stemlijst is opgesteld voor de vergadering van 09-12-2026; vul die datum in, of leg vast dat de fractie afwezig was.");
    }

    @Test
    void de_bron_wordt_een_korte_link_en_nooit_een_bestandsnaam() {
        assertThat(Stemregel.bronLink("VOORLOPIG. stemmen: https://www.voorschoten.nl/voorlopige-uitslag-gemeenteraadsverkiezingen-2026 ; x"))
                .isEqualTo("[voorschoten.nl](https://www.voorschoten.nl/voorlopige-uitslag-gemeenteraadsverkiezingen-2026)");
        assertThat(Stemregel.bronLink("DEMO: DEMO-cijfer (zetels echt: zie verkiezingsuitslagen.csv)")).isEqualTo("DEMO-cijfer");
        assertThat(Stemregel.bronLink("som uit verkiezingsuitslagen.csv")).doesNotContain(".csv");
        assertThat(Stemregel.bronLink("VOORLOPIG. voorschoten.nl voorlopige-uitslag-gemeenteraadsverkiezingen-2026 (stemmen); openrijk.nl"))
                .isEqualTo("[voorschoten.nl](https://voorschoten.nl)");
    }

    private SpinJsonNode alsStemlijst() {
        SpinJsonNode json = Spin.JSON("[]");
        stemlijst.forEach(r -> json.append(r.json()));
        return json;
    }

    private static Stemregel regel(String fractie, long gewicht) {
        return new Stemregel("voorschoten:" + fractie, "Voorschoten", "voorschoten", fractie, gewicht, 1, VERKIEZING,
                LocalDate.of(2026, 4, 1), "voorlopig", "https://www.voorschoten.nl/uitslag", false, 21, null);
    }
}
