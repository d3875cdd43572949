package nl.route071.vergadering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.route071.vergadering.Vergaderregels.Presentie;
import nl.route071.vergadering.Vergaderregels.Wachtend;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The meeting's rules without engine or Spring: each refusal in the words a regiogriffier reads. */
class VergaderregelsTest {

    static final LocalDateTime AANVANG = LocalDateTime.parse("2027-01-20T19:30");

    static Wachtend wachtend(String nr, String ambitie, Fase fase, String agenda, LocalDateTime vorigeStemming) {
        return new Wachtend(nr, "pi-" + nr, "Titel " + nr, ambitie, fase, agenda, null, vorigeStemming);
    }

    @Test
    void een_voorstel_van_een_andere_ambitie_wacht_niet_op_deze_regiocommissie() {
        Map<String, Wachtend> wachtend = Map.of("RV-1", wachtend("RV-1", "economie", Fase.BEELDVORMING, null, null));

        assertThatThrownBy(() -> Vergaderregels.stelVast(List.of("RV-1"), List.of(), wachtend, List.of("wonen"), "Regiocommissie Wonen", AANVANG))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("De agenda is niet vastgesteld: RV-1 hoort bij de ambitie economie en wacht niet op de Regiocommissie Wonen.");
    }

    @Test
    void een_voorstel_dat_nergens_wacht_of_al_op_een_agenda_staat_komt_er_niet_op() {
        Map<String, Wachtend> wachtend = Map.of("RV-2", wachtend("RV-2", "wonen", Fase.BEELDVORMING, "VG-wonen-20270113-1930", null));

        assertThatThrownBy(() -> Vergaderregels.stelVast(List.of("RV-9", "RV-2"), List.of(), wachtend, List.of("wonen"), "Regiocommissie Wonen", AANVANG))
                .hasMessageContaining("RV-9 wacht niet op een regiocommissie")
                .hasMessageContaining("RV-2 staat al op de agenda van vergadering VG-wonen-20270113-1930.");
    }

    @Test
    void oordeelsvorming_samen_met_beeldvorming_alleen_voor_een_voorstel_op_beeldvorming() {
        Map<String, Wachtend> wachtend = Map.of("RV-3", wachtend("RV-3", "wonen", Fase.OORDEELSVORMING, null, null),
                "RV-4", wachtend("RV-4", "wonen", Fase.BEELDVORMING, null, null));

        assertThatThrownBy(() -> Vergaderregels.stelVast(List.of("RV-3"), List.of("RV-3"), wachtend, List.of("wonen"), "R", AANVANG))
                .hasMessageContaining("beeld- en oordeelsvorming samen kan alleen voor een voorstel dat op beeldvorming wacht");
        assertThat(Vergaderregels.stelVast(List.of("RV-4", "RV-3"), List.of("RV-4"), wachtend, List.of("wonen"), "R", AANVANG))
                .extracting(p -> p.volgnummer() + " " + p.voorstelnummer() + " " + p.fase())
                .containsExactly("1 RV-4 BEELD_EN_OORDEELSVORMING", "2 RV-3 OORDEELSVORMING");
    }

    @Test
    void een_herstemming_ligt_ten_minste_24_uur_na_de_vorige_stemming() {
        Map<String, Wachtend> wachtend = Map.of("RV-5", wachtend("RV-5", "wonen", Fase.STEMMING, null, LocalDateTime.parse("2027-01-19T19:31")));

        assertThatThrownBy(() -> Vergaderregels.stelVast(List.of("RV-5"), List.of(), wachtend, List.of("wonen"), "R", AANVANG))
                .hasMessageContaining("de vorige stemming was op 19-01-2027 om 19:31");
        assertThat(Vergaderregels.stelVast(List.of("RV-5"), List.of(), wachtend, List.of("wonen"), "R", AANVANG.plusMinutes(1))).hasSize(1);
    }

    @Test
    void de_oproeping_gaat_het_aantal_dagen_van_het_reglement_voor_de_vergadering_uit_behalve_na_geen_quorum() {
        assertThatThrownBy(() -> Vergaderregels.controleerOproepingstermijn(AANVANG, "regulier", 7, LocalDateTime.parse("2027-01-14T09:00")))
                .hasMessageContaining("gaat de oproeping 7 dagen voor de vergadering uit, uiterlijk 13-01-2027 om 19:30");
        Vergaderregels.controleerOproepingstermijn(AANVANG, "heroepen", 7, LocalDateTime.parse("2027-01-20T09:00"));
    }

    @Test
    void een_lid_van_een_andere_regiocommissie_staat_niet_op_de_presentielijst() {
        List<Presentie> leden = List.of(new Presentie("lid-2", "A", "leiden", "VVD", false));

        assertThatThrownBy(() -> Vergaderregels.presentie(List.of(Map.of("lid", "lid-1", "aanwezig", true)), leden,
                id -> Optional.of("Regiocommissie Economie en kennis"), "Regiocommissie Wonen"))
                .hasMessageContaining("lid-1 is lid van Regiocommissie Economie en kennis, niet van de Regiocommissie Wonen.");
        assertThat(Vergaderregels.presentie(List.of(Map.of("aanwezig", true)), leden, id -> Optional.empty(), "R"))
                .singleElement().satisfies(p -> assertThat(p.aanwezig()).isTrue());
    }

    @Test
    void een_vergadering_in_het_verleden_wordt_niet_gepland() {
        assertThatThrownBy(() -> Vergaderregels.aanvang("2027-01-20", "19:30", LocalDateTime.parse("2027-01-21T00:00")))
                .hasMessage("De vergadering is niet gepland: de aanvang (20-01-2027 om 19:30) ligt in het verleden. Een vergadering wordt vooraf belegd.");
    }
}
