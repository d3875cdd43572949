package nl.route071.uitvoering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.route071.Beslistabellen;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The group that carries out a gemeente's part of the uitvoering: decisions/uitvoeringsgroep.dmn. */
class UitvoeringsgroepDecisionTest {

    private static final DmnEngine engine = Beslistabellen.ENGINE;
    private static final DmnDecision uitvoeringsgroep = Beslistabellen.beslissing("uitvoeringsgroep");

    @Test
    void een_gemeente_die_zelf_uitvoert_krijgt_haar_eigen_uitvoeringsgroep() {
        assertThat(groep("zoeterwoude", "zelf")).isEqualTo("uitvoering-zoeterwoude");
    }

    @Test
    void zonder_uitvoerder_voert_de_gemeente_zelf_uit() {
        assertThat(groep("oegstgeest", null)).isEqualTo("uitvoering-oegstgeest");
    }

    @Test
    void uitvoering_uitbesteed_aan_een_andere_gemeente_gaat_naar_die_gemeente() {
        assertThat(groep("leiderdorp", "leiden")).isEqualTo("uitvoering-leiden");
    }

    @Test
    void uitvoering_uitbesteed_aan_servicepunt71_gaat_naar_servicepunt71() {
        assertThat(groep("voorschoten", "servicepunt71")).isEqualTo("uitvoering-servicepunt71");
    }

    @Test
    void een_onbekende_uitvoerder_levert_geen_groep_op() {
        assertThat(evaluate("leiden", "adviesbureau")).isEmpty();
    }

    private static Object groep(String gemeente, String uitvoerder) {
        return evaluate(gemeente, uitvoerder).getSingleEntry();
    }

    private static DmnDecisionResult evaluate(String gemeente, String uitvoerder) {
        return engine.evaluateDecision(uitvoeringsgroep, Variables.createVariables()
                .putValue("gemeente", gemeente)
                .putValue("uitvoerder", uitvoerder));
    }
}
