package nl.route071.evaluatie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.route071.gedeeld.Klok;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * Keeps the report of an evaluation as it was when it was made: as a JSON attachment of the evaluation's
 * process instance (Camunda history, table ACT_HI_ATTACHMENT, removed with the instance's history).
 * The process keeps only the attachment's id in a variable.
 */
@Component
class Rapportopslag {

    static final String TYPE = "application/vnd.route071.evaluatierapport+json";

    private final TaskService taskService;
    private final HistoryService historyService;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    Rapportopslag(TaskService taskService, HistoryService historyService) {
        this.taskService = taskService;
        this.historyService = historyService;
    }

    static LocalDate vandaag() {
        return Klok.vandaag();
    }

    String bewaar(String processInstanceId, EvaluatieRapport rapport) {
        try {
            byte[] inhoud = json.writeValueAsBytes(rapport);
            Attachment bijlage = taskService.createAttachment(TYPE, null, processInstanceId,
                    rapport.titel() + " " + rapport.tot(), "Berekend uit de historie over " + rapport.van() + " t/m " + rapport.tot(),
                    new ByteArrayInputStream(inhoud));
            return bijlage.getId();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stored report, or empty when there is none with this id or the current user may not see the
     * history of its evaluation (the engine checks no authorization on a process instance's attachments).
     */
    Optional<EvaluatieRapport> lees(String id) {
        Attachment bijlage = taskService.getAttachment(id);
        if (bijlage == null || !TYPE.equals(bijlage.getType()) || bijlage.getProcessInstanceId() == null
                || historyService.createHistoricProcessInstanceQuery().processInstanceId(bijlage.getProcessInstanceId()).count() == 0) {
            return Optional.empty();
        }
        try (InputStream inhoud = taskService.getAttachmentContent(id)) {
            return inhoud == null ? Optional.empty() : Optional.of(json.readValue(inhoud, EvaluatieRapport.class));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
