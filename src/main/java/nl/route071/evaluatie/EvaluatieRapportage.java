package nl.route071.evaluatie;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.route071.directory.Ambities;
import nl.route071.directory.Gemeenten;
import nl.route071.evaluatie.EvaluatieRapport.*;
import nl.route071.historie.Voorstelhistorie;
import nl.route071.historie.Voorstelhistorie.Instantie;
import nl.route071.historie.Voorstelhistorie.Voorstel;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * Computes the evaluation report of the cooperation from history, over the proposals submitted in a
 * period: proposals per ambitie; lead time from the joint advice ({@code adviesdatum}) to the last council
 * decision ({@code besluitdatum}) against the norm of two months; how often each council adopted the
 * advice unchanged; deviations and their reasons; participation in regiocommissie votes; uitvoering.
 */
@Service
public class EvaluatieRapportage {

    /** The norm the lead times are measured against: the term for framework decisions. */
    public static final int NORM_MAANDEN = nl.route071.raad.RaadsbehandelingProcess.TERMIJN_KADERSTELLEND_MAANDEN;

    private final Voorstelhistorie historie;
    private final HistoryService historyService;
    private final Gemeenten gemeenten;
    private final Ambities ambities;

    EvaluatieRapportage(Voorstelhistorie historie, HistoryService historyService, Gemeenten gemeenten, Ambities ambities) {
        this.historie = historie;
        this.historyService = historyService;
        this.gemeenten = gemeenten;
        this.ambities = ambities;
    }

    /** The report over the proposals submitted from {@code van} up to and including {@code tot}. */
    public EvaluatieRapport bereken(String evaluatie, LocalDate van, LocalDate tot) {
        Date begin = Samenwerking.begin(van);
        Date einde = Samenwerking.begin(tot.plusDays(1));
        List<Voorstel> voorstellen = historie.voorstellen(p -> !p.getStartTime().before(begin) && p.getStartTime().before(einde));
        LocalDateTime nu = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        return new EvaluatieRapport(evaluatie, van.toString(), tot.toString(), nu.withNano(0).toString(),
                perAmbitie(voorstellen), doorlooptijd(voorstellen), overname(voorstellen), afwijkingen(voorstellen),
                deelname(voorstellen), uitvoering(voorstellen));
    }

    private List<AmbitieTelling> perAmbitie(List<Voorstel> voorstellen) {
        Map<String, List<Voorstel>> per = voorstellen.stream()
                .collect(Collectors.groupingBy(v -> Objects.requireNonNullElse(v.tekst(VAR_AMBITIE), "onbekend")));
        Map<String, String> namen = ambities.alle();
        List<AmbitieTelling> tellingen = new ArrayList<>();
        per.forEach((ambitie, lijst) -> tellingen.add(new AmbitieTelling(ambitie, namen.getOrDefault(ambitie, ambitie),
                lijst.size(),
                (int) lijst.stream().filter(v -> v.route().lopend()).count(),
                (int) lijst.stream().filter(v -> END_UITGEVOERD.equals(v.route().proces().getEndActivityId())).count(),
                (int) lijst.stream().filter(v -> END_INGETROKKEN.equals(v.route().proces().getEndActivityId())).count())));
        tellingen.sort(Comparator.comparing(AmbitieTelling::ingediend).reversed().thenComparing(AmbitieTelling::ambitie));
        return tellingen;
    }

