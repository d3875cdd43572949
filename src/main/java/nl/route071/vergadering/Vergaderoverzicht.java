package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.route071.directory.Regiocommissies;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The meetings as the pages, the open-data export and the calendar feed read them: from the history of the process
 * {@code vergadering} (running and ended), one query for the instances and one for their variables.
 */
@Service
public class Vergaderoverzicht {

    /** One meeting as published: what was planned, the agenda, attendance, outcomes and besluitenlijst so far. */
    public record Vergadering(String sleutel, String regiocommissie, String regiocommissieNaam, String soort, String soortNaam,
            LocalDateTime aanvang, String locatie, String status, List<Map<String, Object>> agenda, List<Map<String, Object>> aanwezigheid,
            List<Map<String, Object>> besluiten, String besluitenlijstVastgesteld, String terInzageSinds, int aantalPunten) {

        public String aanvangTekst() {
            return Vergaderregels.tekst(aanvang);
        }

        public boolean afgelast() {
            return "afgelast".equals(status);
        }

        public long aantalAanwezig() {
            return aanwezigheid.stream().filter(r -> Boolean.TRUE.equals(r.get("aanwezig"))).count();
        }
    }

    private static final List<String> NAMEN = List.of(VAR_REGIOCOMMISSIE, "regiocommissieNaam", VAR_SOORT, "soortVergaderingNaam",
            VAR_AANVANG, VAR_LOCATIE, VAR_AGENDA, VAR_AANWEZIGHEID, VAR_BEHANDELING, VAR_BESLUITEN, VAR_BESLUITENLIJST_VASTGESTELD,
            VAR_TER_INZAGE_SINDS);

    /** The overview page shows the latest meetings of each regiocommissie, at most this many (a bounded read). */
    public static final int PER_REGIOCOMMISSIE = 40;

    /**
     * What the overview page reads of each meeting: plain values only, no Json (agenda, attendance, outcomes), which
     * Spin would parse for every meeting; the number of items is {@code aantalAgendapunten}, written at adoption.
     */
    private static final List<String> OVERZICHT = java.util.stream.Stream.concat(NAMEN.stream()
            .filter(n -> !List.of(VAR_AANWEZIGHEID, VAR_AGENDA, VAR_BEHANDELING, VAR_BESLUITEN).contains(n)),
            java.util.stream.Stream.of(VAR_AANTAL_AGENDAPUNTEN, VAR_VERLOOP)).toList();

    private final HistoryService historyService;
    private final Regiocommissies regiocommissies;

    Vergaderoverzicht(@Lazy HistoryService historyService, Regiocommissies regiocommissies) {
        this.historyService = historyService;
        this.regiocommissies = regiocommissies;
    }

    /**
     * The overview page: of each regiocommissie (or the one chosen) its {@value #PER_REGIOCOMMISSIE} latest meetings, by
     * the business key {@code VG-<regiocommissie>-<yyyyMMdd-HHmm>} (history query ordered by business key, one per
     * regiocommissie), newest first. Bounded however many meetings the years bring; the feed and the export read all.
     */
    public List<Vergadering> recent(Optional<String> regiocommissie) {
        List<String> ids = regiocommissie.map(List::of)
                .orElseGet(() -> regiocommissies.alle().stream().map(Regiocommissies.Regiocommissie::id).toList());
        List<HistoricProcessInstance> instanties = new ArrayList<>();
        for (String id : ids) {
            instanties.addAll(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKeyLike("VG-" + id.replaceFirst("^regiocommissie-", "") + "-%")
                    .orderByProcessInstanceBusinessKey().desc().listPage(0, PER_REGIOCOMMISSIE));
        }
        return lees(instanties, OVERZICHT).stream().filter(v -> v.aanvang() != null)
                .filter(v -> regiocommissie.isEmpty() || regiocommissie.get().equals(v.regiocommissie()))
                .sorted(Comparator.comparing(Vergadering::aanvang).reversed()).toList();
    }

