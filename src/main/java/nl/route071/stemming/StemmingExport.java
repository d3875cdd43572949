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

import com.fasterxml.jackson.annotation.JsonProperty;

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

    private static final Context CONTEXT = new Context("ODS Open Raadsinformatie (VNG): Stemming, Stem, StemresultaatPerFractie, Fractie",
            "Route071: aantal stemmen van de fractie bij de gemeenteraadsverkiezing in werking op de stemdatum");

    /** The export: JSON-LD's context, the proposal, its votes. Written by Spring's ObjectMapper, fields in this order. */
    record Export(@JsonProperty("@context") Context context, String voorstelnummer, List<Stemming> stemmingen) {
    }

    /** The vocabulary: ODS's terms, and Route071's one extension, the weight. */
    record Context(@JsonProperty("@vocab") String vocab, String gewicht) {
    }

    /** ODS {@code Stemming}: one recorded round, its weighted tally (from the DMN), outcome as decided and recomputed. */
    record Stemming(@JsonProperty("@type") String soort, @JsonProperty("@id") String id, String type, String heeftBetrekkingOpBesluitvormingsstuk,
            String datum, Object stemronde, long gewogenVoor, long gewogenTegen, long gewogenUitgebracht, List<String> aanwezigeGemeenten,
            Object resultaat, Object resultaatHerberekend, Beslissing beslissing, List<Verkiezing> verkiezingen, List<Stem> stemmen,
            List<StemresultaatPerFractie> stemresultatenPerFractie) {
    }

    /** The version of the decision {@code stemuitslag} that decided the round. */
    record Beslissing(String sleutel, String definitie) {
    }

    /** The council election a weight comes from. */
    record Verkiezing(String gemeente, String datum, String status, Number raadszetels) {
    }

    /** ODS {@code Stem}: a fractie's choice, with its weight. */
    record Stem(@JsonProperty("@type") String soort, @JsonProperty("@id") String id, String keuzeStemming, String gegevenOpStemming,
            String gegevenDoorFractie, long gewicht) {
    }

    /** ODS {@code StemresultaatPerFractie}. */
    record StemresultaatPerFractie(@JsonProperty("@type") String soort, @JsonProperty("@id") String id, String fractieStemresultaat,
            String verwijzingStemming, Fractie fractie) {
    }

    /** ODS {@code Fractie}, with its weight, seats and source; {@code demo} when its votes are invented. */
    record Fractie(@JsonProperty("@type") String soort, @JsonProperty("@id") String id, String naam, String overheidsorgaan, long gewicht,
            Number zetels, Fractieverkiezing verkiezing, String bron, boolean demo) {
    }

    /** The election of a fractie, in short. */
    record Fractieverkiezing(String datum, String status) {
    }

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    StemmingExport(HistoryService historyService, RepositoryService repositoryService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    Optional<Export> export(String voorstelnummer) {
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

        List<Stemming> stemmingen = new ArrayList<>();
        for (int i = 0; i < vastgelegd.size(); i++) {
            HistoricDecisionInstance besluit = i < besluiten.size() ? besluiten.get(i) : null;
            stemmingen.add(stemming(voorstelnummer, i + 1, vastgelegd.get(i), besluit, deelnemers == null ? null : deelnemers.getValue()));
        }
        return Optional.of(new Export(CONTEXT, voorstelnummer, stemmingen));
    }

    private Stemming stemming(String nr, int volgnummer, SpinJsonNode stemmen, HistoricDecisionInstance besluit, Object deelnemers) {
        String id = "urn:route071:stemming:" + nr + ":" + volgnummer;
        Stemmen vastgelegd = Stemmen.van(stemmen).orElseThrow();
        Stemmen.Stem eerste = vastgelegd.regels().get(0);
        Object stemronde = eerste.stemronde();
        List<Stem> stemLijst = new ArrayList<>();
        List<StemresultaatPerFractie> perFractie = new ArrayList<>();
        Map<String, Verkiezing> verkiezingen = new LinkedHashMap<>();
        Set<String> aanwezig = new LinkedHashSet<>();
        for (Stemmen.Stem regel : vastgelegd.regels()) {
            String keuze = regel.stem();
            String gemeente = regel.gemeente();
            if (!Stemmen.AFWEZIG.equals(keuze)) {
                aanwezig.add(gemeente);
            }
            String fractieId = "urn:route071:fractie:" + regel.sleutel();
            Verkiezing verkiezing = new Verkiezing(gemeente, regel.verkiezingsdatum(), regel.status(), regel.raadszetels());
            verkiezingen.putIfAbsent(gemeente + "|" + verkiezing.datum(), verkiezing);
            Fractie fractie = new Fractie("Fractie", fractieId, regel.fractie(), "Gemeenteraad " + gemeente, regel.gewicht(), regel.zetels(),
                    new Fractieverkiezing(String.valueOf(verkiezing.datum()), String.valueOf(verkiezing.status())), regel.bron(), regel.isDemo());
            stemLijst.add(new Stem("Stem", id + ":stem:" + regel.sleutel(), keuze, id, fractieId, regel.gewicht()));
            perFractie.add(new StemresultaatPerFractie("StemresultaatPerFractie", id + ":fractie:" + regel.sleutel(), keuze, id, fractie));
        }
        Stemmen.Gewogen gewogen = vastgelegd.gewogen();
        return new Stemming("Stemming", id, "gewogen stemming per fractie (regiocommissie)", nr, eerste.stemdatum(), stemronde,
                gewogen.voor(), gewogen.tegen(), gewogen.uitgebracht(), List.copyOf(aanwezig),
                besluit == null ? null : uitkomst(besluit),
                besluit == null ? null : herbereken(besluit, stemmen, stemronde, deelnemers),
                besluit == null ? null : new Beslissing(besluit.getDecisionDefinitionKey(), besluit.getDecisionDefinitionId()),
                List.copyOf(verkiezingen.values()), stemLijst, perFractie);
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
