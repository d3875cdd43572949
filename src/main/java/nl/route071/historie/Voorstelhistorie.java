package nl.route071.historie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import nl.route071.college.CollegebesluitProcess;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.uitvoering.UitvoeringProcess;
import nl.route071.voorstel.RegionaalVoorstelProcess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * Every proposal as history records it: the main route's instance with its variables, and the
 * council, college and uitvoering instances with the same business key. Read with the engine's
 * history queries, so whoever runs them (see {@link Aanmelding#alsGebruiker}) sees what their
 * authorizations allow. Only process-level variables are kept (not the local ones of a step).
 */
@Service
public class Voorstelhistorie {

    /** The most results the engine returns to an authenticated user's query (Camunda's default query limit). */
    static final int MAX_RESULTATEN = 2000;

    private final HistoryService historyService;

    Voorstelhistorie(HistoryService historyService) {
        this.historyService = historyService;
    }

    /**
     * The end a finished route reached as a proposal: its end activity, unless that is the councils' branch
     * ({@code EndEvent_RaadsbehandelingenAfgerond}, which ends after the route when a verantwoording is recorded after
     * the uitvoering or the withdrawal); then the latest other end event it passed. Null when there is none.
     */
    public static String eindeVanDeRoute(HistoryService historyService, String routeId, String eindactiviteit) {
        if (!RegionaalVoorstelProcess.END_RADEN_AFGEROND.equals(eindactiviteit)) {
            return eindactiviteit;
        }
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(routeId).activityType("noneEndEvent")
                .finished().orderByHistoricActivityInstanceEndTime().desc().list().stream()
                .map(a -> a.getActivityId())
                .filter(id -> !RegionaalVoorstelProcess.END_RADEN_AFGEROND.equals(id)
                        && !RegionaalVoorstelProcess.END_OP_ANDERE_RADEN_WACHTEN.equals(id))
                .findFirst().orElse(eindactiviteit);
    }

    /** A process instance of the route with its process-level variables. */
    public record Instantie(HistoricProcessInstance proces, Map<String, Object> variabelen) {

        public String tekst(String naam) {
            return variabelen.get(naam) instanceof String s && !s.isBlank() ? s : null;
        }

        public Object waarde(String naam) {
            return variabelen.get(naam);
        }

        public boolean lopend() {
            return proces.getEndTime() == null;
        }

        public String id() {
            return proces.getId();
        }
    }

    /** A proposal: the main route and the instances it called, each list oldest first. */
    public record Voorstel(Instantie route, List<Instantie> raadsbehandelingen, List<Instantie> collegebesluiten,
            List<Instantie> uitvoeringen) {

        public String nummer() {
            return route.proces().getBusinessKey();
        }

        public String tekst(String naam) {
            return route.tekst(naam);
        }
    }

    /** The proposals whose main instance passes the filter, newest first. */
    public List<Voorstel> voorstellen(Predicate<HistoricProcessInstance> filter) {
        List<HistoricProcessInstance> routes = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RegionaalVoorstelProcess.PROCESS_ID).orderByProcessInstanceStartTime().desc().list()
                .stream().filter(filter).toList();
        if (routes.isEmpty()) {
            return List.of();
        }
        Map<String, Instantie> hoofd = new LinkedHashMap<>();
        Map<String, Map<String, Object>> variabelen = variabelen(RegionaalVoorstelProcess.PROCESS_ID);
        routes.forEach(p -> hoofd.put(p.getId(), new Instantie(p, variabelen.getOrDefault(p.getId(), Map.of()))));
        Map<String, List<Instantie>> raden = deelprocessen(RaadsbehandelingProcess.PROCESS_ID);
        Map<String, List<Instantie>> colleges = deelprocessen(CollegebesluitProcess.PROCESS_ID);
        Map<String, List<Instantie>> uitvoeringen = deelprocessen(UitvoeringProcess.PROCESS_ID);
        List<Voorstel> voorstellen = new ArrayList<>();
        for (Instantie route : hoofd.values()) {
            String nummer = route.proces().getBusinessKey();
            voorstellen.add(new Voorstel(route, raden.getOrDefault(nummer, List.of()),
                    colleges.getOrDefault(nummer, List.of()), uitvoeringen.getOrDefault(nummer, List.of())));
        }
        return voorstellen;
    }

    /** One page of proposals, newest first, and how many there are in all. */
    public record Pagina(List<Voorstel> voorstellen, long totaal) {
    }

    /**
     * The proposals from position {@code eerste} (0 = the newest), at most {@code aantal}: reads only the history of
     * those proposals (their main route, the instances with their numbers, and those instances' process-level
     * variables), so a page costs the same with a hundred proposals or a hundred thousand. Every query stays within
     * the engine's query limit for authenticated users (2000 results).
     */
    public Pagina pagina(int eerste, int aantal) {
        long totaal = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RegionaalVoorstelProcess.PROCESS_ID).count();
        List<HistoricProcessInstance> routes = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RegionaalVoorstelProcess.PROCESS_ID).orderByProcessInstanceStartTime().desc()
                .listPage(eerste, aantal);
        if (routes.isEmpty()) {
            return new Pagina(List.of(), totaal);
        }
        String[] nummers = routes.stream().map(HistoricProcessInstance::getBusinessKey).filter(n -> n != null)
                .distinct().toArray(String[]::new);
        List<HistoricProcessInstance> deelprocessen = new ArrayList<>();
        for (int i = 0; i < nummers.length; i += 100) {
            String[] groep = Arrays.copyOfRange(nummers, i, Math.min(nummers.length, i + 100));
            deelprocessen.addAll(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(groep)
                    .processDefinitionKeyNotIn(List.of(RegionaalVoorstelProcess.PROCESS_ID))
                    .orderByProcessInstanceStartTime().asc().listPage(0, MAX_RESULTATEN));
        }
        List<String> ids = new ArrayList<>();
        routes.forEach(p -> ids.add(p.getId()));
        deelprocessen.forEach(p -> ids.add(p.getId()));
        Map<String, Map<String, Object>> variabelen = procesvariabelen(ids);
        Map<String, Map<String, List<Instantie>>> perProces = new HashMap<>();
        deelprocessen.stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .forEach(p -> perProces.computeIfAbsent(p.getProcessDefinitionKey(), k -> new HashMap<>())
                        .computeIfAbsent(p.getBusinessKey(), k -> new ArrayList<>())
                        .add(new Instantie(p, variabelen.getOrDefault(p.getId(), Map.of()))));
        List<Voorstel> voorstellen = new ArrayList<>();
        for (HistoricProcessInstance route : routes) {
            String nummer = route.getBusinessKey();
            voorstellen.add(new Voorstel(new Instantie(route, variabelen.getOrDefault(route.getId(), Map.of())),
                    van(perProces, RaadsbehandelingProcess.PROCESS_ID, nummer),
                    van(perProces, CollegebesluitProcess.PROCESS_ID, nummer),
                    van(perProces, UitvoeringProcess.PROCESS_ID, nummer)));
        }
        return new Pagina(voorstellen, totaal);
    }

    private static List<Instantie> van(Map<String, Map<String, List<Instantie>>> perProces, String procesId, String nummer) {
        return nummer == null ? List.of() : perProces.getOrDefault(procesId, Map.of()).getOrDefault(nummer, List.of());
    }

    /** The process-level variables (execution = process instance) of the instances, in groups below the query limit. */
    private Map<String, Map<String, Object>> procesvariabelen(List<String> instanties) {
        Map<String, Map<String, Object>> perInstantie = new HashMap<>();
        List<List<String>> groepen = new ArrayList<>();
        for (int i = 0; i < instanties.size(); i += 25) {
            groepen.add(instanties.subList(i, Math.min(instanties.size(), i + 25)));
        }
        while (!groepen.isEmpty()) {
            List<String> groep = groepen.remove(groepen.size() - 1);
            String[] ids = groep.toArray(String[]::new);
            // by process instance (indexed in ACT_HI_VARINST), the process-level ones picked below
            List<HistoricVariableInstance> gevonden = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids).disableBinaryFetching().listPage(0, MAX_RESULTATEN);
            if (gevonden.size() == MAX_RESULTATEN && groep.size() > 1) {
                // perhaps more than one query may return: ask again in halves
                groepen.add(groep.subList(0, groep.size() / 2));
                groepen.add(groep.subList(groep.size() / 2, groep.size()));
                continue;
            }
            for (HistoricVariableInstance v : gevonden) {
                if (v.getProcessInstanceId() != null && v.getProcessInstanceId().equals(v.getExecutionId())) {
                    perInstantie.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
                }
            }
        }
        return perInstantie;
    }

    private Map<String, List<Instantie>> deelprocessen(String procesId) {
        Map<String, Map<String, Object>> variabelen = variabelen(procesId);
        Map<String, List<Instantie>> perNummer = new HashMap<>();
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(procesId)
                .orderByProcessInstanceStartTime().asc().list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .forEach(p -> perNummer.computeIfAbsent(p.getBusinessKey(), k -> new ArrayList<>())
                        .add(new Instantie(p, variabelen.getOrDefault(p.getId(), Map.of()))));
        return perNummer;
    }

    private Map<String, Map<String, Object>> variabelen(String procesId) {
        Map<String, Map<String, Object>> perInstantie = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processDefinitionKey(procesId).disableBinaryFetching().list()) {
            if (v.getProcessInstanceId() != null && v.getProcessInstanceId().equals(v.getExecutionId())) {
                perInstantie.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return perInstantie;
    }
}
