package nl.route071.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.route071.Beslistabellen;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** A council's or college's decision compared with the joint advice: decisions/afwijking.dmn. */
class AfwijkingDecisionTest {

    private static final DmnEngine engine = Beslistabellen.ENGINE;
    private static final DmnDecision afwijking = Beslistabellen.beslissing("afwijking");

    @Test
    void een_raad_die_het_advies_conform_overneemt_wijkt_niet_af() {
        assertThat(evaluate("volledig", "conform", null)).isEqualTo(uitkomst(false, false, true));
    }

    @Test
    void een_amendement_binnen_de_hoofdlijnen_is_geen_afwijking() {
        assertThat(evaluate("hoofdlijnen", "geamendeerd", true)).isEqualTo(uitkomst(false, false, true));
    }

    @Test
    void een_amendement_buiten_de_hoofdlijnen_moet_worden_verantwoord_maar_gaat_door() {
        assertThat(evaluate("hoofdlijnen", "geamendeerd", false)).isEqualTo(uitkomst(true, true, true));
    }

    @Test
    void een_amendement_waarvan_niet_vaststaat_dat_het_binnen_de_hoofdlijnen_blijft_moet_worden_verantwoord() {
        assertThat(evaluate("hoofdlijnen", "geamendeerd", null)).isEqualTo(uitkomst(true, true, true));
    }

    @Test
    void een_amendement_op_een_volledig_advies_moet_worden_verantwoord_maar_gaat_door() {
        assertThat(evaluate("volledig", "geamendeerd", true)).isEqualTo(uitkomst(true, true, true));
    }

    @Test
    void een_advies_zonder_soort_geldt_als_volledig_advies() {
        assertThat(evaluate(null, "geamendeerd", true)).isEqualTo(uitkomst(true, true, true));
    }

    @Test
    void een_raad_die_het_voorstel_verwerpt_moet_zich_verantwoorden_en_doet_niet_mee() {
        assertThat(evaluate("volledig", "verworpen", null)).isEqualTo(uitkomst(true, true, false));
    }

    @Test
    void een_aangehouden_voorstel_moet_worden_verantwoord_en_gaat_niet_door() {
        assertThat(evaluate("hoofdlijnen", "aangehouden", null)).isEqualTo(uitkomst(true, true, false));
    }

    @Test
    void een_college_dat_instemt_wijkt_niet_af() {
        assertThat(evaluate(null, "ingestemd", null)).isEqualTo(uitkomst(false, false, true));
    }

    @Test
    void een_college_dat_afwijst_wijkt_af_zonder_verantwoording_in_de_regiocommissie() {
        assertThat(evaluate(null, "afgewezen", null)).isEqualTo(uitkomst(true, false, false));
    }

    @Test
    void elke_combinatie_van_advies_besluit_en_amendement_geeft_precies_een_uitkomst() {
        List<String> adviesTypes = Arrays.asList("volledig", "hoofdlijnen", null);
        List<String> besluiten = List.of("conform", "geamendeerd", "verworpen", "aangehouden", "ingestemd", "afgewezen");
        List<Boolean> binnen = Arrays.asList(true, false, null);
        for (String adviesType : adviesTypes) {
            for (String besluit : besluiten) {
                for (Boolean amendementBinnenHoofdlijnen : binnen) {
                    // hit policy UNIQUE throws when two rules match
                    DmnDecisionResult result = engine.evaluateDecision(afwijking, Variables.createVariables()
                            .putValue("adviesType", adviesType)
                            .putValue("besluit", besluit)
                            .putValue("amendementBinnenHoofdlijnen", amendementBinnenHoofdlijnen));
                    assertThat(result)
                            .as("%s / %s / %s", adviesType, besluit, amendementBinnenHoofdlijnen)
                            .hasSize(1);
                }
            }
        }
    }

    private static Map<String, Object> evaluate(String adviesType, String besluit, Boolean amendementBinnenHoofdlijnen) {
        return engine.evaluateDecision(afwijking, Variables.createVariables()
                        .putValue("adviesType", adviesType)
                        .putValue("besluit", besluit)
                        .putValue("amendementBinnenHoofdlijnen", amendementBinnenHoofdlijnen))
                .getSingleResult()
                .getEntryMap();
    }

    private static Map<String, Object> uitkomst(boolean afwijking, boolean verantwoordingVereist, boolean gaatDoor) {
        return Map.of("afwijking", afwijking, "verantwoordingVereist", verantwoordingVereist, "gaatDoor", gaatDoor);
    }
}
