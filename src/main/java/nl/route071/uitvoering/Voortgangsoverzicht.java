package nl.route071.uitvoering;

import static nl.route071.uitvoering.UitvoeringProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.route071.directory.Ambities;
import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Klok;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The quarterly progress review per ambitie (issue #13 item 10, {@code processes/voortgangsbespreking.bpmn}).
 * Bean {@code voortgangsoverzicht}: lists, per gemeente, the reports of every uitvoering of an ambitie,
 * running or finished, outsourced or not.
 */
@Component("voortgangsoverzicht")
public class Voortgangsoverzicht {

    private final HistoryService historyService;
    private final Ambities ambities;
    private final Gemeenten gemeenten;

    Voortgangsoverzicht(HistoryService historyService, Ambities ambities, Gemeenten gemeenten) {
        this.historyService = historyService;
        this.ambities = ambities;
        this.gemeenten = gemeenten;
    }

    /** The ambities, in a fixed order, for the multi-instance review. */
    public List<String> ambities() {
        return new ArrayList<>(new TreeMap<>(ambities.alle()).keySet());
    }

    /** Business key of the review of the current quarter: {@code VOORTGANG-2027-K2}. */
    public String kwartaal() {
        LocalDate vandaag = Klok.vandaag();
        return "VOORTGANG-" + vandaag.getYear() + "-K" + ((vandaag.getMonthValue() - 1) / 3 + 1);
    }

    /** Per gemeente, each uitvoering of the ambitie with its reports (newest first); a gemeente without any says so. */
    public String perGemeente(String ambitie) {
        Map<String, StringBuilder> perGemeente = new TreeMap<>();
        gemeenten.ids().forEach(id -> perGemeente.put(id, new StringBuilder()));
        List<HistoricProcessInstance> uitvoeringen = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID).variableValueEquals(VAR_AMBITIE, ambitie).orderByProcessInstanceStartTime().asc().list();
        for (HistoricProcessInstance uitvoering : uitvoeringen) {
            Map<String, Object> v = new TreeMap<>();
            for (HistoricVariableInstance var : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(uitvoering.getId()).list()) {
                if (var.getValue() != null) {
                    v.put(var.getName(), var.getValue());
                }
            }
            String gemeente = String.valueOf(v.getOrDefault(VAR_GEMEENTE, "-"));
            StringBuilder tekst = perGemeente.computeIfAbsent(gemeente, g -> new StringBuilder());
            tekst.append("- ").append(uitvoering.getBusinessKey()).append(" ").append(v.getOrDefault(VAR_TITEL, ""))
                    .append(" (uitvoerder: ").append(v.getOrDefault(VAR_UITVOERINGSGROEP, "nog niet georganiseerd"))
                    .append(uitvoering.getEndTime() == null ? ", loopt" : ", afgerond").append(")\n");
            if (v.get(VAR_RAPPORTAGES) instanceof SpinJsonNode rapportages && !rapportages.elements().isEmpty()) {
                for (String regel : Voortgangsrapportages.overzicht(rapportages).split("\n")) {
                    tekst.append("  ").append(regel).append("\n");
                }
            }
            else {
                tekst.append("  Nog geen voortgangsrapportage.\n");
            }
        }
        StringBuilder overzicht = new StringBuilder();
        perGemeente.forEach((gemeente, tekst) -> overzicht.append(gemeenten.naam(gemeente)).append(":\n")
                .append(tekst.isEmpty() ? "- geen uitvoering binnen deze ambitie\n" : tekst).append("\n"));
        return overzicht.toString().strip();
    }
}
