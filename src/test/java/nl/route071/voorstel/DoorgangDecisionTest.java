package nl.route071.voorstel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.route071.Beslistabellen;

import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** Who goes on to uitvoering after the councils and colleges decided: decisions/doorgang.dmn. */
class DoorgangDecisionTest {

    private static final DmnEngine engine = Beslistabellen.ENGINE;
    private static final DmnDecisionRequirementsGraph drd = Beslistabellen.graaf("doorgang");

    @Test
    void gaan_alle_gemeenten_door_dan_voeren_alle_gemeenten_uit() {
        List<Map<String, Object>> uitkomsten = List.of(
                uitkomst("leiden", "conform", true),
                uitkomst("leiderdorp", "geamendeerd", true),
                uitkomst("oegstgeest", "conform", true),
                uitkomst("voorschoten", "conform", true),
                uitkomst("zoeterwoude", "conform", true));

        assertThat(evaluate("doorgang", uitkomsten)).isEqualTo("alle");
    }

    @Test
    void gaan_sommige_gemeenten_door_dan_voeren_alleen_de_instemmers_uit() {
        List<Map<String, Object>> uitkomsten = List.of(
                uitkomst("leiden", "conform", true),
                uitkomst("leiderdorp", "conform", true),
                uitkomst("voorschoten", "verworpen", false));

        assertThat(evaluate("aantalDoorgaand", uitkomsten)).isEqualTo(2);
        assertThat(evaluate("aantalNietDoorgaand", uitkomsten)).isEqualTo(1);
        assertThat(evaluate("doorgang", uitkomsten)).isEqualTo("instemmers");
    }

    @Test
    void gaat_geen_enkele_gemeente_door_dan_gaat_het_voorstel_terug_naar_de_bestuurstafel() {
        List<Map<String, Object>> uitkomsten = List.of(
                uitkomst("oegstgeest", "verworpen", false),
                uitkomst("zoeterwoude", "aangehouden", false));

        assertThat(evaluate("doorgang", uitkomsten)).isEqualTo("terug");
    }

    @Test
    void zonder_uitkomsten_gaat_het_voorstel_terug_naar_de_bestuurstafel() {
        assertThat(evaluate("aantalDoorgaand", List.of())).isEqualTo(0);
        assertThat(evaluate("aantalNietDoorgaand", List.of())).isEqualTo(0);
        assertThat(evaluate("doorgang", List.of())).isEqualTo("terug");
    }

    @Test
    void uitkomsten_als_spin_json_worden_net_zo_geteld() {
        Object uitkomsten = Spin.JSON("""
                [ {"gemeente": "leiden", "besluit": "ingestemd", "afwijking": false, "verantwoordingVereist": false, "gaatDoor": true},
                  {"gemeente": "oegstgeest", "besluit": "afgewezen", "afwijking": true, "verantwoordingVereist": false, "gaatDoor": false},
                  {"gemeente": "zoeterwoude", "besluit": "ingestemd", "afwijking": false, "verantwoordingVereist": false, "gaatDoor": true} ]
                """);

        assertThat(evaluate("aantalDoorgaand", uitkomsten)).isEqualTo(2);
        assertThat(evaluate("aantalNietDoorgaand", uitkomsten)).isEqualTo(1);
        assertThat(evaluate("doorgang", uitkomsten)).isEqualTo("instemmers");
    }

    private static Object evaluate(String decisionKey, Object uitkomsten) {
        return engine.evaluateDecision(drd.getDecision(decisionKey), Variables.createVariables().putValue("uitkomsten", uitkomsten))
                .getSingleEntry();
    }

    private static Map<String, Object> uitkomst(String gemeente, String besluit, boolean gaatDoor) {
        boolean afwijking = !besluit.equals("conform");
        return Map.of("gemeente", gemeente, "besluit", besluit, "afwijking", afwijking,
                "verantwoordingVereist", afwijking, "gaatDoor", gaatDoor);
    }
}
