package nl.route071.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import nl.route071.Beslistabellen;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The term of a council's decision and its reminder per soort besluit: decisions/termijn.dmn, one test per rule. */
class TermijnDecisionTest {

    private static final DmnEngine engine = Beslistabellen.ENGINE;
    private static final DmnDecision termijn = Beslistabellen.beslissing("termijn");

    @Test
    void over_kaders_besluit_de_raad_binnen_twee_maanden_na_het_advies_met_een_herinnering_na_zes_weken() {
        Termijnbewaking.Termijn kaders = termijnVoor("kaderstellend");

        assertThat(kaders.termijn()).contains(Period.ofMonths(2));
        assertThat(kaders.herinnering()).contains(Period.ofWeeks(6));
        LocalDate advies = LocalDate.of(2026, 2, 10);
        assertThat(advies.plus(kaders.termijn().orElseThrow())).isEqualTo("2026-04-10");
        assertThat(advies.plus(kaders.herinnering().orElseThrow())).isEqualTo("2026-03-24");
    }

    @Test
    void een_verordening_heeft_geen_termijn() {
        assertGeenTermijn("verordening");
    }

    @Test
    void de_begroting_heeft_geen_termijn_na_het_advies() {
        assertGeenTermijn("begroting");
    }

    @Test
    void een_uitvoeringsbesluit_heeft_geen_termijn() {
        assertGeenTermijn("uitvoeringsbesluit");
    }

    @Test
    void een_beleidsregel_van_de_raad_heeft_geen_termijn() {
        assertGeenTermijn("beleidsregelRaad");
    }

    @Test
    void een_beleidsregel_van_het_college_heeft_geen_termijn() {
        assertGeenTermijn("beleidsregelCollege");
    }

    @Test
    void een_beleidsregel_van_de_burgemeester_heeft_geen_termijn() {
        assertGeenTermijn("beleidsregelBurgemeester");
    }

    @Test
    void een_overeenkomst_heeft_geen_termijn() {
        assertGeenTermijn("overeenkomst");
    }

    @Test
    void openbare_orde_heeft_geen_termijn() {
        assertGeenTermijn("openbareOrde");
    }

    @Test
    void een_onbekend_of_ontbrekend_soort_besluit_heeft_geen_termijn() {
        assertThat(evaluate("motie")).isEmpty();
        assertThat(evaluate(null)).isEmpty();
        assertThat(Termijnbewaking.uit(null).termijn()).isEmpty();
    }

    @Test
    void elke_termijn_en_herinnering_in_de_tabel_is_een_iso_periode_en_de_herinnering_valt_voor_het_einde_van_de_termijn() {
        LocalDate advies = LocalDate.of(2026, 1, 31);
        for (String soort : new String[] { "kaderstellend", "verordening", "begroting", "uitvoeringsbesluit", "beleidsregelRaad",
                "beleidsregelCollege", "beleidsregelBurgemeester", "overeenkomst", "openbareOrde" }) {
            DmnDecisionResult result = evaluate(soort);
            assertThat(result).as("a row for %s", soort).hasSize(1);
            Termijnbewaking.Termijn t = Termijnbewaking.uit(result.getFirstResult());
            if (t.herinnering().isPresent()) {
                assertThat(t.termijn()).as("%s: a reminder needs a term", soort).isPresent();
                assertThat(advies.plus(t.herinnering().get())).as("%s: reminder before the term ends", soort)
                        .isBefore(advies.plus(t.termijn().get()));
            }
        }
    }

    @Test
    void een_cel_die_geen_iso_periode_is_noemt_de_kolom_en_het_voorbeeld() {
        assertThatThrownBy(() -> Termijnbewaking.periode("2 maanden", "termijn")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("kolom 'termijn'").hasMessageContaining("'2 maanden' is geen ISO-8601-periode")
                .hasMessageContaining("P2M");
    }

    private static void assertGeenTermijn(String soortBesluit) {
        DmnDecisionResult result = evaluate(soortBesluit);
        assertThat(result).as("a row for %s", soortBesluit).hasSize(1);
        Termijnbewaking.Termijn t = Termijnbewaking.uit(result.getFirstResult());
        assertThat(t.termijn()).as("term of %s", soortBesluit).isEmpty();
        assertThat(t.herinnering()).as("reminder of %s", soortBesluit).isEmpty();
    }

    private static Termijnbewaking.Termijn termijnVoor(String soortBesluit) {
        DmnDecisionResultEntries rij = evaluate(soortBesluit).getSingleResult();
        return Termijnbewaking.uit(rij);
    }

    private static DmnDecisionResult evaluate(String soortBesluit) {
        return engine.evaluateDecision(termijn, Variables.createVariables().putValue("soortBesluit", soortBesluit));
    }
}
