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
            LocalDateTime aanvang, String locatie, String status, List<Vergaderregels.Behandeling> agenda, List<Vergaderregels.Presentie> aanwezigheid,
            List<Besluiten.Besluit> besluiten, String besluitenlijstVastgesteld, String terInzageSinds, int aantalPunten) {

        public String aanvangTekst() {
            return Vergaderregels.tekst(aanvang);
        }

        public boolean afgelast() {
            return "afgelast".equals(status);
        }

        public long aantalAanwezig() {
            return new Aanwezigheid(aanwezigheid).aantalAanwezig();
        }
    }

    private static final List<String> NAMEN = List.of(VAR_REGIOCOMMISSIE, "regiocommissieNaam", VAR_SOORT, "soortVergaderingNaam",
            VAR_AANVANG, VAR_LOCATIE, VAR_AGENDA, VAR_AANWEZIGHEID, VAR_BEHANDELING, VAR_BESLUITEN, VAR_BESLUITENLIJST_VASTGESTELD,
            VAR_TER_INZAGE_SINDS);

    /** The overview page shows the latest meetings of each regiocommissie, at most this many (a bounded read). */
    public static final int PER_REGIOCOMMISSIE = 40;

    private final HistoryService historyService;
    private final Regiocommissies regiocommissies;
    private final Vergaderlijst vergaderlijst;

    Vergaderoverzicht(@Lazy HistoryService historyService, Regiocommissies regiocommissies, Vergaderlijst vergaderlijst) {
        this.historyService = historyService;
        this.regiocommissies = regiocommissies;
        this.vergaderlijst = vergaderlijst;
    }

    /**
     * The overview page: of each regiocommissie (or the one chosen) its {@value #PER_REGIOCOMMISSIE} latest meetings by
     * their start, newest first. Read from the meetings' own list ({@link Vergaderlijst}): one indexed query per
     * regiocommissie, no history query, no Json; bounded however many meetings and proposals the years bring. The feed
     * and the export read all meetings from the history.
     */
    public List<Vergadering> recent(Optional<String> regiocommissie) {
        List<String> ids = regiocommissie.map(List::of)
                .orElseGet(() -> regiocommissies.alle().stream().map(Regiocommissies.Regiocommissie::id).toList());
        List<Vergaderlijst.Rij> rijen = new ArrayList<>();
        for (String id : ids) {
            rijen.addAll(vergaderlijst.laatste(id, PER_REGIOCOMMISSIE));
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        List<Vergadering> uit = new ArrayList<>();
        for (Vergaderlijst.Rij r : rijen) {
            String status = status(r.eindactiviteit(), r.beeindigd(), "gehouden".equals(r.verloop()), r.besluitenlijstVastgesteld() != null,
                    r.terInzageSinds() != null);
            int aantal = r.aantalAgendapunten() != null ? r.aantalAgendapunten() : r.terInzageSinds() != null ? aantalUitAgenda(r.instantie()) : 0;
            uit.add(new Vergadering(r.sleutel(), r.regiocommissie(), r.regiocommissieNaam(), r.soort(), r.soortNaam(), r.aanvang(),
                    r.locatie(), status, List.of(), List.of(), List.of(), r.besluitenlijstVastgesteld(), r.terInzageSinds(), aantal));
        }
        return uit.stream().sorted(Comparator.comparing(Vergadering::aanvang).reversed()).toList();
    }

    /** How far a meeting came, the same for the overview and the meeting's own page. */
    private static String status(String eindactiviteit, boolean beeindigd, boolean behandeld, boolean besluitenlijstVastgesteld,
            boolean opgeroepen) {
        if (END_AFGELAST.equals(eindactiviteit)) {
            return "afgelast";
        }
        if (besluitenlijstVastgesteld) {
            return "besluitenlijst vastgesteld";
        }
        if (behandeld) {
            return "gehouden";
        }
        if (opgeroepen) {
            return "opgeroepen";
        }
        return beeindigd ? "beëindigd" : "gepland";
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
                .findFirst().map(h -> Agenda.van(h.getValue()).punten().size()).orElse(0);
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
            List<Besluiten.Besluit> besluiten = Besluiten.van(v.get(VAR_BESLUITEN)).besluiten();
            String status = status(pi.getEndActivityId(), pi.getEndTime() != null, behandeld, v.get(VAR_BESLUITENLIJST_VASTGESTELD) != null,
                    v.get(VAR_AGENDA) != null || v.get(VAR_TER_INZAGE_SINDS) != null);
            List<Vergaderregels.Behandeling> agenda = v.get(VAR_BEHANDELING) != null ? Behandelingen.van(v.get(VAR_BEHANDELING)).punten()
                    : Agenda.van(v.get(VAR_AGENDA)).punten().stream().map(Vergaderregels.Behandeling::new).toList();
            int aantal = agenda.size();
            uit.add(new Vergadering(pi.getBusinessKey(), (String) v.get(VAR_REGIOCOMMISSIE), (String) v.get("regiocommissieNaam"),
                    (String) v.get(VAR_SOORT), (String) v.get("soortVergaderingNaam"), LocalDateTime.parse(aanvang), (String) v.get(VAR_LOCATIE),
                    status, agenda, Aanwezigheid.van(v.get(VAR_AANWEZIGHEID)).leden(),
                    v.get(VAR_BESLUITENLIJST_VASTGESTELD) != null ? besluiten : List.of(), (String) v.get(VAR_BESLUITENLIJST_VASTGESTELD),
                    (String) v.get(VAR_TER_INZAGE_SINDS), aantal));
        }
        return uit;
    }
}
