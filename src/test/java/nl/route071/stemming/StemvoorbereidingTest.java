package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.route071.verkiezingen.Fractiegewicht;
import nl.route071.verkiezingen.Installatiedata;
import nl.route071.verkiezingen.Verkiezing;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** Preparing a meeting of the vote: which date, which round, what the DMN hears of the previous meeting. Without Spring. */
class StemvoorbereidingTest {

    private static final LocalDate VERKIEZING_2026 = LocalDate.of(2026, 3, 18);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 2);
    private static final Stemlijst.Bronnen BRONNEN = new Stemlijst.Bronnen(id -> "Voorschoten",
            (g, d) -> Optional.of(new Verkiezing(g, VERKIEZING_2026, List.of(
                    new Fractiegewicht(g, "VVD", 2763L, 6, VERKIEZING_2026, "definitief", "https://www.voorschoten.nl/uitslag", false, 21),
                    new Fractiegewicht(g, "SP", 556L, 1, VERKIEZING_2026, "definitief", "https://www.voorschoten.nl/uitslag", false, 21)))),
            (g, d) -> Optional.of(VERKIEZING_2026), (g, d) -> Installatiedata.volgensKieswet(VERKIEZING_2026));

    @Test
    void de_eerste_vergadering_is_ronde_1_op_de_datum_van_de_oordeelsvorming_zonder_vorige_uitslag() {
        Stemvoorbereiding.Klaargezet klaar = Stemvoorbereiding.zetKlaar(
                new Stemvoorbereiding.Vorige(null, "staken", true, "2026-11-18", "2027-01-20"), List.of("voorschoten"), VANDAAG, BRONNEN);

        assertThat(klaar.stemronde()).isEqualTo(1);
        assertThat(klaar.vergaderdatum()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(klaar.vorigeStemuitslag()).isNull();
        assertThat(klaar.eerderGeenStemmen()).isFalse();
        SpinJsonNode stemlijst = Spin.JSON(klaar.stemlijstJson());
        assertThat(stemlijst.elements()).extracting(r -> r.prop("sleutel").stringValue()).containsExactly("voorschoten:VVD", "voorschoten:SP");
        assertThat(stemlijst.elements()).allSatisfy(r -> assertThat(r.prop("stem").isNull()).isTrue());
        assertThat(klaar.waarschuwingen()).isEqualTo("Geen.");
    }

    @Test
    void na_staken_volgt_een_nieuwe_ronde_op_de_datum_van_de_volgende_vergadering() {
        Stemvoorbereiding.Klaargezet klaar = Stemvoorbereiding.zetKlaar(
                new Stemvoorbereiding.Vorige(1, "staken", null, "2026-11-18", "2027-01-20T00:00:00"), List.of("voorschoten"), VANDAAG, BRONNEN);

        assertThat(klaar.stemronde()).isEqualTo(2);
        assertThat(klaar.vergaderdatum()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(klaar.vorigeStemuitslag()).isEqualTo("staken");
    }

    @Test
    void na_geen_quorum_blijft_het_dezelfde_ronde_en_geen_stemmen_wordt_onthouden() {
        Stemvoorbereiding.Klaargezet naQuorum = Stemvoorbereiding.zetKlaar(
                new Stemvoorbereiding.Vorige(2, "geenQuorum", null, null, null), List.of("voorschoten"), VANDAAG, BRONNEN);
        Stemvoorbereiding.Klaargezet naGeenStemmen = Stemvoorbereiding.zetKlaar(
                new Stemvoorbereiding.Vorige(2, "geenStemmen", false, null, null), List.of("voorschoten"), VANDAAG, BRONNEN);
        Stemvoorbereiding.Klaargezet daarna = Stemvoorbereiding.zetKlaar(
                new Stemvoorbereiding.Vorige(2, "geenQuorum", true, null, null), List.of("voorschoten"), VANDAAG, BRONNEN);

        assertThat(naQuorum.stemronde()).isEqualTo(2);
        assertThat(naQuorum.eerderGeenStemmen()).isFalse();
        assertThat(naQuorum.vergaderdatum()).as("no date given: today").isEqualTo(VANDAAG);
        assertThat(naGeenStemmen.eerderGeenStemmen()).isTrue();
        assertThat(daarna.eerderGeenStemmen()).isTrue();
    }

    @Test
    void een_gemeente_zonder_uitslag_komt_in_de_waarschuwingen() {
        Stemlijst.Bronnen zonder = new Stemlijst.Bronnen(id -> "Leiderdorp", (g, d) -> Optional.empty(), (g, d) -> Optional.empty(),
                (g, d) -> Installatiedata.volgensKieswet(d));

        Stemvoorbereiding.Klaargezet klaar = Stemvoorbereiding.zetKlaar(
                new Stemvoorbereiding.Vorige(0, null, null, "2026-11-18", null), List.of("leiderdorp"), VANDAAG, zonder);

        assertThat(Spin.JSON(klaar.stemlijstJson()).elements()).isEmpty();
        assertThat(klaar.waarschuwingen()).startsWith("Voor Leiderdorp is geen verkiezingsuitslag bekend van een raad die op 18-11-2026 zit");
    }

    @Test
    void een_onleesbare_vergaderdatum_wordt_in_het_nederlands_geweigerd() {
        assertThatThrownBy(() -> Stemvoorbereiding.zetKlaar(new Stemvoorbereiding.Vorige(1, "staken", null, null, "volgende week"),
                List.of("voorschoten"), VANDAAG, BRONNEN))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("geen datum").hasMessageContaining("volgende week");
    }
}
