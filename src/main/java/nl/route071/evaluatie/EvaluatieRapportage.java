package nl.route071.evaluatie;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import nl.route071.directory.Ambities;
import nl.route071.directory.Gemeenten;
import nl.route071.evaluatie.EvaluatieRapport.*;
import nl.route071.gedeeld.Klok;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.uitvoering.UitvoeringProcess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.query.Query;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * Computes the evaluation report of the cooperation from history, over the proposals submitted in a
 * period: proposals per ambitie; lead time from the joint advice ({@code adviesdatum}) to the last council
 * decision ({@code besluitdatum}), and whether each council decided within its term ({@code termijndatum} of its
 * raadsbehandeling, set from the DMN {@code termijn}); how often each council adopted the advice unchanged;
 * deviations and their reasons; participation in regiocommissie votes; uitvoering.
 *
 * <p>Bounded reads: the proposals are read a page at a time ({@link #PAGINA} main instances, by process definition
 * and start time in the database, see {@link #bereken}), and for each page the variables, the council and uitvoering instances and the
 * variable updates it needs are read in a few batched queries ({@code processInstanceIdIn} + {@code variableNameIn};
 * the votes' JSON with one SQL query per group, see {@link #STEMMEN}), never one query per proposal. Only the running totals and the report's own rows stay in memory. Every query asks
 * for at most {@link #LIMIET} results, the engine's query limit for logged-in users.
 */
@Service
public class EvaluatieRapportage {

    /** Main instances per page. */
    static final int PAGINA = 500;
    /** The most results one query asks for: the engine's {@code query-max-results-limit} for logged-in users. */
    static final int LIMIET = 2000;

    static final String VAR_GEMEENTE = RaadsbehandelingProcess.VAR_GEMEENTE;
    static final String VAR_RAADSBESLUIT = RaadsbehandelingProcess.VAR_RAADSBESLUIT;
    static final String VAR_AFWIJKING = RaadsbehandelingProcess.VAR_AFWIJKING;
    static final String VAR_BESLUITDATUM = "besluitdatum";
    static final String VAR_TERMIJNDATUM = "termijndatum";
    static final String VAR_AMENDEMENT_TEKST = "amendementTekst";
    static final String VAR_VERANTWOORDING = "verantwoording";
    static final String VAR_VOORTGANGSSTATUS = "voortgangsstatus";

    /**
     * The JSON updates of a variable of the given process instances, oldest first per variable instance: the columns
     * are Camunda 7's history schema (ACT_HI_DETAIL, ACT_GE_BYTEARRAY), read only.
     */
    static final String STEMMEN = "select D.PROC_INST_ID_, D.VAR_INST_ID_, D.ACT_INST_ID_, D.ID_, B.BYTES_ from ACT_HI_DETAIL D "
            + "join ACT_GE_BYTEARRAY B on B.ID_ = D.BYTEARRAY_ID_ where D.TYPE_ = 'VariableUpdate' and D.VAR_TYPE_ = 'json' "
            + "and D.NAME_ = ? and D.PROC_INST_ID_ in (?) order by D.VAR_INST_ID_, D.SEQUENCE_COUNTER_, D.TIME_";

    private static final String[] ROUTEVARIABELEN = {VAR_AMBITIE, VAR_TITEL, VAR_SOORT_BESLUIT};
    private static final String[] DEELVARIABELEN = {VAR_GEMEENTE, VAR_RAADSBESLUIT, VAR_AFWIJKING, VAR_BESLUITDATUM,
            VAR_ADVIESDATUM, VAR_TERMIJNDATUM, VAR_AMENDEMENT_TEKST, VAR_VERANTWOORDING};

    private final HistoryService historyService;
    private final JdbcTemplate jdbc;
    private final Gemeenten gemeenten;
    private final Ambities ambities;
    private final int pagina;

    @Autowired
    EvaluatieRapportage(HistoryService historyService, JdbcTemplate jdbc, Gemeenten gemeenten, Ambities ambities) {
        this(historyService, jdbc, gemeenten, ambities, PAGINA);
    }

    /** With another page size (tests make it small, so that page boundaries fall inside the seeded history). */
    EvaluatieRapportage(HistoryService historyService, JdbcTemplate jdbc, Gemeenten gemeenten, Ambities ambities, int pagina) {
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.ambities = ambities;
        this.pagina = pagina;
    }

    /**
     * The report over the proposals submitted from {@code van} up to and including {@code tot}. The main instances
     * are read a page at a time in start-time order, each page starting after the last start time of the previous one
     * (keyset paging: every page is a short range scan of the start-time index, however far into the period). The
     * instances that share the last start time of a page are read together, so none is skipped or counted twice.
     */
    public EvaluatieRapport bereken(String evaluatie, LocalDate van, LocalDate tot) {
        Date laatsteMoment = new Date(Klok.begin(tot.plusDays(1)).getTime() - 1);
        Totalen totalen = new Totalen();
        Date vanaf = Klok.begin(van);
        while (!vanaf.after(laatsteMoment)) {
            List<HistoricProcessInstance> routes = routes(vanaf, laatsteMoment, 0);
            if (routes.size() < pagina) {
                if (!routes.isEmpty()) {
                    verwerk(routes, totalen);
                }
                break;
            }
            // the last start time of the page may go on in the next: this page up to it, then every instance at it
            Date grens = routes.get(routes.size() - 1).getStartTime();
            List<HistoricProcessInstance> ervoor = routes.stream().filter(p -> p.getStartTime().before(grens)).toList();
            if (!ervoor.isEmpty()) {
                verwerk(ervoor, totalen);
            }
            for (int eerste = 0;; eerste += pagina) {
                List<HistoricProcessInstance> op = routes(grens, grens, eerste);
                if (!op.isEmpty()) {
                    verwerk(op, totalen);
                }
                if (op.size() < pagina) {
                    break;
                }
            }
            vanaf = new Date(grens.getTime() + 1);   // the engine keeps start times to the millisecond
        }
        return new EvaluatieRapport(evaluatie, van.toString(), tot.toString(), Klok.nu().withNano(0).toString(),
                totalen.perAmbitie(), totalen.doorlooptijd(), totalen.overname(), totalen.afwijkingen(),
                totalen.deelname(), totalen.uitvoering());
    }

    /** At most one page of main instances started from {@code vanaf} up to and including {@code tot}, oldest first. */
    private List<HistoricProcessInstance> routes(Date vanaf, Date tot, int eerste) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .startedAfter(vanaf).startedBefore(tot)
                .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc().listPage(eerste, pagina);
    }

    /** One page of main instances: reads what the report needs of them in batches and adds it to the totals. */
    private void verwerk(List<HistoricProcessInstance> routes, Totalen totalen) {
        List<String> routeIds = routes.stream().map(HistoricProcessInstance::getId).toList();
        Map<String, Map<String, Object>> routeVariabelen = procesvariabelen(routeIds, ROUTEVARIABELEN);

        Map<String, List<HistoricProcessInstance>> raden = new HashMap<>();
        Map<String, List<HistoricProcessInstance>> uitvoeringen = new HashMap<>();
        List<String> nummers = routes.stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull)
                .distinct().toList();
        // a proposal has a raadsbehandeling and an uitvoering per gemeente at most (twice after a new advice)
        inGroepen(nummers, Math.min(pagina, 200), groep -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(groep)
                .processDefinitionKeyIn(RaadsbehandelingProcess.PROCESS_ID, UitvoeringProcess.PROCESS_ID), p -> {
                    Map<String, List<HistoricProcessInstance>> doel =
                            RaadsbehandelingProcess.PROCESS_ID.equals(p.getProcessDefinitionKey()) ? raden : uitvoeringen;
                    doel.computeIfAbsent(p.getBusinessKey(), k -> new ArrayList<>()).add(p);
                });
        Comparator<HistoricProcessInstance> oudsteEerst = Comparator.comparing(HistoricProcessInstance::getStartTime)
                .thenComparing(HistoricProcessInstance::getId);
        raden.values().forEach(l -> l.sort(oudsteEerst));
        uitvoeringen.values().forEach(l -> l.sort(oudsteEerst));
        List<String> deelIds = new ArrayList<>();
        raden.values().forEach(l -> l.forEach(p -> deelIds.add(p.getId())));
        uitvoeringen.values().forEach(l -> l.forEach(p -> deelIds.add(p.getId())));
        Map<String, Map<String, Object>> deelVariabelen = procesvariabelen(deelIds, DEELVARIABELEN);

        for (HistoricProcessInstance route : routes) {
            Map<String, Object> v = routeVariabelen.getOrDefault(route.getId(), Map.of());
            String nummer = route.getBusinessKey();
            List<Map<String, Object>> raadVariabelen = nummer == null ? List.of()
                    : raden.getOrDefault(nummer, List.of()).stream()
                            .map(p -> deelVariabelen.getOrDefault(p.getId(), Map.of())).toList();
            totalen.voorstel(route, v, raadVariabelen);
            if (nummer != null) {
                for (HistoricProcessInstance u : uitvoeringen.getOrDefault(nummer, List.of())) {
                    totalen.uitvoering(u, tekst(deelVariabelen.getOrDefault(u.getId(), Map.of()), VAR_GEMEENTE));
                }
            }
        }
        stemmingen(routeIds, totalen);
        voortgang(uitvoeringen, deelVariabelen, totalen);
    }

    /**
     * Every recorded vote (each round counts): per stemming task the last update of {@code stemmen} in which every
     * fractie has a vote (what the caller sent is also an update, before the route rebuilt it). A gemeente took part
     * when at least one of its fracties was not {@code afwezig}.
     *
     * <p>The updates are read with one SQL query per group of proposals, joined with their JSON in the engine's byte
     * array table ({@link #STEMMEN}): the engine's own detail query fetches the JSON of each update with a query of
     * its own, a query per vote.
     */
    private void stemmingen(List<String> routeIds, Totalen totalen) {
        Map<String, SpinJsonNode> perTaak = new LinkedHashMap<>();
        int grootte = Math.min(pagina, 400);
        for (int i = 0; i < routeIds.size(); i += grootte) {
            List<String> groep = routeIds.subList(i, Math.min(routeIds.size(), i + grootte));
            String sql = STEMMEN.replace("?)", String.join(", ", java.util.Collections.nCopies(groep.size(), "?")) + ")");
            List<Object> parameters = new ArrayList<>(List.of(VAR_STEMMEN));
            parameters.addAll(groep);
            jdbc.query(sql, (RowCallbackHandler) rij -> {
                SpinJsonNode lijst = json(rij.getBytes(5));
                if (lijst != null && lijst.isArray() && !lijst.elements().isEmpty()
                        && lijst.elements().stream().allMatch(EvaluatieRapportage::heeftStem)) {
                    String taak = rij.getString(3) != null ? rij.getString(3) : rij.getString(4);
                    perTaak.put(rij.getString(2) + "/" + taak, lijst);
                }
            }, parameters.toArray());
        }
        for (SpinJsonNode lijst : perTaak.values()) {
            Map<String, Boolean> aanwezig = new LinkedHashMap<>();
            for (SpinJsonNode regel : lijst.elements()) {
                String gemeente = regel.hasProp("gemeenteId") ? regel.prop("gemeenteId").stringValue() : null;
                if (gemeente != null) {
                    aanwezig.merge(gemeente, !"afwezig".equals(regel.prop("stem").stringValue()), Boolean::logicalOr);
                }
            }
            aanwezig.forEach(totalen::stemming);
        }
    }

    /** The JSON of a byte array, or null when there is none or it is not JSON. */
    private static SpinJsonNode json(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return Spin.JSON(new String(bytes, StandardCharsets.UTF_8));
        }
        catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean heeftStem(SpinJsonNode regel) {
        return regel.hasProp("stem") && regel.prop("stem").isString() && !regel.prop("stem").stringValue().isBlank();
    }

    /** The progress reports ({@code voortgangsstatus} updates) of the page's uitvoering instances. */
    private void voortgang(Map<String, List<HistoricProcessInstance>> uitvoeringen, Map<String, Map<String, Object>> variabelen,
            Totalen totalen) {
        List<String> ids = new ArrayList<>();
        uitvoeringen.values().forEach(l -> l.forEach(p -> ids.add(p.getId())));
        inGroepen(ids, Math.min(pagina, 400), groep -> historyService.createHistoricDetailQuery().variableUpdates()
                .processInstanceIdIn(groep).variableNameLike(VAR_VOORTGANGSSTATUS).orderPartiallyByOccurrence().asc(), detail -> {
                    if (detail instanceof HistoricVariableUpdate update && VAR_VOORTGANGSSTATUS.equals(update.getVariableName())) {
                        String gemeente = tekst(variabelen.getOrDefault(update.getProcessInstanceId(), Map.of()), VAR_GEMEENTE);
                        totalen.voortgang(gemeente, update.getTime(), update.getValue() instanceof String s ? s : null);
                    }
                });
    }

    /** The named process-level variables (execution = process instance) of the instances. */
    private Map<String, Map<String, Object>> procesvariabelen(List<String> instanties, String... namen) {
        Map<String, Map<String, Object>> perInstantie = new HashMap<>();
        // half the limit per expected variable: a group seldom has to be asked again in halves
        inGroepen(instanties, Math.max(1, Math.min(pagina, LIMIET / namen.length / 2)),
                groep -> historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(groep).variableNameIn(namen)
                        .disableBinaryFetching(),
                v -> {
                    if (v.getProcessInstanceId() != null && v.getProcessInstanceId().equals(v.getExecutionId())) {
                        perInstantie.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
                    }
                });
        return perInstantie;
    }

    /**
     * Runs the query for the ids in groups of at most {@code grootte}, each group one query of at most
     * {@link #LIMIET} results, in the query's order. A group that fills the limit is asked again in halves; a single
     * id that fills it is read on in pages.
     */
    private static <T> void inGroepen(List<String> ids, int grootte, Function<String[], Query<?, T>> query, Consumer<T> verwerk) {
        Deque<List<String>> groepen = new ArrayDeque<>();
        for (int i = ids.size(); i > 0; i -= grootte) {
            groepen.push(ids.subList(Math.max(0, i - grootte), i));
        }
        while (!groepen.isEmpty()) {
            List<String> groep = groepen.pop();
            String[] waarden = groep.toArray(String[]::new);
            List<T> gevonden = query.apply(waarden).listPage(0, LIMIET);
            if (gevonden.size() == LIMIET && groep.size() > 1) {
                groepen.push(groep.subList(groep.size() / 2, groep.size()));
                groepen.push(groep.subList(0, groep.size() / 2));
                continue;
            }
            gevonden.forEach(verwerk);
            for (int eerste = LIMIET; gevonden.size() == LIMIET; eerste += LIMIET) {
                gevonden = query.apply(waarden).listPage(eerste, LIMIET);
                gevonden.forEach(verwerk);
            }
        }
    }

    static String tekst(Map<String, Object> variabelen, String naam) {
        return variabelen.get(naam) instanceof String s && !s.isBlank() ? s : null;
    }

    static Double mediaan(List<Long> gesorteerd) {
        int n = gesorteerd.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? gesorteerd.get(n / 2) : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    static Long percentiel(List<Long> gesorteerd, int p) {
        if (gesorteerd.isEmpty()) {
            return null;
        }
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(rang, 1) - 1);
    }

    /** The running totals of one report: counts per ambitie and gemeente, and the report's own rows. */
    private final class Totalen {

        private final Map<String, int[]> perAmbitie = new HashMap<>();
        private final List<Adviesronde> rondes = new ArrayList<>();
        private final Map<String, int[]> overname = new HashMap<>();
        private final List<Afwijking> afwijkingen = new ArrayList<>();
        private final Map<String, int[]> deelname = new LinkedHashMap<>();
        private final Map<String, int[]> uitvoering = new HashMap<>();
        private final Map<String, Date> laatsteTijd = new HashMap<>();
        private final Map<String, String> laatsteStatus = new HashMap<>();

        Totalen() {
            gemeenten.ids().forEach(g -> deelname.put(g, new int[2]));
        }

        /** A proposal with its process-level variables and those of its council treatments, oldest first. */
        void voorstel(HistoricProcessInstance route, Map<String, Object> v, List<Map<String, Object>> raden) {
            int[] telling = perAmbitie.computeIfAbsent(Objects.requireNonNullElse(tekst(v, VAR_AMBITIE), "onbekend"), k -> new int[4]);
            telling[0]++;
            if (route.getEndTime() == null) {
                telling[1]++;
            }
            if (END_UITGEVOERD.equals(route.getEndActivityId())) {
                telling[2]++;
            }
            if (END_INGETROKKEN.equals(route.getEndActivityId())) {
                telling[3]++;
            }
            String nummer = route.getBusinessKey();
            Map<String, List<Map<String, Object>>> perAdvies = new LinkedHashMap<>();
            for (Map<String, Object> raad : raden) {
                if (tekst(raad, VAR_ADVIESDATUM) != null) {
                    perAdvies.computeIfAbsent(tekst(raad, VAR_ADVIESDATUM), k -> new ArrayList<>()).add(raad);
                }
                String gemeente = tekst(raad, VAR_GEMEENTE);
                if (gemeente != null && tekst(raad, VAR_RAADSBESLUIT) != null) {
                    int[] o = overname.computeIfAbsent(gemeente, k -> new int[3]);
                    o[0]++;
                    o[1] += "conform".equals(tekst(raad, VAR_RAADSBESLUIT)) ? 1 : 0;
                    o[2] += Boolean.TRUE.equals(raad.get(VAR_AFWIJKING)) ? 1 : 0;
                }
                if (Boolean.TRUE.equals(raad.get(VAR_AFWIJKING))) {
                    afwijkingen.add(new Afwijking(nummer, tekst(v, VAR_TITEL), gemeente, gemeente == null ? null : gemeenten.naam(gemeente),
                            tekst(raad, VAR_RAADSBESLUIT), tekst(raad, VAR_BESLUITDATUM), tekst(raad, VAR_AMENDEMENT_TEKST),
                            tekst(raad, VAR_VERANTWOORDING)));
                }
            }
            perAdvies.forEach((adviesdatum, lijst) -> {
                if (lijst.stream().allMatch(r -> tekst(r, VAR_BESLUITDATUM) != null)) {
                    rondes.add(ronde(nummer, v, adviesdatum, lijst));
                }
            });
        }

        /**
         * An advice round in which every council has decided. In time: every council with a term decided on or before
         * its {@code termijndatum}; a round whose councils have no term has none to exceed.
         */
        private Adviesronde ronde(String nummer, Map<String, Object> v, String adviesdatum, List<Map<String, Object>> raden) {
            LocalDate laatste = null;
            String termijn = null;
            boolean opTijd = true;
            for (Map<String, Object> raad : raden) {
                LocalDate besluit = LocalDate.parse(tekst(raad, VAR_BESLUITDATUM));
                laatste = laatste == null || besluit.isAfter(laatste) ? besluit : laatste;
                String termijndatum = tekst(raad, VAR_TERMIJNDATUM);
                if (termijndatum != null) {
                    opTijd &= !besluit.isAfter(LocalDate.parse(termijndatum));
                    termijn = termijn == null || termijndatum.compareTo(termijn) < 0 ? termijndatum : termijn;
                }
            }
            return new Adviesronde(nummer, tekst(v, VAR_TITEL), tekst(v, VAR_SOORT_BESLUIT), adviesdatum, laatste.toString(),
                    ChronoUnit.DAYS.between(LocalDate.parse(adviesdatum), laatste), opTijd, termijn);
        }

        void stemming(String gemeente, boolean aanwezig) {
            int[] t = deelname.computeIfAbsent(gemeente, k -> new int[2]);
            t[0]++;
            t[1] += aanwezig ? 1 : 0;
        }

        void uitvoering(HistoricProcessInstance u, String gemeente) {
            if (gemeente != null) {
                uitvoering.computeIfAbsent(gemeente, k -> new int[2])[u.getEndTime() == null ? 0 : 1]++;
            }
        }

        /** The latest report per gemeente wins; of two at the same moment, the one read last. */
        void voortgang(String gemeente, Date tijd, String status) {
            if (gemeente != null && tijd != null && (!laatsteTijd.containsKey(gemeente) || !tijd.before(laatsteTijd.get(gemeente)))) {
                laatsteTijd.put(gemeente, tijd);
                laatsteStatus.put(gemeente, status);
            }
        }

        List<AmbitieTelling> perAmbitie() {
            Map<String, String> namen = ambities.alle();
            List<AmbitieTelling> tellingen = new ArrayList<>();
            perAmbitie.forEach((ambitie, t) -> tellingen.add(new AmbitieTelling(ambitie, namen.getOrDefault(ambitie, ambitie),
                    t[0], t[1], t[2], t[3])));
            tellingen.sort(Comparator.comparing(AmbitieTelling::ingediend).reversed().thenComparing(AmbitieTelling::ambitie));
            return tellingen;
        }

        Doorlooptijd doorlooptijd() {
            rondes.sort(Comparator.comparing(Adviesronde::adviesdatum).thenComparing(Adviesronde::voorstelnummer));
            List<Long> dagen = rondes.stream().map(Adviesronde::dagen).sorted().toList();
            return new Doorlooptijd(List.copyOf(rondes), mediaan(dagen), percentiel(dagen, 90),
                    (int) rondes.stream().filter(Adviesronde::binnenNorm).count());
        }

        List<Overname> overname() {
            return gemeenten.ids().stream().map(g -> {
                int[] o = overname.getOrDefault(g, new int[3]);
                return new Overname(g, gemeenten.naam(g), o[0], o[1], o[2]);
            }).toList();
        }

        List<Afwijking> afwijkingen() {
            afwijkingen.sort(Comparator.comparing((Afwijking a) -> Objects.requireNonNullElse(a.besluitdatum(), ""))
                    .thenComparing(a -> Objects.requireNonNullElse(a.voorstelnummer(), ""))
                    .thenComparing(a -> Objects.requireNonNullElse(a.gemeente(), "")));
            return List.copyOf(afwijkingen);
        }

        List<Deelname> deelname() {
            List<Deelname> lijst = new ArrayList<>();
            deelname.forEach((g, t) -> lijst.add(new Deelname(g, gemeenten.naam(g), t[0], t[1])));
            return lijst;
        }

        List<UitvoeringStand> uitvoering() {
            return gemeenten.ids().stream().map(g -> {
                int[] t = uitvoering.getOrDefault(g, new int[2]);
                Date tijd = laatsteTijd.get(g);
                return new UitvoeringStand(g, gemeenten.naam(g), t[0], t[1], laatsteStatus.get(g),
                        tijd == null ? null : LocalDate.ofInstant(tijd.toInstant(), ZoneId.systemDefault()).toString());
            }).toList();
        }
    }
}