    /** Every meeting, optionally of one regiocommissie, newest first. */
    public List<Vergadering> vergaderingen(Optional<String> regiocommissie) {
        List<HistoricProcessInstance> instanties = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID).list();
        return lees(instanties, NAMEN).stream().filter(v -> v.aanvang() != null)
                .filter(v -> regiocommissie.isEmpty() || regiocommissie.get().equals(v.regiocommissie()))
                .sorted(Comparator.comparing(Vergadering::aanvang).reversed()).toList();
    }

    public Optional<Vergadering> vergadering(String sleutel) {
        List<HistoricProcessInstance> instanties = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(sleutel).list();
        // a cancelled meeting and the one planned again at the same moment share the key: the latest planned counts
        List<HistoricProcessInstance> laatste = instanties.stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime)).map(List::of).orElse(List.of());
        return lees(laatste, NAMEN).stream().findFirst();
    }

    /** A meeting adopted before {@code aantalAgendapunten} was written: its number of items from the agenda itself. */
    private int aantalUitAgenda(String instantie) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).variableName(VAR_AGENDA).list().stream()
                .findFirst().map(h -> Json.rijen(h.getValue(), "agenda").size()).orElse(0);
    }

    private List<Vergadering> lees(List<HistoricProcessInstance> instanties, List<String> namen) {
        if (instanties.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> waarden = new HashMap<>();
        List<String> ids = instanties.stream().map(HistoricProcessInstance::getId).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids.subList(i, Math.min(ids.size(), i + 500)).toArray(String[]::new))
                    .variableNameIn(namen.toArray(String[]::new)).list()) {
                waarden.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        List<Vergadering> uit = new ArrayList<>();
        for (HistoricProcessInstance pi : instanties) {
            Map<String, Object> v = waarden.getOrDefault(pi.getId(), Map.of());
            if (!(v.get(VAR_AANVANG) instanceof String aanvang)) {
                continue;
            }
            boolean behandeld = v.get(VAR_BEHANDELING) != null || "gehouden".equals(v.get(VAR_VERLOOP));
            List<Map<String, Object>> besluiten = Json.rijen(v.get(VAR_BESLUITEN), "besluiten");
            String status;
            if (END_AFGELAST.equals(pi.getEndActivityId())) {
                status = "afgelast";
            }
            else if (v.get(VAR_BESLUITENLIJST_VASTGESTELD) != null) {
                status = "besluitenlijst vastgesteld";
            }
            else if (behandeld) {
                status = "gehouden";
            }
            else if (v.get(VAR_AGENDA) != null || v.get(VAR_TER_INZAGE_SINDS) != null) {
                status = "opgeroepen";
            }
            else if (pi.getEndTime() != null) {
                status = "beëindigd";
            }
            else {
                status = "gepland";
            }
            List<Map<String, Object>> agenda = Json.rijen(v.get(VAR_BEHANDELING) != null ? v.get(VAR_BEHANDELING) : v.get(VAR_AGENDA), "agenda");
            int aantal = v.get(VAR_AANTAL_AGENDAPUNTEN) instanceof Number n ? n.intValue()
                    : agenda.isEmpty() && v.get(VAR_TER_INZAGE_SINDS) != null && !namen.contains(VAR_AGENDA) ? aantalUitAgenda(pi.getId()) : agenda.size();
            uit.add(new Vergadering(pi.getBusinessKey(), (String) v.get(VAR_REGIOCOMMISSIE), (String) v.get("regiocommissieNaam"),
                    (String) v.get(VAR_SOORT), (String) v.get("soortVergaderingNaam"), LocalDateTime.parse(aanvang), (String) v.get(VAR_LOCATIE),
                    status, agenda, Json.rijen(v.get(VAR_AANWEZIGHEID), "aanwezigheid"),
                    v.get(VAR_BESLUITENLIJST_VASTGESTELD) != null ? besluiten : List.of(), (String) v.get(VAR_BESLUITENLIJST_VASTGESTELD),
                    (String) v.get(VAR_TER_INZAGE_SINDS), aantal));
        }
        return uit;
    }
}
