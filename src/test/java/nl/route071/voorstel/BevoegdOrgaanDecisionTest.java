package nl.route071.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.route071.Beslistabellen;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Raad or college as the competent body for a joint proposal: decisions/bevoegdOrgaan.dmn. */
class BevoegdOrgaanDecisionTest {

    private static final DmnEngine engine = Beslistabellen.ENGINE;
    private static final DmnDecision bevoegdOrgaan = Beslistabellen.beslissing("bevoegdOrgaan");

    @Test
    void een_kaderstellend_besluit_neemt_de_raad() {
        assertThat(bevoegdOrgaanVoor("kaderstellend")).isEqualTo("raad");
    }

    @Test
    void een_verordening_maakt_de_raad() {
        assertThat(bevoegdOrgaanVoor("verordening")).isEqualTo("raad");
    }

    @Test
    void de_begroting_stelt_de_raad_vast() {
        assertThat(bevoegdOrgaanVoor("begroting")).isEqualTo("raad");
    }

    @Test
    void een_uitvoeringsbesluit_neemt_het_college() {
        assertThat(bevoegdOrgaanVoor("uitvoeringsbesluit")).isEqualTo("college");
    }

    @Test
    void een_beleidsregel_stelt_het_orgaan_vast_dat_de_bevoegdheid_heeft() {
        assertThat(bevoegdOrgaanVoor("beleidsregelRaad")).isEqualTo("raad");
        assertThat(bevoegdOrgaanVoor("beleidsregelCollege")).isEqualTo("college");
        assertThat(bevoegdOrgaanVoor("beleidsregelBurgemeester")).isEqualTo("burgemeester");
    }

    @Test
    void openbare_orde_is_aan_de_burgemeester() {
        assertThat(bevoegdOrgaanVoor("openbareOrde")).isEqualTo("burgemeester");
    }

    @Test
    void een_overeenkomst_sluit_het_college() {
        assertThat(bevoegdOrgaanVoor("overeenkomst")).isEqualTo("college");
    }

    @Test
    void een_onbekend_soort_besluit_wijst_geen_orgaan_aan() {
        DmnDecisionResult result = engine.evaluateDecision(bevoegdOrgaan,
                Variables.createVariables().putValue("soortBesluit", "motie"));

        assertThat(result).isEmpty();
    }

    private static Object bevoegdOrgaanVoor(String soortBesluit) {
        return engine.evaluateDecision(bevoegdOrgaan, Variables.createVariables().putValue("soortBesluit", soortBesluit))
                .getSingleEntry();
    }
}
