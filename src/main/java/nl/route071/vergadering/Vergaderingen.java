package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.route071.directory.Gemeenten;
import nl.route071.directory.Regiocommissies;
import nl.route071.gedeeld.Datums;
import nl.route071.gedeeld.Enginecontext;
import nl.route071.gedeeld.Klok;
import nl.route071.stemming.Stemmen;
import nl.route071.vergadering.Vergaderregels.Agendapunt;
import nl.route071.vergadering.Vergaderregels.Behandeling;
import nl.route071.vergadering.Vergaderregels.Presentie;
import nl.route071.vergadering.Vergaderregels.Wachtend;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The meeting's side of the route: which proposals wait for a regiocommissie, the adopted agenda written on the
 * meeting and its proposals, and the meeting's outcomes handed on to each proposal's step (the proposal's own task
 * completed with the meeting's date, through the engine, so the form contract and the route's checks apply). The
 * rules are {@link Vergaderregels}'.
 */
@Service
class Vergaderingen {

    static final String VOORSTEL_PROCESS = "regionaalVoorstel";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final Regiocommissies regiocommissies;
    private final Gemeenten gemeenten;
    private final Vergaderlijst vergaderlijst;

    Vergaderingen(@Lazy RuntimeService runtimeService, @Lazy TaskService taskService, @Lazy HistoryService historyService,
            Regiocommissies regiocommissies, Gemeenten gemeenten, Vergaderlijst vergaderlijst) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.regiocommissies = regiocommissies;
        this.gemeenten = gemeenten;
        this.vergaderlijst = vergaderlijst;
    }

    Regiocommissies.Regiocommissie regiocommissie(VariableScope vergadering) {
        Object id = vergadering.getVariable(VAR_REGIOCOMMISSIE);
        return regiocommissies.van(id instanceof String s ? s : null).orElseThrow(() -> new BadUserRequestException(
                "Onbekende regiocommissie: kies een regiocommissie uit de lijst."));
    }

    static LocalDateTime aanvang(VariableScope vergadering) {
        return LocalDateTime.parse((String) vergadering.getVariable(VAR_AANVANG));
    }

    static Date tijdstip(LocalDateTime t) {
        return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
    }

    /**
     * Runs the meeting's own work on its proposals as the route, not as the user who completes the meeting's task: the
     * regiogriffie may complete the proposals' steps (candidate group) but not read or write their variables directly
     * (see toegang/Autorisaties). Only this class's own, fixed operations run so.
     */
    private static void alsRoute(Runnable werk) {
        Enginecontext.zonderAutorisatie(() -> {
            werk.run();
            return null;
        });
    }

    /** Refuses a second running meeting of the same regiocommissie at the same moment. */
    void controleerUniek(String sleutel, String regiocommissieNaam, LocalDateTime aanvang) {
        long[] aantal = new long[1];
        alsRoute(() -> aantal[0] = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(sleutel).count());
        if (aantal[0] > 0) {
            throw new BadUserRequestException("De vergadering is niet gepland: de " + regiocommissieNaam + " vergadert al op "
                    + Vergaderregels.tekst(aanvang) + ".");
        }
    }

    /** Every proposal waiting at a step of a regiocommissie, by number. */
    Map<String, Wachtend> wachtend() {
        Map<String, Wachtend> uit = new LinkedHashMap<>();
        alsRoute(() -> uit.putAll(wachtendZonderRechten()));
        return uit;
    }

    private Map<String, Wachtend> wachtendZonderRechten() {
        Map<String, Wachtend> uit = new LinkedHashMap<>();
        // keyed on the task ids, whatever process holds them (verantwoording and voortgang live outside regionaalVoorstel)
        List<Task> taken = taskService.createTaskQuery().taskDefinitionKeyIn(Fase.wachttaken().toArray(String[]::new))
                .orderByTaskCreateTime().asc().list();
        for (Task taak : taken) {
            Fase fase = Fase.vanTaak(taak.getTaskDefinitionKey()).orElseThrow();
            // task-local first (a voortgang item is marked on its task), then the task's execution and process
            Map<String, Object> v = taskService.getVariables(taak.getId(), List.of("voorstelnummer", "titel", "ambitie", "gemeente",
                    VOORSTEL_AGENDA_VERGADERING, VOORSTEL_DOORGESCHOVEN_VAN, VOORSTEL_STEMVERGADERING_AANVANG, "stemdatum"));
            String nummer = (String) v.get("voorstelnummer");
            String titel = (String) v.get("titel");
            String executie = null;
            if (fase == Fase.VOORTGANG) {
                String kwartaal = String.valueOf(runtimeService.createProcessInstanceQuery().processInstanceId(taak.getProcessInstanceId())
                        .singleResult().getBusinessKey()).replaceFirst("^VOORTGANG-", "");
                nummer = "voortgang-" + kwartaal + "-" + v.get("ambitie");
                if (uit.containsKey(nummer)) {
                    // one review per quarter is the rule; a second one in the same quarter keeps its own key
                    nummer = nummer + "-" + taak.getProcessInstanceId();
                }
                titel = "Voortgang van de uitvoering, " + kwartaal + ", ambitie " + v.get("ambitie");
                executie = taak.getExecutionId();
            }
            else if (fase.verantwoording() && nummer != null) {
                String gemeente = (String) v.get("gemeente");
                nummer = nummer + "-verantwoording-" + gemeente;
                titel = titel + " – raad van " + gemeenten.naam(gemeente);
            }
            if (nummer == null) {
                continue;
            }
            LocalDateTime vorige = null;
            if (v.get(VOORSTEL_STEMVERGADERING_AANVANG) instanceof String s) {
                vorige = LocalDateTime.parse(s);
            }
            else {
                Optional<LocalDate> dag = Datums.datum(v.get("stemdatum"), "Datum stemming");
                if (dag.isPresent()) {
                    // a vote recorded by hand has a date only: the next day at the earliest
                    vorige = dag.get().atStartOfDay();
                }
            }
            uit.put(nummer, new Wachtend(nummer, taak.getProcessInstanceId(), titel, (String) v.get("ambitie"), fase,
                    (String) v.get(VOORSTEL_AGENDA_VERGADERING), (String) v.get(VOORSTEL_DOORGESCHOVEN_VAN), vorige, executie));
        }
        return uit;
    }

    /**
     * Writes (or with {@code null} removes) a mark of a meeting on an agenda item: on the process instance of a proposal
     * or a raad's verantwoording; on the waiting task itself for a voortgang item, whose process holds one per ambitie.
     */
    private void markeer(String procesinstantie, String executie, Fase fase, String naam, Object waarde) {
        if (fase == Fase.VOORTGANG) {
            Task taak = taskService.createTaskQuery().executionId(executie).taskDefinitionKey(fase.taak).singleResult();
            if (taak != null && waarde == null) {
                taskService.removeVariableLocal(taak.getId(), naam);
            }
            else if (taak != null) {
                taskService.setVariableLocal(taak.getId(), naam, waarde);
            }
            return;
        }
        if (waarde == null) {
            runtimeService.removeVariable(procesinstantie, naam);
        }
        else {
            runtimeService.setVariable(procesinstantie, naam, waarde);
        }
    }

    /** The options of the agenda form: the proposals waiting for this regiocommissie; those carried over first, chosen. */
    void bereidAgendaVoor(VariableScope taak) {
        alsRoute(() -> bereidAgendaVoorIntern(taak));
    }

    private void bereidAgendaVoorIntern(VariableScope taak) {
        Regiocommissies.Regiocommissie rc = regiocommissie(taak);
        List<Wachtend> hier = wachtend().values().stream()
                .filter(w -> rc.ambities().contains(w.ambitie()) && w.agendaVergadering() == null).toList();
        List<Map<String, Object>> opties = new ArrayList<>();
        List<Map<String, Object>> beeldvorming = new ArrayList<>();
        List<String> doorgeschoven = new ArrayList<>();
        for (Wachtend w : hier) {
            opties.add(Map.of("label", w.voorstelnummer() + " " + w.titel() + " – " + w.fase().naam, "value", w.voorstelnummer()));
            if (w.fase() == Fase.BEELDVORMING) {
                beeldvorming.add(Map.of("label", w.voorstelnummer() + " " + w.titel(), "value", w.voorstelnummer()));
            }
            if (w.doorgeschovenVan() != null) {
                doorgeschoven.add(w.voorstelnummer());
            }
        }
        taak.setVariable("wachtendeVoorstellen", Json.waarde(opties));
        taak.setVariable("beeldvormingOpties", Json.waarde(beeldvorming));
        taak.setVariable(VAR_AGENDA_KEUZE, SpinValues.jsonValue(Spin.JSON(doorgeschoven).toString()).create());
        taak.setVariable("doorgeschovenTekst", doorgeschoven.isEmpty() ? "Er zijn geen agendapunten van een afgelaste vergadering."
                : "Doorgeschoven van een afgelaste of verdaagde vergadering (al gekozen): " + String.join(", ", doorgeschoven) + ".");
    }

    /** Adopts the agenda: checks it, writes it on the meeting, marks each proposal, lays the stukken open. */
    void stelAgendaVast(DelegateExecution taak, String vergadering) {
        alsRoute(() -> stelAgendaVastIntern(taak, vergadering));
    }

    private void stelAgendaVastIntern(DelegateExecution taak, String vergadering) {
        Regiocommissies.Regiocommissie rc = regiocommissie(taak);
        LocalDateTime aanvang = aanvang(taak);
        List<Agendapunt> agenda = Vergaderregels.stelVast(Json.teksten(taak.getVariable(VAR_AGENDA_KEUZE), "Agendapunten"),
                Json.teksten(taak.getVariable(VAR_SAMEN_BEHANDELEN), "Beeld- en oordeelsvorming samen"), wachtend(), rc.ambities(),
                rc.naam(), aanvang);
        Vergaderregels.controleerOproepingstermijn(aanvang, (String) taak.getVariable(VAR_SOORT), rc.oproepingstermijnDagen(), Klok.nu());

        StringBuilder tekst = new StringBuilder("Agenda:\n");
        for (Agendapunt p : agenda) {
            tekst.append(p.volgnummer()).append(". ").append(p.voorstelnummer()).append(" ").append(p.titel()).append(" – ")
                    .append(p.fase().naam).append("\n");
            if (p.fase() == Fase.VERANTWOORDING) {
                // put on this agenda: the raad's verantwoording gets this meeting's date (and its mail goes out)
                rond(p.procesinstantie(), null, Fase.VERANTWOORDING.taak, Map.of("vergaderdatumVerantwoording", aanvang.toLocalDate().toString()));
            }
            else if (p.fase() == Fase.VERANTWOORDING_GEAGENDEERD) {
                // carried over: the route moves the date it wrote to this meeting
                runtimeService.setVariable(p.procesinstantie(), "vergaderdatumVerantwoording", aanvang.toLocalDate().toString());
            }
            markeer(p.procesinstantie(), p.executie(), p.fase(), VOORSTEL_AGENDA_VERGADERING, vergadering);
            markeer(p.procesinstantie(), p.executie(), p.fase(), VOORSTEL_DOORGESCHOVEN_VAN, null);
        }
        Agenda vastgesteld = new Agenda(agenda);
        taak.setVariable(VAR_AGENDA, vastgesteld.waarde());
        taak.setVariable(VAR_AANTAL_AGENDAPUNTEN, agenda.size());
        // the meeting form's list of outcomes starts as the agenda's rows
        taak.setVariable(VAR_AGENDAPUNTEN, vastgesteld.waarde());
        taak.setVariable("agendaTekst", tekst.toString().strip());
        String terInzage = Klok.nu().withNano(0).toString();
        taak.setVariable(VAR_TER_INZAGE_SINDS, terInzage);
        vergaderlijst.agendaVastgesteld(taak.getProcessInstanceId(), terInzage, agenda.size());

        Ledenlijst leden = new Ledenlijst(regiocommissies.leden(rc.id(), aanvang.toLocalDate()).stream()
                .map(lid -> new Presentie(lid.id(), lid.naam(), lid.gemeente(), lid.fractie(), false)).toList());
        taak.setVariable(VAR_LEDEN, leden.waarde(gemeenten::naam));
        taak.setVariable(VAR_PRESENTIELIJST, leden.waarde(gemeenten::naam));
    }

    static List<Agendapunt> agenda(VariableScope vergadering) {
        return Agenda.van(vergadering.getVariable(VAR_AGENDA)).punten();
    }

    /** Records the held meeting (attendance list and outcome per item), or nothing more for a cancelled one. */
    void legVergaderingVast(DelegateExecution taak) {
        Object verloop = taak.getVariable(VAR_VERLOOP);
        if ("afgelast".equals(verloop)) {
            vergaderlijst.verloop(taak.getProcessInstanceId(), "afgelast");
            return;
        }
        if (!"gehouden".equals(verloop)) {
            throw new BadUserRequestException("De vergadering is niet vastgelegd: kies of zij is gehouden of afgelast.");
        }
        Regiocommissies.Regiocommissie rc = regiocommissie(taak);
        LocalDateTime aanvang = aanvang(taak);
        if (Klok.nu().isBefore(aanvang)) {
            throw new BadUserRequestException("De vergadering is niet vastgelegd: zij begint pas " + Vergaderregels.tekst(aanvang) + ".");
        }
        List<Presentie> leden = Ledenlijst.van(taak.getVariable(VAR_LEDEN)).leden();
        List<Presentie> presentie = Vergaderregels.presentie(Json.rijen(taak.getVariable(VAR_PRESENTIELIJST), "Presentielijst"), leden,
                id -> regiocommissies.lid(id).flatMap(l -> regiocommissies.van(l.regiocommissie())).map(Regiocommissies.Regiocommissie::naam),
                rc.naam());
        List<Behandeling> behandeling = Vergaderregels.behandeling(Json.rijen(taak.getVariable(VAR_AGENDAPUNTEN), "Uitkomst per agendapunt"),
                agenda(taak));

        taak.setVariable(VAR_AANWEZIGHEID, new Aanwezigheid(presentie).waarde());
        taak.setVariable(VAR_BEHANDELING, new Behandelingen(behandeling).waarde());
        vergaderlijst.verloop(taak.getProcessInstanceId(), "gehouden");
    }

    /**
     * Hands the meeting's outcomes on to its proposals, in agenda order: each proposal's waiting step is completed with
     * this meeting's date (and, for a vote, its attendance list); an adjourned item waits for the next meeting.
     */
    void geefUitkomstenDoor(VariableScope vergadering, String sleutel) {
        alsRoute(() -> geefUitkomstenDoorIntern(vergadering, sleutel));
    }

    private void geefUitkomstenDoorIntern(VariableScope vergadering, String sleutel) {
        LocalDateTime aanvang = aanvang(vergadering);
        String datum = aanvang.toLocalDate().toString();
        Aanwezigheid aanwezigheid = Aanwezigheid.van(vergadering.getVariable(VAR_AANWEZIGHEID));
        for (Behandeling rij : Behandelingen.van(vergadering.getVariable(VAR_BEHANDELING)).punten()) {
            String voorstel = rij.punt().procesinstantie();
            Fase fase = rij.punt().fase();
            String uitkomst = rij.uitkomst();
            String executie = rij.punt().executie();
            markeer(voorstel, executie, fase, VOORSTEL_AGENDA_VERGADERING, null);
            if (fase != Fase.VOORTGANG) {
                voegVergaderingToe(voorstel, sleutel);
            }
            if ("verdaagd".equals(uitkomst)) {
                markeer(voorstel, executie, fase, VOORSTEL_DOORGESCHOVEN_VAN, sleutel);
                continue;
            }
            if ("stemming".equals(uitkomst)) {
                // the stemming reads it (stemming/Presentie) and removes it once the vote is recorded
                runtimeService.setVariable(voorstel, VOORSTEL_AANWEZIGHEID, aanwezigheid.perFractie());
                runtimeService.setVariable(voorstel, VOORSTEL_STEMVERGADERING, sleutel);
                runtimeService.setVariable(voorstel, VOORSTEL_STEMVERGADERING_AANVANG, aanvang.toString());
            }
            switch (fase) {
                case STARTBIJEENKOMST -> rond(voorstel, fase.taak, Map.of("vergaderdatumStart", datum, "inbrengStartbijeenkomst", rij.verslag()));
                case BEELDVORMING -> rond(voorstel, fase.taak, beeldvorming(rij, datum));
                // the oordeelsvorming task exists only after this transaction: ServiceTask_OordeelsvormingDoorgeven
                case BEELD_EN_OORDEELSVORMING -> rond(voorstel, fase.taak, beeldvorming(rij, datum));
                case OORDEELSVORMING -> rond(voorstel, fase.taak, oordeelsvorming(uitkomst, datum));
                case STEMMING -> rond(voorstel, fase.taak, Map.of("vergaderdatumStemming", datum));
                // agendaed at adoption (UserTask_VerantwoordingAgenderen, with this date): recorded now
                case VERANTWOORDING, VERANTWOORDING_GEAGENDEERD -> rond(voorstel, Fase.VERANTWOORDING_GEAGENDEERD.taak,
                        Map.of("verantwoording", rij.verslag()));
                case VOORTGANG -> rond(voorstel, executie, fase.taak, Map.of("besprekingRegiocommissie", rij.verslag(),
                        "vergaderdatumRegiocommissie", datum));
            }
        }
    }

    /** The oordeelsvorming of the items with beeld- and oordeelsvorming in this one meeting (a transaction later). */
    void geefOordeelsvormingDoor(VariableScope vergadering) {
        alsRoute(() -> {
            String datum = aanvang(vergadering).toLocalDate().toString();
            for (Behandeling rij : Behandelingen.van(vergadering.getVariable(VAR_BEHANDELING)).punten()) {
                if (rij.punt().fase() == Fase.BEELD_EN_OORDEELSVORMING && !"verdaagd".equals(rij.uitkomst())) {
                    rond(rij.punt().procesinstantie(), Fase.OORDEELSVORMING.taak, oordeelsvorming(rij.uitkomst(), datum));
                }
            }
        });
    }

    private static Map<String, Object> beeldvorming(Behandeling rij, String datum) {
        Map<String, Object> v = new HashMap<>();
        v.put("vergaderdatumBeeldvorming", datum);
        v.put("toelichterBestuurlijk", rij.toelichterBestuurlijk());
        v.put("toelichterMaatschappelijk", rij.toelichterMaatschappelijk());
        if (rij.verslag() != null) {
            v.put("verslagBeeldvorming", rij.verslag());
        }
        return v;
    }

    private static Map<String, Object> oordeelsvorming(String uitkomst, String datum) {
        return Map.of("vergaderdatumOordeelsvorming", datum, "consensus", "consensus".equals(uitkomst));
    }

    private void voegVergaderingToe(String voorstel, String sleutel) {
        Object eerder = runtimeService.getVariable(voorstel, VOORSTEL_VERGADERINGEN);
        List<String> lijst = new ArrayList<>(eerder == null ? List.of() : Json.teksten(eerder, VOORSTEL_VERGADERINGEN));
        lijst.add(sleutel);
        runtimeService.setVariable(voorstel, VOORSTEL_VERGADERINGEN, SpinValues.jsonValue(Spin.JSON(lijst).toString()).create());
    }

    private void rond(String voorstel, String taakDefinitie, Map<String, Object> variabelen) {
        rond(voorstel, null, taakDefinitie, variabelen);
    }

    /** Completes the waiting task of the item: by its execution when given (a voortgang item), else by its process. */
    private void rond(String voorstel, String executie, String taakDefinitie, Map<String, Object> variabelen) {
        var vraag = taskService.createTaskQuery().taskDefinitionKey(taakDefinitie);
        Task taak = (executie != null ? vraag.executionId(executie) : vraag.processInstanceId(voorstel)).singleResult();
        if (taak == null) {
            throw new ProcessEngineException("Het voorstel (instantie " + voorstel + ") wacht niet meer bij " + taakDefinitie
                    + "; de uitkomst van de vergadering kan niet worden doorgegeven.");
        }
        taskService.complete(taak.getId(), variabelen);
    }

    /** The cancelled meeting's items wait again for the regiocommissie, carried over to the next agenda. */
    void schuifDoor(VariableScope vergadering, String sleutel) {
        alsRoute(() -> schuifDoorIntern(vergadering, sleutel));
    }

    private void schuifDoorIntern(VariableScope vergadering, String sleutel) {
        for (Agendapunt p : agenda(vergadering)) {
            Fase fase = p.fase() == Fase.VERANTWOORDING ? Fase.VERANTWOORDING_GEAGENDEERD : p.fase();
            markeer(p.procesinstantie(), p.executie(), fase, VOORSTEL_AGENDA_VERGADERING, null);
            markeer(p.procesinstantie(), p.executie(), fase, VOORSTEL_DOORGESCHOVEN_VAN, sleutel);
        }
    }

    /**
     * The besluitenlijst: per agenda item its outcome, for a vote the recorded stemuitslag and weighted votes.
     *
     * @param vaststellen true at adoption: every vote of this meeting must then be recorded
     */
    void stelBesluitenlijstOp(DelegateExecution vergadering, String sleutel, boolean vaststellen) {
        alsRoute(() -> stelBesluitenlijstOpIntern(vergadering, sleutel, vaststellen));
    }

    private void stelBesluitenlijstOpIntern(DelegateExecution vergadering, String sleutel, boolean vaststellen) {
        List<Besluiten.Besluit> besluiten = new ArrayList<>();
        List<String> open = new ArrayList<>();
        StringBuilder tekst = new StringBuilder();
        for (Behandeling rij : Behandelingen.van(vergadering.getVariable(VAR_BEHANDELING)).punten()) {
            Agendapunt punt = rij.punt();
            String voorstel = punt.procesinstantie();
            String uitkomst = rij.uitkomst();
            Besluiten.Stemming stemming = null;
            String zin = switch (uitkomst) {
                case "behandeld" -> "behandeld";
                case "consensus" -> "consensus bereikt: positief advies";
                case "verdaagd" -> "verdaagd naar de volgende vergadering";
                default -> null;
            };
            if ("stemming".equals(uitkomst)) {
                // the attendance list stays on the proposal until its vote is recorded and its outcome determined, in one
                // transaction after the stemming task's save point (stemming/StemuitslagVastgelegdListener; a variable:
                // also seen in this transaction)
                boolean nogOpen = sleutel.equals(runtimeService.getVariable(voorstel, VOORSTEL_STEMVERGADERING))
                        && runtimeService.getVariable(voorstel, VOORSTEL_AANWEZIGHEID) != null;
                if (nogOpen) {
                    open.add(punt.voorstelnummer());
                    zin = "gestemd; de stemming is nog niet vastgelegd";
                }
                else {
                    Object uitslag = laatste(voorstel, "stemuitslag");
                    Stemmen.Gewogen gewogen = gewogen(laatste(voorstel, "stemmen"));
                    stemming = new Besluiten.Stemming(uitslag == null ? null : String.valueOf(uitslag), gewogen.voor(), gewogen.tegen(),
                            gewogen.onthouding());
                    zin = "gestemd: " + uitslag + " (gewogen stemmen voor " + gewogen.voor() + ", tegen " + gewogen.tegen() + ", onthouding "
                            + gewogen.onthouding() + ")";
                }
            }
            besluiten.add(new Besluiten.Besluit(punt.volgnummer(), punt.voorstelnummer(), voorstelVan(punt.voorstelnummer(), punt.fase()),
                    punt.titel(), punt.fase().id, uitkomst, stemming, zin));
            tekst.append(punt.volgnummer()).append(". ").append(punt.voorstelnummer()).append(" ").append(punt.titel())
                    .append(" (").append(rij.faseNaam()).append("): ").append(zin).append("\n");
        }
        if (vaststellen && !open.isEmpty()) {
            throw new BadUserRequestException("De besluitenlijst is niet vastgesteld: de stemming over " + String.join(", ", open)
                    + " is nog niet vastgelegd (taak 'Stemming vastleggen').");
        }
        vergadering.setVariable(VAR_BESLUITEN, new Besluiten(besluiten).waarde());
        vergadering.setVariable(VAR_BESLUITENLIJST, tekst.toString().strip());
        if (vaststellen) {
            String moment = Klok.nu().withNano(0).toString();
            vergadering.setVariable(VAR_BESLUITENLIJST_VASTGESTELD, moment);
            vergaderlijst.besluitenlijstVastgesteld(vergadering.getProcessInstanceId(), moment);
        }
    }

    /** The proposal an agenda item belongs to: its own number, a verantwoording's proposal, none for a voortgang item. */
    static String voorstelVan(String sleutel, Fase fase) {
        if (fase == Fase.VOORTGANG) {
            return null;
        }
        int i = sleutel.indexOf("-verantwoording-");
        return fase.verantwoording() && i > 0 ? sleutel.substring(0, i) : sleutel;
    }

    private Object laatste(String procesinstantie, String naam) {
        List<HistoricVariableInstance> v = historyService.createHistoricVariableInstanceQuery().processInstanceId(procesinstantie)
                .variableName(naam).list();
        return v.stream().max(Comparator.comparing(h -> h.getCreateTime())).map(HistoricVariableInstance::getValue).orElse(null);
    }

    /** Weighted voor, tegen, onthouding of a recorded vote, as the DMN gives them ({@link Stemmen#gewogen()}). */
    static Stemmen.Gewogen gewogen(Object stemmen) {
        return Stemmen.van(stemmen).map(Stemmen::gewogen).orElse(Stemmen.Gewogen.GEEN);
    }
}
