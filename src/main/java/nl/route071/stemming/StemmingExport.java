package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.DECISION_STEMUITSLAG;
import static nl.route071.voorstel.RegionaalVoorstelProcess.PROCESS_ID;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_DEELNEMENDE_GEMEENTEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMRONDE;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMUITSLAG;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * Every recorded vote of a proposal as JSON after VNG's ODS Open Raadsinformatie: a {@code Stemming} per round,
 * with a {@code Stem} and a {@code StemresultaatPerFractie} per {@code Fractie}, plus each fractie's weight and
 * the election it came from. Read from history (each completed update of {@code stemmen}), and recomputed with
 * the version of decision {@code stemuitslag} that decided it, beside the outcome recorded then.
 */
@Service
class StemmingExport {

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    StemmingExport(HistoryService historyService, RepositoryService repositoryService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    Optional<Map<String, Object>> export(String voorstelnummer) {
        HistoricProcessInstance voorstel = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(voorstelnummer).singleResult();
        if (voorstel == null) {
            return Optional.empty();
        }
        // per stemming task the last update of stemmen: what the caller sent with the task is also an update in history,
        // before the complete listener rebuilt stemmen from the route's stemlijst in the same step
        Map<String, SpinJsonNode> perTaak = new LinkedHashMap<>();
        for (HistoricVariableInstance variabele : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(voorstel.getId()).variableName(VAR_STEMMEN).list()) {
            for (HistoricDetail detail : historyService.createHistoricDetailQuery().variableUpdates().variableInstanceId(variabele.getId())
                    .orderPartiallyByOccurrence().asc().list()) {
                if (detail instanceof HistoricVariableUpdate update && update.getValue() instanceof SpinJsonNode lijst
                        && Stemmen.van(lijst).filter(Stemmen::vastgelegd).isPresent()) {
                    String stap = update.getActivityInstanceId() != null ? update.getActivityInstanceId() : update.getId();
                    perTaak.remove(stap);
                    perTaak.put(stap, lijst);
                }
            }
        }
        List<SpinJsonNode> vastgelegd = new ArrayList<>(perTaak.values());
        List<HistoricDecisionInstance> besluiten = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(voorstel.getId()).decisionDefinitionKey(DECISION_STEMUITSLAG).includeOutputs()
                .orderByEvaluationTime().asc().list();
        HistoricVariableInstance deelnemers = historyService.createHistoricVariableInstanceQuery().processInstanceId(voorstel.getId())
                .variableName(VAR_DEELNEMENDE_GEMEENTEN).singleResult();

        List<Map<String, Object>> stemmingen = new ArrayList<>();
        for (int i = 0; i < vastgelegd.size(); i++) {
            HistoricDecisionInstance besluit = i < besluiten.size() ? besluiten.get(i) : null;
            stemmingen.add(stemming(voorstelnummer, i + 1, vastgelegd.get(i), besluit, deelnemers == null ? null : deelnemers.getValue()));
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("@context", Map.of("@vocab", "ODS Open Raadsinformatie (VNG): Stemming, Stem, StemresultaatPerFractie, Fractie",
                "gewicht", "Route071: aantal stemmen van de fractie bij de gemeenteraadsverkiezing in werking op de stemdatum"));
        export.put("voorstelnummer", voorstelnummer);
        export.put("stemmingen", stemmingen);
        return Optional.of(export);
    }

    private Map<String, Object> stemming(String nr, int volgnummer, SpinJsonNode stemmen, HistoricDecisionInstance besluit, Object deelnemers) {
        String id = "urn:route071:stemming:" + nr + ":" + volgnummer;
        Stemmen vastgelegd = Stemmen.van(stemmen).orElseThrow();
        Stemmen.Stem eerste = vastgelegd.regels().get(0);
        Object stemronde = eerste.stemronde();
        List<Map<String, Object>> stemLijst = new ArrayList<>();
        List<Map<String, Object>> perFractie = new ArrayList<>();
        Map<String, Map<String, Object>> verkiezingen = new LinkedHashMap<>();
        Set<String> aanwezig = new LinkedHashSet<>();
        for (Stemmen.Stem regel : vastgelegd.regels()) {
            String keuze = regel.stem();
            long gewicht = regel.gewicht();
            String gemeente = regel.gemeente();
            if (!Stemmen.AFWEZIG.equals(keuze)) {
                aanwezig.add(gemeente);
            }
            String fractieId = "urn:route071:fractie:" + regel.sleutel();
            Map<String, Object> verkiezing = new LinkedHashMap<>();
            verkiezing.put("gemeente", gemeente);
            verkiezing.put("datum", regel.verkiezingsdatum());
            verkiezing.put("status", regel.status());
            verkiezing.put("raadszetels", regel.raadszetels());
            verkiezingen.putIfAbsent(gemeente + "|" + verkiezing.get("datum"), verkiezing);

            Map<String, Object> fractie = new LinkedHashMap<>();
            fractie.put("@type", "Fractie");
            fractie.put("@id", fractieId);
            fractie.put("naam", regel.fractie());
            fractie.put("overheidsorgaan", "Gemeenteraad " + gemeente);
            fractie.put("gewicht", gewicht);
            fractie.put("zetels", regel.zetels());
            fractie.put("verkiezing", Map.of("datum", String.valueOf(verkiezing.get("datum")), "status", String.valueOf(verkiezing.get("status"))));
            fractie.put("bron", regel.bron());
            fractie.put("demo", regel.isDemo());

            Map<String, Object> stem = new LinkedHashMap<>();
            stem.put("@type", "Stem");
            stem.put("@id", id + ":stem:" + regel.sleutel());
            stem.put("keuzeStemming", keuze);
            stem.put("gegevenOpStemming", id);
            stem.put("gegevenDoorFractie", fractieId);
            stem.put("gewicht", gewicht);
            stemLijst.add(stem);

            Map<String, Object> resultaat = new LinkedHashMap<>();
            resultaat.put("@type", "StemresultaatPerFractie");
            resultaat.put("@id", id + ":fractie:" + regel.sleutel());
            resultaat.put("fractieStemresultaat", keuze);
            resultaat.put("verwijzingStemming", id);
            resultaat.put("fractie", fractie);
            perFractie.add(resultaat);
        }
        Map<String, Object> stemming = new LinkedHashMap<>();
        stemming.put("@type", "Stemming");
        stemming.put("@id", id);
        stemming.put("type", "gewogen stemming per fractie (regiocommissie)");
        stemming.put("heeftBetrekkingOpBesluitvormingsstuk", nr);
        Stemmen.Gewogen gewogen = vastgelegd.gewogen();
        stemming.put("datum", eerste.stemdatum());
        stemming.put("stemronde", stemronde);
        stemming.put("gewogenVoor", gewogen.voor());
        stemming.put("gewogenTegen", gewogen.tegen());
        stemming.put("gewogenUitgebracht", gewogen.uitgebracht());
        stemming.put("aanwezigeGemeenten", List.copyOf(aanwezig));
        stemming.put("resultaat", besluit == null ? null : uitkomst(besluit));
        stemming.put("resultaatHerberekend", besluit == null ? null : herbereken(besluit, stemmen, stemronde, deelnemers));
        stemming.put("beslissing", besluit == null ? null
                : Map.of("sleutel", besluit.getDecisionDefinitionKey(), "definitie", besluit.getDecisionDefinitionId()));
        stemming.put("verkiezingen", List.copyOf(verkiezingen.values()));
        stemming.put("stemmen", stemLijst);
        stemming.put("stemresultatenPerFractie", perFractie);
        return stemming;
    }

    private static Object uitkomst(HistoricDecisionInstance besluit) {
        return besluit.getOutputs().stream().filter(o -> VAR_STEMUITSLAG.equals(o.getVariableName())).map(o -> o.getValue()).findFirst().orElse(null);
    }

    /** The outcome again, with the same version of the decision and the stored vote. */
    private Object herbereken(HistoricDecisionInstance besluit, SpinJsonNode stemmen, Object stemronde, Object deelnemers) {
        try (InputStream dmn = repositoryService.getDecisionModel(besluit.getDecisionDefinitionId())) {
            DmnDecisionRequirementsGraph drd = dmnEngine.parseDecisionRequirementsGraph(dmn);
            VariableMap variabelen = Variables.createVariables().putValue(VAR_STEMMEN, stemmen).putValue(VAR_STEMRONDE, stemronde)
                    .putValue(VAR_DEELNEMENDE_GEMEENTEN, deelnemers);
            return dmnEngine.evaluateDecision(drd.getDecision(DECISION_STEMUITSLAG), variabelen).getSingleEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
