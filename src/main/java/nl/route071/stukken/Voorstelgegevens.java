package nl.route071.stukken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.route071.directory.Gemeenten;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What the stukken need to know of a proposal, read from its route's history (as the application, not as the user):
 * whether it exists, its ambitie and participating gemeenten (who may see it, {@link Stuktoegang}), and when it ended
 * (the retention periods count from there).
 */
@Component
class Voorstelgegevens {

    static final String PROCES = "regionaalVoorstel";

    record Voorstel(String nummer, String titel, Stuktoegang.Deelname deelname, Instant einde) {
    }

    private final HistoryService history;
    private final Gemeenten gemeenten;

    Voorstelgegevens(HistoryService history, Gemeenten gemeenten) {
        this.history = history;
        this.gemeenten = gemeenten;
    }

    Optional<Voorstel> voorstel(String voorstelnummer) {
        if (voorstelnummer == null || voorstelnummer.isBlank()) {
            return Optional.empty();
        }
        List<HistoricProcessInstance> instanties = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(voorstelnummer).orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instanties.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instantie = instanties.get(0);
        String ambitie = null;
        String titel = voorstelnummer;
        List<String> deelnemend = List.of();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(instantie.getId())
                .variableNameIn("ambitie", "titel", "deelnemendeGemeenten").list()) {
            if (v.getActivityInstanceId() != null && !v.getActivityInstanceId().equals(instantie.getId())) {
                continue; // a local variable of a sub scope, not the proposal's own
            }
            switch (v.getName()) {
                case "ambitie" -> ambitie = v.getValue() == null ? null : String.valueOf(v.getValue());
                case "titel" -> titel = v.getValue() == null ? voorstelnummer : String.valueOf(v.getValue());
                default -> deelnemend = deelnemend(v.getValue());
            }
        }
        return Optional.of(new Voorstel(voorstelnummer, titel, new Stuktoegang.Deelname(ambitie, deelnemend),
                instantie.getEndTime() == null ? null : instantie.getEndTime().toInstant()));
    }

    private List<String> deelnemend(Object waarde) {
        try {
            return waarde == null ? List.of() : gemeenten.lijst(waarde);
        }
        catch (RuntimeException e) {
            return List.of(); // a proposal refused at its start: no gemeente takes part
        }
    }
}
