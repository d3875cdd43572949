package nl.route071.overzicht;

import java.util.ArrayList;
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

    private final HistoryService historyService;

    Voorstelhistorie(HistoryService historyService) {
        this.historyService = historyService;
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
