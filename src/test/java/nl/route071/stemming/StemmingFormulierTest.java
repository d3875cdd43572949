package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stemming form shows the outcome live before Afronden: its FEEL must give what decisions/stemuitslag.dmn gives
 * afterwards. Evaluated here with the engine's own FEEL over many votes, without Spring.
 */
class StemmingFormulierTest {

    private static final Path FORMULIER = Path.of("processes/forms/Form_StemmingVastleggen.form");
    private static DmnEngine engine;
    private static DmnDecisionRequirementsGraph drd;
    private static DmnDecision formulier;
    private static JsonNode schema;

    private enum Uitslag { consensus, aangenomen, verworpen, staken, geenQuorum, geenStemmen }

    /** How the form words each outcome of the DMN (the start of its sentence). */
    private static final Map<String, String> WOORDEN = Map.of("consensus", "consensus", "aangenomen", "aangenomen",
            "verworpen", "verworpen", "staken", "de stemmen staken", "geenQuorum", "geen quorum",
            "geenStemmen", "geen stemmen uitgebracht");

    @BeforeAll
    static void lees() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("decisions", "stemuitslag.dmn"))) {
            drd = engine.parseDecisionRequirementsGraph(dmn);
        }
        schema = new ObjectMapper().readTree(FORMULIER.toFile());
        String tekst = component("Text_VerwachteUitkomst").path("text").asText();
        String uitdrukking = tekst.substring(tekst.indexOf("{{") + 2, tekst.lastIndexOf("}}"));
        formulier = engine.parseDecision("formulier", new ByteArrayInputStream(literal(uitdrukking).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void de_uitkomst_op_het_formulier_is_die_van_de_dmn_bij_elke_stemming() {
        Random toeval = new Random(71);
        List<String> gemeenten = List.of("leiden", "oegstgeest", "voorschoten", "zoeterwoude");
        String[] keuzes = { "voor", "tegen", "onthouding", "afwezig" };
        Map<Uitslag, Integer> gezien = new EnumMap<>(Uitslag.class);
        for (int i = 0; i < 300; i++) {
            List<Map<String, Object>> stemmen = new ArrayList<>();
            for (String gemeente : gemeenten.subList(0, 1 + toeval.nextInt(3))) {
                for (int f = 0; f < 1 + toeval.nextInt(3); f++) {
                    Map<String, Object> regel = new LinkedHashMap<>();
                    regel.put("gemeente", gemeente);
                    regel.put("fractie", "F" + f);
                    // small weights so that ties happen often
                    regel.put("gewicht", (long) toeval.nextInt(4));
                    regel.put("stem", keuzes[toeval.nextInt(keuzes.length)]);
                    stemmen.add(regel);
                }
            }
            VariableMap variabelen = Variables.createVariables().putValue("stemmen", stemmen)
                    .putValue("deelnemendeGemeenten", toeval.nextBoolean() ? null : gemeenten.subList(0, 1 + toeval.nextInt(4)))
                    .putValue("stemronde", 1 + toeval.nextInt(2))
                    .putValue("vorigeStemuitslag", new String[] { null, "geenQuorum", "staken", "geenStemmen" }[toeval.nextInt(4)])
                    .putValue("eerderGeenStemmen", toeval.nextBoolean());

            String dmn = engine.evaluateDecision(drd.getDecision("stemuitslag"), variabelen).getSingleEntry();
            String getoond = engine.evaluateDecision(formulier, variabelen).getSingleEntry();

            assertThat(getoond).as("form for %s", variabelen).startsWith(WOORDEN.get(dmn));
            gezien.merge(Uitslag.valueOf(dmn), 1, Integer::sum);
        }
        assertThat(gezien).as("every outcome of the DMN was compared").containsOnlyKeys(Uitslag.values());
    }

    @Test
    void zonder_keuze_bij_een_fractie_toont_het_formulier_nog_geen_uitkomst() {
        List<Map<String, Object>> stemmen = new ArrayList<>();
        stemmen.add(new HashMap<>(Map.of("gemeente", "voorschoten", "fractie", "VVD", "gewicht", 2763L, "stem", "voor")));
        Map<String, Object> open = new HashMap<>(Map.of("gemeente", "voorschoten", "fractie", "SP", "gewicht", 556L));
        open.put("stem", null);
        stemmen.add(open);

        String getoond = engine.evaluateDecision(formulier, Variables.createVariables().putValue("stemmen", stemmen)
                .putValue("deelnemendeGemeenten", null).putValue("stemronde", 1).putValue("vorigeStemuitslag", null)
                .putValue("eerderGeenStemmen", null)).getSingleEntry();

        assertThat(getoond).startsWith("nog niet te bepalen");
    }

    @Test
    void elke_fractie_heeft_een_verplichte_keuze_uit_voor_tegen_onthouding_en_afwezig() {
        JsonNode lijst = component("List_Stemmen");
        assertThat(lijst.path("type").asText()).isEqualTo("dynamiclist");
        assertThat(lijst.path("path").asText()).isEqualTo("stemmen");
        assertThat(lijst.path("allowAddRemove").asBoolean(true)).isFalse();
        JsonNode stem = null;
        for (JsonNode c : lijst.path("components")) {
            if ("stem".equals(c.path("key").asText())) {
                stem = c;
            }
        }
        assertThat(stem).isNotNull();
        assertThat(stem.path("type").asText()).isEqualTo("radio");
        assertThat(stem.path("validate").path("required").asBoolean()).isTrue();
        List<String> waarden = new ArrayList<>();
        stem.path("values").forEach(v -> waarden.add(v.path("value").asText()));
        assertThat(waarden).containsExactly("voor", "tegen", "onthouding", "afwezig");
        assertThat(component("Field_stemdatum").path("validate").path("required").asBoolean()).isTrue();
        assertThat(component("Field_stemdatum").path("description").asText()).contains("dd-mm-jjjj").doesNotContain("maand/dag/jaar");
    }

    private static JsonNode component(String id) {
        List<JsonNode> alle = new ArrayList<>();
        schema.path("components").forEach(c -> {
            alle.add(c);
            c.path("components").forEach(alle::add);
        });
        return alle.stream().filter(c -> id.equals(c.path("id").asText())).findFirst().orElseThrow();
    }

    private static String literal(String feel) {
        String tekst = feel.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Formulier" name="formulier" namespace="test">
                  <decision id="formulier" name="Uitkomst op het formulier">
                    <variable id="InformationItem_Formulier" name="uitkomst" typeRef="string" />
                    <literalExpression id="LiteralExpression_Formulier">
                      <text>%s</text>
                    </literalExpression>
                  </decision>
                </definitions>
                """.formatted(tekst).strip();
    }
}