    private Doorlooptijd doorlooptijd(List<Voorstel> voorstellen) {
        List<Adviesronde> rondes = new ArrayList<>();
        for (Voorstel voorstel : voorstellen) {
            Map<String, List<Instantie>> perAdvies = voorstel.raadsbehandelingen().stream()
                    .filter(r -> r.tekst(VAR_ADVIESDATUM) != null)
                    .collect(Collectors.groupingBy(r -> r.tekst(VAR_ADVIESDATUM), LinkedHashMap::new, Collectors.toList()));
            perAdvies.forEach((adviesdatum, raden) -> {
                if (raden.stream().allMatch(r -> r.tekst("besluitdatum") != null)) {
                    LocalDate advies = LocalDate.parse(adviesdatum);
                    LocalDate laatste = raden.stream().map(r -> LocalDate.parse(r.tekst("besluitdatum")))
                            .max(Comparator.naturalOrder()).orElseThrow();
                    rondes.add(new Adviesronde(voorstel.nummer(), voorstel.tekst(VAR_TITEL), voorstel.tekst(VAR_SOORT_BESLUIT),
                            adviesdatum, laatste.toString(), ChronoUnit.DAYS.between(advies, laatste),
                            !laatste.isAfter(advies.plusMonths(NORM_MAANDEN))));
                }
            });
        }
        rondes.sort(Comparator.comparing(Adviesronde::adviesdatum).thenComparing(Adviesronde::voorstelnummer));
        List<Long> dagen = rondes.stream().map(Adviesronde::dagen).sorted().toList();
        return new Doorlooptijd(rondes, mediaan(dagen), percentiel(dagen, 90),
                (int) rondes.stream().filter(Adviesronde::binnenNorm).count());
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

    private List<Overname> overname(List<Voorstel> voorstellen) {
        List<Overname> lijst = new ArrayList<>();
        for (String gemeente : gemeenten.ids()) {
            List<Instantie> besluiten = voorstellen.stream().flatMap(v -> v.raadsbehandelingen().stream())
                    .filter(r -> gemeente.equals(r.tekst("gemeente")) && r.tekst("raadsbesluit") != null).toList();
            lijst.add(new Overname(gemeente, gemeenten.naam(gemeente), besluiten.size(),
                    (int) besluiten.stream().filter(r -> "conform".equals(r.tekst("raadsbesluit"))).count(),
                    (int) besluiten.stream().filter(r -> Boolean.TRUE.equals(r.waarde("afwijking"))).count()));
        }
        return lijst;
    }

    private List<Afwijking> afwijkingen(List<Voorstel> voorstellen) {
        List<Afwijking> lijst = new ArrayList<>();
        for (Voorstel voorstel : voorstellen) {
            for (Instantie raad : voorstel.raadsbehandelingen()) {
                if (Boolean.TRUE.equals(raad.waarde("afwijking"))) {
                    String gemeente = raad.tekst("gemeente");
                    lijst.add(new Afwijking(voorstel.nummer(), voorstel.tekst(VAR_TITEL), gemeente, gemeenten.naam(gemeente),
                            raad.tekst("raadsbesluit"), raad.tekst("besluitdatum"), raad.tekst("amendementTekst"),
                            raad.tekst("verantwoording")));
                }
            }
        }
        lijst.sort(Comparator.comparing((Afwijking a) -> Objects.requireNonNullElse(a.besluitdatum(), ""))
                .thenComparing(Afwijking::voorstelnummer).thenComparing(Afwijking::gemeente));
        return lijst;
    }

    /**
     * Every recorded vote (each round counts): an update of {@code stemmen} in which every fractie has a
     * vote. A gemeente took part when at least one of its fracties was not {@code afwezig}.
     */
    private List<Deelname> deelname(List<Voorstel> voorstellen) {
        Map<String, int[]> telling = new LinkedHashMap<>();
        gemeenten.ids().forEach(g -> telling.put(g, new int[2]));
        Set<String> ids = voorstellen.stream().map(v -> v.route().id()).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            for (HistoricVariableInstance stemmen : historyService.createHistoricVariableInstanceQuery()
                    .processDefinitionKey(PROCESS_ID).variableName(VAR_STEMMEN).list()) {
                if (!ids.contains(stemmen.getProcessInstanceId())) {
                    continue;
                }
                // per stemming task the last update: what the caller sent is also an update, before the route rebuilt it
                Map<String, SpinJsonNode> perTaak = new LinkedHashMap<>();
                for (HistoricDetail detail : historyService.createHistoricDetailQuery().variableUpdates()
                        .variableInstanceId(stemmen.getId()).orderPartiallyByOccurrence().asc().list()) {
                    if (detail instanceof HistoricVariableUpdate update && update.getValue() instanceof SpinJsonNode lijst
                            && lijst.isArray() && !lijst.elements().isEmpty() && lijst.elements().stream().allMatch(EvaluatieRapportage::heeftStem)) {
                        perTaak.put(update.getActivityInstanceId() != null ? update.getActivityInstanceId() : update.getId(), lijst);
                    }
                }
                for (SpinJsonNode lijst : perTaak.values()) {
                    {
                        Map<String, Boolean> aanwezig = new LinkedHashMap<>();
                        for (SpinJsonNode regel : lijst.elements()) {
                            String gemeente = regel.hasProp("gemeenteId") ? regel.prop("gemeenteId").stringValue() : null;
                            if (gemeente != null) {
                                aanwezig.merge(gemeente, !"afwezig".equals(regel.prop("stem").stringValue()), Boolean::logicalOr);
                            }
                        }
                        aanwezig.forEach((gemeente, ja) -> {
                            int[] t = telling.computeIfAbsent(gemeente, k -> new int[2]);
                            t[0]++;
                            if (ja) {
                                t[1]++;
                            }
                        });
                    }
                }
            }
        }
        List<Deelname> lijst = new ArrayList<>();
        telling.forEach((gemeente, t) -> lijst.add(new Deelname(gemeente, gemeenten.naam(gemeente), t[0], t[1])));
        return lijst;
    }

    private static boolean heeftStem(SpinJsonNode regel) {
        return regel.hasProp("stem") && regel.prop("stem").isString() && !regel.prop("stem").stringValue().isBlank();
    }

    private List<UitvoeringStand> uitvoering(List<Voorstel> voorstellen) {
        List<UitvoeringStand> lijst = new ArrayList<>();
        List<Instantie> alle = voorstellen.stream().flatMap(v -> v.uitvoeringen().stream()).toList();
        for (String gemeente : gemeenten.ids()) {
            List<Instantie> hier = alle.stream().filter(u -> gemeente.equals(u.tekst("gemeente"))).toList();
            HistoricVariableUpdate laatste = null;
            for (Instantie u : hier) {
                for (HistoricDetail detail : historyService.createHistoricDetailQuery().variableUpdates()
                        .processInstanceId(u.id()).list()) {
                    if (detail instanceof HistoricVariableUpdate update && "voortgangsstatus".equals(update.getVariableName())
                            && (laatste == null || !update.getTime().before(laatste.getTime()))) {
                        laatste = update;
                    }
                }
            }
            lijst.add(new UitvoeringStand(gemeente, gemeenten.naam(gemeente),
                    (int) hier.stream().filter(Instantie::lopend).count(),
                    (int) hier.stream().filter(u -> !u.lopend()).count(),
                    laatste == null ? null : (String) laatste.getValue(),
                    laatste == null ? null : LocalDate.ofInstant(laatste.getTime().toInstant(), ZoneId.systemDefault()).toString()));
        }
        return lijst;
    }
}
