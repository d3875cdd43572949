package nl.route071.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.route071.Beslistabellen;

import nl.route071.Verkiezingsdata;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** The weighted vote of a regiocommissie: decisions/stemuitslag.dmn. */
class StemuitslagDecisionTest {

    private static final Path ELECTIONS = Path.of("src/main/resources/referentie/verkiezingsuitslagen.csv");

    private static final DmnEngine engine = Beslistabellen.ENGINE;
    private static final DmnDecisionRequirementsGraph drd = Beslistabellen.graaf("stemuitslag");

    @Test
    void tegenstemmen_van_niemand_in_een_voltallige_regiocommissie_is_consensus() {
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "GroenLinks", 20000, "voor"),
                stem("oegstgeest", "D66", 3000, "onthouding"),
                stem("zoeterwoude", "CDA Zoeterwoude", 1291, "voor"));

        assertThat(stemuitslag(stemmen, 1)).isEqualTo("consensus");
    }

    @Test
    void tegenstemmen_van_niemand_terwijl_een_gemeente_afwezig_is_is_aangenomen_en_geen_consensus() {
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "GroenLinks", 20000, "voor"),
                stem("oegstgeest", "D66", 3000, "onthouding"),
                stem("zoeterwoude", "CDA Zoeterwoude", 1291, "afwezig"));

        assertThat(stemuitslag(stemmen, 1)).isEqualTo("aangenomen");
    }

    @Test
    void gewogen_meer_voor_dan_tegen_is_aangenomen() {
        // one big fractie outweighs two small ones: it is the votes that count, not the fracties
        List<Map<String, Object>> stemmen = List.of(
                stem("voorschoten", "VVD", 2991, "voor"),
                stem("voorschoten", "SP", 794, "tegen"),
                stem("voorschoten", "PvdA", 730, "tegen"));

        assertThat(stemuitslag(stemmen, 1)).isEqualTo("aangenomen");
    }

    @Test
    void gewogen_meer_tegen_dan_voor_is_verworpen() {
        List<Map<String, Object>> stemmen = List.of(
                stem("zoeterwoude", "Progressief Zoeterwoude", 1706, "tegen"),
                stem("zoeterwoude", "CDA", 1291, "voor"),
                stem("zoeterwoude", "Senioren Belangen Zoeterwoude", 400, "voor"));

        assertThat(stemuitslag(stemmen, 1)).isEqualTo("verworpen");
    }

    @Test
    void staken_de_stemmen_in_een_voltallige_vergadering_dan_is_het_voorstel_meteen_verworpen() {
        // art. 32 lid 1: every fractie of every participating gemeente is there
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 1000, "voor"),
                stem("oegstgeest", "VVD", 600, "tegen"),
                stem("zoeterwoude", "CDA", 400, "tegen"),
                stem("voorschoten", "SP", 794, "onthouding"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", List.of("leiden", "oegstgeest", "zoeterwoude", "voorschoten"));

        assertThat(evaluate("voltallig", variables)).isEqualTo(true);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("verworpen");
    }

    @Test
    void een_deelnemende_gemeente_zonder_fracties_op_de_stemlijst_maakt_de_vergadering_niet_voltallig() {
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 1000, "voor"),
                stem("oegstgeest", "VVD", 1000, "tegen"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", List.of("leiden", "oegstgeest", "leiderdorp"));

        assertThat(evaluate("voltallig", variables)).isEqualTo(false);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("staken");
    }

    @Test
    void staken_de_stemmen_in_de_eerste_ronde_dan_volgt_een_herstemming() {
        assertThat(stemuitslag(gelijkeStemmen(), 1)).isEqualTo("staken");
    }

    @Test
    void staken_de_stemmen_opnieuw_bij_de_herstemming_dan_is_het_voorstel_verworpen() {
        assertThat(stemuitslag(gelijkeStemmen(), 2)).isEqualTo("verworpen");
    }

    @Test
    void zonder_stemronde_telt_de_stemming_als_eerste_ronde() {
        VariableMap zonderRonde = Variables.createVariables().putValue("stemmen", gelijkeStemmen());
        VariableMap legeRonde = Variables.createVariables().putValue("stemmen", gelijkeStemmen()).putValue("stemronde", null);

        assertThat(evaluate("stemuitslag", zonderRonde)).isEqualTo("staken");
        assertThat(evaluate("stemuitslag", legeRonde)).isEqualTo("staken");
    }

    @Test
    void onthoudingen_en_afwezige_fracties_tellen_niet_als_uitgebrachte_stemmen() {
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 100, "voor"),
                stem("leiden", "VVD", 40, "tegen"),
                stem("leiden", "PvdA", 7, "onthouding"),
                stem("leiden", "SP", 5, "afwezig"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1);

        assertThat(evaluate("gewogenVoor", variables)).isEqualTo(100L);
        assertThat(evaluate("gewogenTegen", variables)).isEqualTo(40L);
        assertThat(evaluate("gewogenUitgebracht", variables)).isEqualTo(140L);
        assertThat(evaluate("gewogenSaldo", variables)).isEqualTo(60L);
    }

    @Test
    void stemt_niemand_voor_of_tegen_dan_gaat_de_stemming_naar_de_volgende_vergadering() {
        // everyone present abstains: quorum, but no votes cast; neither consensus nor a majority
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 1000, "onthouding"),
                stem("voorschoten", "VVD", 2763, "onthouding"),
                stem("voorschoten", "SP", 556, "afwezig"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1);

        assertThat(evaluate("quorum", variables)).isEqualTo(true);
        assertThat(evaluate("gewogenUitgebracht", variables)).isEqualTo(0L);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("geenStemmen");
    }

    @Test
    void stemt_ook_in_de_volgende_vergadering_niemand_dan_is_het_voorstel_verworpen() {
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 1000, "onthouding"),
                stem("voorschoten", "VVD", 2763, "onthouding"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("vorigeStemuitslag", "geenStemmen").putValue("eerderGeenStemmen", true);

        assertThat(evaluate("stemuitslag", variables)).isEqualTo("verworpen");
    }

    @Test
    void in_de_vergadering_die_opnieuw_is_belegd_omdat_het_quorum_ontbrak_geldt_het_quorum_niet() {
        // art. 20 lid 3: one of four gemeenten present is enough at the meeting called again
        List<Map<String, Object>> stemmen = List.of(
                stem("voorschoten", "VVD", 2763, "voor"),
                stem("voorschoten", "SP", 556, "tegen"),
                stem("leiden", "D66", 1000, "afwezig"));
        VariableMap eerste = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", List.of("leiden", "oegstgeest", "voorschoten", "zoeterwoude"));
        VariableMap opnieuw = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", eerste.get("deelnemendeGemeenten")).putValue("vorigeStemuitslag", "geenQuorum");
        VariableMap naStaken = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", eerste.get("deelnemendeGemeenten")).putValue("vorigeStemuitslag", "staken");

        assertThat(evaluate("stemuitslag", eerste)).isEqualTo("geenQuorum");
        assertThat(evaluate("quorum", opnieuw)).isEqualTo(true);
        assertThat(evaluate("stemuitslag", opnieuw)).isEqualTo("aangenomen");
        // only after a meeting without quorum: after a tie the quorum applies again
        assertThat(evaluate("stemuitslag", naStaken)).isEqualTo("geenQuorum");
    }

    @Test
    void een_lege_stemlijst_telt_als_nul_stemmen_en_heeft_geen_quorum() {
        VariableMap variables = Variables.createVariables().putValue("stemmen", List.of()).putValue("stemronde", 1);

        assertThat(evaluate("gewogenUitgebracht", variables)).isEqualTo(0L);
        assertThat(evaluate("quorum", variables)).isEqualTo(false);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("geenQuorum");
    }

    // ------------------------------------------------------------------ quorum

    @Test
    void quorum_met_een_fractie_aanwezig_uit_drie_van_de_vijf_deelnemende_gemeenten() {
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 1000, "voor"),
                stem("oegstgeest", "VVD", 600, "onthouding"),
                stem("voorschoten", "SP", 556, "tegen"),
                stem("voorschoten", "VVD", 2763, "afwezig"),
                stem("zoeterwoude", "CDA", 400, "afwezig"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", Spin.JSON(List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude")));

        assertThat(evaluate("aantalAanwezigeGemeenten", variables)).isEqualTo(3);
        assertThat(evaluate("aantalDeelnemendeGemeenten", variables)).isEqualTo(5);
        assertThat(evaluate("quorum", variables)).isEqualTo(true);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("aangenomen");
    }

    @Test
    void zonder_quorum_gaat_de_stemming_naar_de_volgende_vergadering_ook_als_niemand_tegen_is() {
        // two of four gemeenten present is exactly half: no majority of the participating gemeenten.
        // Leiderdorp takes part but has no fractie on the list: it still counts as participating.
        List<Map<String, Object>> stemmen = List.of(
                stem("leiden", "D66", 1000, "voor"),
                stem("voorschoten", "VVD", 2763, "voor"),
                stem("zoeterwoude", "CDA", 400, "afwezig"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1)
                .putValue("deelnemendeGemeenten", Spin.JSON(List.of("leiden", "leiderdorp", "voorschoten", "zoeterwoude")));

        assertThat(evaluate("aantalAanwezigeGemeenten", variables)).isEqualTo(2);
        assertThat(evaluate("quorum", variables)).isEqualTo(false);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("geenQuorum");
    }

    @Test
    void elke_regel_van_stemuitslag_afwijking_en_doorgang_citeert_de_seed_of_de_gemeentewet() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        int regels = 0;
        for (String bestand : List.of("stemuitslag.dmn", "afwijking.dmn", "doorgang.dmn")) {
            org.w3c.dom.NodeList rules = factory.newDocumentBuilder().parse(Path.of("decisions", bestand).toFile())
                    .getElementsByTagNameNS("*", "rule");
            for (int i = 0; i < rules.getLength(); i++) {
                org.w3c.dom.Element rule = (org.w3c.dom.Element) rules.item(i);
                org.w3c.dom.NodeList description = rule.getElementsByTagNameNS("*", "description");
                assertThat(description.getLength()).as("description of %s in %s", rule.getAttribute("id"), bestand).isEqualTo(1);
                assertThat(description.item(0).getTextContent()).as("rule %s in %s", rule.getAttribute("id"), bestand)
                        .containsAnyOf("Seed: \"", "seed: \"", "Gemeentewet art.");
                regels++;
            }
        }
        assertThat(regels).isGreaterThanOrEqualTo(12);
        org.w3c.dom.NodeList eigen = factory.newDocumentBuilder().parse(Path.of("decisions", "stemuitslag.dmn").toFile())
                .getElementsByTagNameNS("*", "rule");
        assertThat(eigen.getLength()).as("rules in stemuitslag.dmn: quorum 3, stemuitslag 10").isEqualTo(13);
    }

    @Test
    void een_tegenstemmende_fractie_zonder_gewicht_geeft_geen_uitslag() {
        // e.g. Leiderdorp, for which there are no election figures: no number is invented
        List<Map<String, Object>> stemmen = new ArrayList<>();
        stemmen.add(stem("leiden", "D66", 100, "voor"));
        Map<String, Object> zonderGewicht = stem("leiderdorp", "CDA", 0, "tegen");
        zonderGewicht.put("gewicht", null);
        stemmen.add(zonderGewicht);

        assertThat(engine.evaluateDecision(drd.getDecision("stemuitslag"),
                Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1))).isEmpty();
    }

    @Test
    void stemmen_als_spin_json_worden_net_zo_gewogen_als_een_java_lijst() {
        SpinJsonNode stemmen = Spin.JSON("""
                [ {"gemeente": "voorschoten", "fractie": "VVD", "gewicht": 2991, "stem": "voor"},
                  {"gemeente": "voorschoten", "fractie": "SP", "gewicht": 794, "stem": "tegen"},
                  {"gemeente": "voorschoten", "fractie": "PvdA", "gewicht": 730, "stem": "tegen"},
                  {"gemeente": "voorschoten", "fractie": "D66", "gewicht": 1618, "stem": null} ]
                """);
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1);

        assertThat(evaluate("gewogenVoor", variables)).isEqualTo(2991L);
        assertThat(evaluate("gewogenTegen", variables)).isEqualTo(1524L);
        assertThat(evaluate("stemuitslag", variables)).isEqualTo("aangenomen");
    }

    @Test
    void voorschoten_2026_vier_kleinere_fracties_voor_verliezen_van_de_twee_grootste_tegen() throws IOException {
        Map<String, Long> uitslag = stemmenVoorschoten2026();
        assertThat(uitslag).hasSize(7);

        Set<String> tegen = Set.of("GROENLINKS / Partij van de Arbeid (PvdA)", "VVD");
        Set<String> onthouding = Set.of("Voorschoten Lokaal");
        List<Map<String, Object>> stemmen = new ArrayList<>();
        long verwachtVoor = 0;
        long verwachtTegen = 0;
        for (Map.Entry<String, Long> fractie : uitslag.entrySet()) {
            String stem = tegen.contains(fractie.getKey()) ? "tegen"
                    : onthouding.contains(fractie.getKey()) ? "onthouding" : "voor";
            stemmen.add(stem("voorschoten", fractie.getKey(), fractie.getValue(), stem));
            if (stem.equals("voor")) {
                verwachtVoor += fractie.getValue();
            } else if (stem.equals("tegen")) {
                verwachtTegen += fractie.getValue();
            }
        }
        VariableMap alsLijst = Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", 1);
        VariableMap alsJson = Variables.createVariables().putValue("stemmen", Spin.JSON(stemmen)).putValue("stemronde", 1);

        // D66 2048 + CDA 1593 + FvD 1222 + SP 556 = 5419 voor; GL/PvdA 2923 + VVD 2763 = 5686 tegen
        assertThat(verwachtVoor).isEqualTo(5419L);
        assertThat(verwachtTegen).isEqualTo(5686L);
        for (VariableMap variables : List.of(alsLijst, alsJson)) {
            assertThat(evaluate("gewogenVoor", variables)).isEqualTo(verwachtVoor);
            assertThat(evaluate("gewogenTegen", variables)).isEqualTo(verwachtTegen);
            assertThat(evaluate("gewogenUitgebracht", variables)).isEqualTo(verwachtVoor + verwachtTegen);
            assertThat(evaluate("gewogenSaldo", variables)).isEqualTo(verwachtVoor - verwachtTegen);
            assertThat(evaluate("stemuitslag", variables)).isEqualTo("verworpen");
        }
    }

    @Test
    void de_gewogen_stemverhouding_telt_elke_keuze_en_een_fractie_zonder_keuze_als_afwezig() {
        List<Map<String, Object>> stemmen = new ArrayList<>(gelijkeStemmen());
        stemmen.add(stem("katwijk", "CDA", 300, null));
        stemmen.add(stem("katwijk", "SGP", 200, "misschien"));
        VariableMap variables = Variables.createVariables().putValue("stemmen", stemmen);

        assertThat(evaluate("gewogenOnthouding", variables)).isEqualTo(794L);
        assertThat(evaluate("gewogenAfwezig", variables)).isEqualTo(2763L + 300 + 200);
        assertThat(evaluate("gewogenStemmen", variables)).isEqualTo(Map.of("voor", 1000L, "tegen", 1000L, "onthouding", 794L,
                "afwezig", 3263L, "uitgebracht", 2000L));
    }

    @Test
    void de_gewogen_stemverhouding_van_een_lege_stemlijst_is_overal_nul() {
        VariableMap variables = Variables.createVariables().putValue("stemmen", List.of());

        assertThat(evaluate("gewogenStemmen", variables)).isEqualTo(Map.of("voor", 0L, "tegen", 0L, "onthouding", 0L,
                "afwezig", 0L, "uitgebracht", 0L));
    }

    private static Object stemuitslag(List<Map<String, Object>> stemmen, int stemronde) {
        return evaluate("stemuitslag", Variables.createVariables().putValue("stemmen", stemmen).putValue("stemronde", stemronde));
    }

    private static Object evaluate(String decisionKey, VariableMap variables) {
        return engine.evaluateDecision(drd.getDecision(decisionKey), variables).getSingleEntry();
    }

    private static List<Map<String, Object>> gelijkeStemmen() {
        return List.of(
                stem("leiden", "D66", 1000, "voor"),
                stem("oegstgeest", "VVD", 600, "tegen"),
                stem("zoeterwoude", "CDA", 400, "tegen"),
                stem("voorschoten", "SP", 794, "onthouding"),
                // one fractie absent: the meeting is not voltallig (art. 32 lid 2)
                stem("voorschoten", "VVD", 2763, "afwezig"));
    }

    private static Map<String, Object> stem(String gemeente, String fractie, long gewicht, String stem) {
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("gemeente", gemeente);
        regel.put("fractie", fractie);
        regel.put("gewicht", gewicht);
        regel.put("stem", stem);
        return regel;
    }

    /** Votes per partij in Voorschoten, 2026 (provisional), from the reference data. */
    private static Map<String, Long> stemmenVoorschoten2026() {
        return Verkiezingsdata.stemmen(2026, "Voorschoten");
    }
}
