package nl.route071.evaluatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.route071.historie.Voorstelhistorie;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.stemming.Stemmen;
import nl.route071.uitvoering.UitvoeringProcess;
import nl.route071.voorstel.RegionaalVoorstelProcess;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the evaluation report's figures as the route goes: a history event handler beside the engine's own (installed
 * by this plugin), writing in the engine's transaction to {@code route071_rapport_proces} (per instance of the route,
 * its raadsbehandelingen and uitvoeringen: start, end and the process-level variables the report uses) and
 * {@code route071_rapport_stemming} (per recorded vote and gemeente: present or not). See V5__rapportgegevens.sql;
 * {@code databasemigratie/RapportgegevensAanvullen} (migration 6) fills them from the history that existed before.
 *
 * <p>Why: read from the engine's history the report needed the variables of about seven process instances and the
 * vote JSON (some 9 KB a vote) per proposal; at 100,000 proposals that is minutes (docs/benchmark.md).
 */
@Component
public class Rapportgegevens extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    public static final String VOORSTEL = RegionaalVoorstelProcess.PROCESS_ID;
    public static final String RAAD = RaadsbehandelingProcess.PROCESS_ID;
    public static final String UITVOERING = UitvoeringProcess.PROCESS_ID;
    public static final Set<String> DEFINITIES = Set.of(VOORSTEL, RAAD, UITVOERING);
    public static final String VAR_VOORTGANGSSTATUS = "voortgangsstatus";
    /** The one column that keeps a boolean variable (1 true, 0 false); every other keeps non-blank text. */
    public static final String AFWIJKING = "afwijking";

    /** Per column: the process-level variable it keeps, and the process definitions whose instances have it. */
    public record Kolom(String naam, String variabele, Set<String> definities) {
    }

    public static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("ambitie", RegionaalVoorstelProcess.VAR_AMBITIE, Set.of(VOORSTEL)),
            new Kolom("titel", RegionaalVoorstelProcess.VAR_TITEL, Set.of(VOORSTEL)),
            new Kolom("soort_besluit", RegionaalVoorstelProcess.VAR_SOORT_BESLUIT, Set.of(VOORSTEL)),
            new Kolom("gemeente", RaadsbehandelingProcess.VAR_GEMEENTE, Set.of(RAAD, UITVOERING)),
            new Kolom("raadsbesluit", RaadsbehandelingProcess.VAR_RAADSBESLUIT, Set.of(RAAD)),
            new Kolom(AFWIJKING, RaadsbehandelingProcess.VAR_AFWIJKING, Set.of(RAAD)),
            new Kolom("besluitdatum", "besluitdatum", Set.of(RAAD)),
            new Kolom("adviesdatum", RegionaalVoorstelProcess.VAR_ADVIESDATUM, Set.of(RAAD)),
            new Kolom("termijndatum", "termijndatum", Set.of(RAAD)),
            new Kolom("amendement_tekst", "amendementTekst", Set.of(RAAD)),
            new Kolom("verantwoording", "verantwoording", Set.of(RAAD)));

    private final JdbcTemplate jdbc;

    Rapportgegevens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuratie.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuratie.getCustomHistoryEventHandlers());
        }
        handlers.add(this);
        configuratie.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event.getProcessInstanceId() == null || !DEFINITIES.contains(event.getProcessDefinitionKey())) {
            return;
        }
        if (event instanceof HistoricProcessInstanceEventEntity instantie) {
            instantie(instantie);
        }
        else if (event instanceof HistoricVariableUpdateEventEntity variabele) {
            variabele(variabele);
        }
    }

    private void instantie(HistoricProcessInstanceEventEntity p) {
        rij(p.getProcessInstanceId(), p.getProcessDefinitionKey());
        List<String> kolommen = new ArrayList<>();
        List<Object> waarden = new ArrayList<>();
        if (p.getBusinessKey() != null) {
            kolommen.add("voorstelnummer = ?");
            waarden.add(p.getBusinessKey());
        }
        if (p.getStartTime() != null) {
            kolommen.add("start_tijd = ?");
            waarden.add(new java.sql.Timestamp(p.getStartTime().getTime()));
        }
        if (p.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
            kolommen.add("eind_tijd = ?");
            waarden.add(p.getEndTime() == null ? null : new java.sql.Timestamp(p.getEndTime().getTime()));
            kolommen.add("eindactiviteit = ?");
            waarden.add(VOORSTEL.equals(p.getProcessDefinitionKey()) ? Voorstelhistorie.eindeVanDeRoute(
                    Context.getProcessEngineConfiguration().getHistoryService(), p.getProcessInstanceId(), p.getEndActivityId())
                    : p.getEndActivityId());
        }
        if (!kolommen.isEmpty()) {
            waarden.add(p.getProcessInstanceId());
            jdbc.update("update route071_rapport_proces set " + String.join(", ", kolommen) + " where id = ?", waarden.toArray());
        }
    }

    private void variabele(HistoricVariableUpdateEventEntity v) {
        String instantie = v.getProcessInstanceId();
        String definitie = v.getProcessDefinitionKey();
        if (v.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE)) {
            return;     // a migration moves the instance to another version; its values stay
        }
        boolean weg = v.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE);
        if (instantie.equals(v.getExecutionId())) {
            for (Kolom kolom : KOLOMMEN) {
                if (kolom.variabele().equals(v.getVariableName()) && kolom.definities().contains(definitie)) {
                    rij(instantie, definitie);
                    jdbc.update("update route071_rapport_proces set " + kolom.naam() + " = ? where id = ?",
                            weg ? null : waarde(kolom, v), instantie);
                }
            }
        }
        if (weg) {
            return;
        }
        if (UITVOERING.equals(definitie) && VAR_VOORTGANGSSTATUS.equals(v.getVariableName()) && v.getTimestamp() != null) {
            rij(instantie, definitie);
            java.sql.Timestamp tijd = new java.sql.Timestamp(v.getTimestamp().getTime());
            jdbc.update("update route071_rapport_proces set voortgang_tijd = ?, voortgangsstatus = ? where id = ? "
                    + "and (voortgang_tijd is null or voortgang_tijd <= ?)", tijd, "string".equals(v.getSerializerName())
                            ? v.getTextValue() : null, instantie, tijd);
        }
        if (VOORSTEL.equals(definitie) && RegionaalVoorstelProcess.VAR_STEMMEN.equals(v.getVariableName())
                && "json".equals(v.getSerializerName())) {
            Map<String, Boolean> aanwezig = deelname(v.getByteValue());
            if (aanwezig != null) {
                stemming(jdbc, sleutel(v.getVariableInstanceId(), v.getActivityInstanceId(), v.getId()), instantie, aanwezig);
            }
        }
    }

    /** The row of the instance, made when it is not there yet (a variable's event may come before the start's). */
    private void rij(String instantie, String definitie) {
        if (jdbc.update("update route071_rapport_proces set definitie = ? where id = ?", definitie, instantie) == 0) {
            jdbc.update("insert into route071_rapport_proces (id, definitie) values (?, ?)", instantie, definitie);
        }
    }

    /** The value of a kept variable as its column keeps it: non-blank text, or 1/0 for the boolean; else null. */
    private static Object waarde(Kolom kolom, HistoricVariableUpdateEventEntity v) {
        if (AFWIJKING.equals(kolom.naam())) {
            return "boolean".equals(v.getSerializerName()) && v.getLongValue() != null ? (v.getLongValue() == 1 ? 1 : 0) : null;
        }
        return "string".equals(v.getSerializerName()) && v.getTextValue() != null && !v.getTextValue().isBlank() ? v.getTextValue() : null;
    }

    /** A stemming task: the variable instance and the activity instance of the update (or the update itself). */
    public static String sleutel(String variabele, String activiteit, String update) {
        return variabele + "/" + (activiteit != null ? activiteit : update);
    }

    /** Replaces what is kept of the stemming with this (complete) vote. */
    static void stemming(JdbcTemplate jdbc, String sleutel, String voorstel, Map<String, Boolean> aanwezig) {
        jdbc.update("delete from route071_rapport_stemming where sleutel = ?", sleutel);
        aanwezig.forEach((gemeente, ja) -> jdbc.update(
                "insert into route071_rapport_stemming (sleutel, voorstel, gemeente, aanwezig) values (?, ?, ?, ?)", sleutel,
                voorstel, gemeente, ja ? 1 : 0));
    }

    /**
     * Per gemeente on a recorded vote ({@code stemmen}): whether at least one of its fracties was not {@code afwezig};
     * null when the list is not a complete vote (not JSON, empty, or a row without a stem: the stemlijst as it is set
     * out before the vote).
     */
    public static Map<String, Boolean> deelname(byte[] json) {
        return Stemmen.van(json).filter(Stemmen::vastgelegd).map(Stemmen::aanwezigPerGemeente).orElse(null);
    }
}
