package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.route071.verkiezingen.Fractiegewicht;
import nl.route071.verkiezingen.Installatiedata;
import nl.route071.verkiezingen.Verkiezing;

import org.junit.jupiter.api.Test;

/** Drawing up the stemlijst. Without Spring or a database (the day a new raad takes office: InstallatiedataTest). */
class StemlijstTest {

    private static final LocalDate VERKIEZING_2022 = LocalDate.of(2022, 3, 16);

    @Test
    void een_fractie_met_zetels_maar_zonder_stemmen_staat_op_de_lijst_met_gewicht_0_en_een_waarschuwing() {
        Verkiezing leiden = new Verkiezing("leiden", VERKIEZING_2022, List.of(
                fractie("GroenLinks", 12000L, 10), fractie("CDA", null, 2), fractie("Klimaat Actie Nu", null, 0)));
        Stemlijst.Bronnen bronnen = new Stemlijst.Bronnen(id -> "Leiden", (g, d) -> Optional.of(leiden), (g, d) -> Optional.of(VERKIEZING_2022),
                (g, d) -> new Installatiedata.Installatie(LocalDate.of(2022, 3, 30), "bron", "test"));

        Stemlijst.Opgesteld lijst = Stemlijst.stelOp(List.of("leiden"), LocalDate.of(2023, 2, 1), bronnen);

        assertThat(lijst.regels()).extracting(Stemregel::fractie).containsExactly("GroenLinks", "CDA");
        Stemregel cda = lijst.regels().get(1);
        assertThat(cda.gewicht()).isZero();
        assertThat(cda.waarschuwing()).contains("Aantal stemmen onbekend").contains("gewicht 0");
        assertThat(lijst.waarschuwingen()).containsExactly("Leiden – CDA: aantal stemmen onbekend; zij staat op de stemlijst maar telt met gewicht 0.");
    }

    @Test
    void de_tekst_van_een_rij_op_het_formulier_noemt_gemeente_en_fractie_vet_met_het_gewicht_in_punten_en_de_waarschuwing() {
        Verkiezing leiden = new Verkiezing("leiden", VERKIEZING_2022, List.of(fractie("GroenLinks", 12000L, 10), fractie("CDA", null, 2)));
        Stemlijst.Bronnen bronnen = new Stemlijst.Bronnen(id -> "Leiden", (g, d) -> Optional.of(leiden), (g, d) -> Optional.of(VERKIEZING_2022),
                (g, d) -> new Installatiedata.Installatie(LocalDate.of(2022, 3, 30), "bron", "test"));

        List<Stemregel> regels = Stemlijst.stelOp(List.of("leiden"), LocalDate.of(2023, 2, 1), bronnen).regels();

        assertThat(regels.get(0).json().prop("tekst").stringValue()).startsWith("**Leiden – GroenLinks**  \n12.000 stemmen · 10 zetels · verkiezing 2022");
        assertThat(regels.get(1).json().prop("tekst").stringValue()).startsWith("**Leiden – CDA**  \n0 stemmen")
                .contains("\n⚠ Aantal stemmen onbekend");
    }

    @Test
    void een_gemeente_zonder_uitslag_wordt_genoemd() {
        Stemlijst.Bronnen bronnen = new Stemlijst.Bronnen(id -> "Leiderdorp", (g, d) -> Optional.empty(), (g, d) -> Optional.empty(),
                (g, d) -> Installatiedata.volgensKieswet(d));

        Stemlijst.Opgesteld lijst = Stemlijst.stelOp(List.of("leiderdorp"), LocalDate.of(2023, 2, 1), bronnen);

        assertThat(lijst.regels()).isEmpty();
        assertThat(lijst.waarschuwingen()).singleElement().asString().startsWith("Voor Leiderdorp is geen verkiezingsuitslag bekend");
    }

    private static Fractiegewicht fractie(String naam, Long stemmen, int zetels) {
        return new Fractiegewicht("leiden", naam, stemmen, zetels, VERKIEZING_2022, "definitief", "nu.nl", false, 39);
    }
}
