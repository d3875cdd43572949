package nl.route071.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The form's own rules on plain values, without the engine: the messages a user reads. */
class FormuliercontroleTest {

    static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    static final Formuliercontrole CONTROLE = new Formuliercontrole(
            (expressie, context) -> FEEL.evaluateSimpleExpression(expressie, Variables.fromMap(context).asVariableContext()));

    static final Formulier RAADSBESLUIT = Formulier.lees("""
            {"id":"Form_Test","components":[
             {"type":"text","text":"# Raadsbesluit"},
             {"type":"radio","key":"adviesType","label":"Soort advies","readonly":true,
              "values":[{"label":"Volledig","value":"volledig"},{"label":"Hoofdlijnen","value":"hoofdlijnen"}]},
             {"type":"radio","key":"raadsbesluit","label":"Besluit van de raad","validate":{"required":true},
              "values":[{"label":"Conform","value":"conform"},{"label":"Geamendeerd","value":"geamendeerd"}]},
             {"type":"textarea","key":"amendementTekst","label":"Tekst van het amendement","validate":{"required":true,"maxLength":10},
              "conditional":{"hide":"=not(raadsbesluit = \\"geamendeerd\\")"}},
             {"type":"number","key":"zetels","label":"Zetels","validate":{"min":1,"max":39}},
             {"type":"datetime","subtype":"date","key":"besluitdatum","dateLabel":"Datum raadsbesluit","validate":{"required":true}},
             {"type":"checklist","key":"fracties","label":"Fracties","valuesKey":"fractieOpties"},
             {"type":"table","label":"Stemlijst","dataSource":"=stemmen"},
             {"type":"dynamiclist","path":"stemmen","label":"Stemmen","components":[
               {"type":"text","text":"{{fractie}}"},
               {"type":"radio","key":"stem","label":"Stem","validate":{"required":true},
                "values":[{"label":"Voor","value":"voor"},{"label":"Tegen","value":"tegen"}]}]}
            ]}""");

    static final Map<String, Object> BESTAAND = Map.of("adviesType", "volledig",
            "fractieOpties", List.of(Map.of("label", "VVD", "value", "leiden:VVD"), Map.of("label", "SP", "value", "leiden:SP")));

    @Test
    void het_formulier_declareert_zijn_invoervelden_en_de_dynamische_lijst_en_niets_van_tekst_of_tabel() {
        assertThat(RAADSBESLUIT.velden()).extracting(Formulier.Veld::key)
                .containsExactly("adviesType", "raadsbesluit", "amendementTekst", "zetels", "besluitdatum", "fracties", "stemmen");
        assertThat(RAADSBESLUIT.veld("stemmen").onderdelen()).extracting(Formulier.Veld::key).containsExactly("stem");
    }

    @Test
    void een_goed_ingevuld_formulier_wordt_aangenomen_en_een_verborgen_veld_niet_geschreven() {
        Map<String, Object> ingevuld = new HashMap<>(Map.of("raadsbesluit", "conform", "besluitdatum", "2027-01-20",
                "adviesType", "volledig", "amendementTekst", "verborgen", "fracties", List.of("leiden:SP"),
                "stemmen", List.of(Map.of("sleutel", "leiden:VVD", "stem", "voor", "gewicht", 1e9))));

        Formuliercontrole.Uitkomst uitkomst = CONTROLE.controleer(RAADSBESLUIT, ingevuld, BESTAAND);

        assertThat(uitkomst.fouten()).isEmpty();
        assertThat(uitkomst.behouden()).containsExactlyInAnyOrder("raadsbesluit", "besluitdatum", "fracties", "stemmen");
    }

    @Test
    void elke_fout_noemt_het_veld_bij_zijn_label() {
        Map<String, Object> ingevuld = new HashMap<>();
        ingevuld.put("raadsbesluit", "geamendeerd");
        ingevuld.put("amendementTekst", "veel te lange tekst");
        ingevuld.put("adviesType", "hoofdlijnen");
        ingevuld.put("gemeente", "voorschoten");
        ingevuld.put("zetels", 40);
        ingevuld.put("besluitdatum", "01-03-2026");
        ingevuld.put("fracties", List.of("leiden:CDA"));
        ingevuld.put("stemmen", List.of(Map.of("sleutel", "leiden:VVD"), Map.of("stem", "misschien")));

        assertThat(CONTROLE.controleer(RAADSBESLUIT, ingevuld, BESTAAND).fouten()).containsExactlyInAnyOrder(
                "‘gemeente’ staat niet op dit formulier.",
                "‘Soort advies’ kan hier niet worden gewijzigd.",
                "‘Tekst van het amendement’ is langer dan 10 tekens.",
                "‘Zetels’ is groter dan 39.",
                "‘Datum raadsbesluit’ is geen datum (jjjj-mm-dd).",
                "‘Fracties’: ‘leiden:CDA’ is geen keuze van dit formulier.",
                "‘Stemmen’, regel 1: ‘Stem’ is verplicht.",
                "‘Stemmen’, regel 2: ‘Stem’: ‘misschien’ is geen keuze van dit formulier.");
    }

    @Test
    void een_leeg_verplicht_veld_en_een_verplicht_veld_dat_zichtbaar_wordt_worden_geweigerd() {
        Map<String, Object> ingevuld = new HashMap<>();
        ingevuld.put("raadsbesluit", "geamendeerd");
        ingevuld.put("besluitdatum", "");

        assertThat(CONTROLE.controleer(RAADSBESLUIT, ingevuld, BESTAAND).fouten()).containsExactlyInAnyOrder(
                "‘Tekst van het amendement’ is verplicht.", "‘Datum raadsbesluit’ is verplicht.");
    }

    @Test
    void een_datum_moet_een_bestaande_dag_zijn() {
        assertThat(Formuliercontrole.datumfout("date", "2026-02-29")).isNotNull();
        assertThat(Formuliercontrole.datumfout("date", "2028-02-29")).isNull();
        assertThat(Formuliercontrole.datumfout("date", "2026-12-09T00:00")).isNotNull();
    }

    @Test
    void een_datum_buiten_het_bereik_van_het_formulier_wordt_geweigerd_met_de_grenzen_erbij() {
        Formulier vergadering = Formulier.lees("""
                {"id":"Form_Test","components":[
                 {"type":"datetime","subtype":"date","key":"vergaderdatum","dateLabel":"Datum vergadering",
                  "properties":{"vroegst":"-P2Y","laatst":"P1Y"}}]}""");
        Formuliercontrole opZevenDecember = new Formuliercontrole(
                (expressie, context) -> FEEL.evaluateSimpleExpression(expressie, Variables.fromMap(context).asVariableContext()),
                () -> java.time.LocalDate.of(2026, 12, 7));

        assertThat(opZevenDecember.controleer(vergadering, Map.of("vergaderdatum", "2027-12-07"), Map.of()).fouten()).isEmpty();
        assertThat(opZevenDecember.controleer(vergadering, Map.of("vergaderdatum", "2024-12-07"), Map.of()).fouten()).isEmpty();
        assertThat(opZevenDecember.controleer(vergadering, Map.of("vergaderdatum", "2028-06-20"), Map.of()).fouten()).containsExactly(
                "‘Datum vergadering’ ligt buiten de mogelijke datums van dit formulier (van 07-12-2024 tot en met 07-12-2027).");
        assertThat(opZevenDecember.controleer(vergadering, Map.of("vergaderdatum", "2024-12-06"), Map.of()).fouten()).hasSize(1);
    }
}
