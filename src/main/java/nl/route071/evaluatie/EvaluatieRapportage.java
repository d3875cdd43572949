package nl.route071.evaluatie;

import static nl.route071.evaluatie.Rapportgegevens.RAAD;
import static nl.route071.evaluatie.Rapportgegevens.UITVOERING;
import static nl.route071.evaluatie.Rapportgegevens.VOORSTEL;
import static nl.route071.voorstel.RegionaalVoorstelProcess.END_INGETROKKEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.END_UITGEVOERD;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.route071.directory.Ambities;
import nl.route071.directory.Gemeenten;
import nl.route071.evaluatie.EvaluatieRapport.*;
import nl.route071.gedeeld.Klok;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * Computes the evaluation report of the cooperation over the proposals submitted in a period: proposals per ambitie;
 * lead time from the joint advice ({@code adviesdatum}) to the last council decision ({@code besluitdatum}), and
 * whether each council decided within its term ({@code termijndatum} of its raadsbehandeling, set from the DMN
 * {@code termijn}); how often each council adopted the advice unchanged; deviations and their reasons; participation
 * in regiocommissie votes; uitvoering.
 *
 * <p>Bounded reads: it reads the report's own tables, kept as the route goes ({@link Rapportgegevens}), not the
 * engine's history. What is a count is counted in the database (one GROUP BY over the period each: per ambitie, per
 * gemeente for its council and uitvoering, per gemeente's votes); only the rows the report
 * lists or needs, the council treatments (their dates for the advice rounds, and the deviations with their texts),
 * come into Java, in one query per page of {@link #PAGINA} proposals (keyset paging on start time and id).
 */
@Service
public class EvaluatieRapportage {

    /** Proposals per page of listed rows. */
    static final int PAGINA = 5000;

    private static final String PERIODE = "V.definitie = ? and V.start_tijd >= ? and V.start_tijd <= ?";
    /** The raadsbehandelingen (R) or uitvoeringen (U) of the proposals (V) of the period. */
    private static final String RADEN = "route071_rapport_proces V join route071_rapport_proces R on R.voorstelnummer = "
            + "V.voorstelnummer and R.definitie = '" + RAAD + "' where " + PERIODE;
    /** The proposals of one page: after the last of the previous page, up to and including the last of this one. */
    private static final String OP_PAGINA = " and V.start_tijd >= ? and V.start_tijd <= ?"
            + " and (V.start_tijd > ? or (V.start_tijd = ? and V.id > ?)) and (V.start_tijd < ? or (V.start_tijd = ? and V.id <= ?))";

    private final JdbcTemplate jdbc;
    private final Gemeenten gemeenten;
    private final Ambities ambities;
    private final int pagina;

    @Autowired
    EvaluatieRapportage(HistoryService historyService, JdbcTemplate jdbc, Gemeenten gemeenten, Ambities ambities) {
        this(historyService, jdbc, gemeenten, ambities, PAGINA);
    }

    /**
     * With another page size (tests make it small, so that page boundaries fall inside the seeded history). The
     * history service is no longer read (the figures come from {@link Rapportgegevens}); the signature stays.
     */
    EvaluatieRapportage(HistoryService historyService, JdbcTemplate jdbc, Gemeenten gemeenten, Ambities ambities, int pagina) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.ambities = ambities;
        this.pagina = pagina;
    }

    /** The report over the proposals submitted from {@code van} up to and including {@code tot}. */
    public EvaluatieRapport bereken(String evaluatie, LocalDate van, LocalDate tot) {
        Timestamp begin = new Timestamp(Klok.begin(van).getTime());
        Timestamp eind = new Timestamp(Klok.begin(tot.plusDays(1)).getTime() - 1);
        List<Adviesronde> rondes = new ArrayList<>();
        List<Afwijking> afwijkingen = new ArrayList<>();
        Object[] vorige = null;
        while (true) {
            Object[] laatste = laatsteVanPagina(begin, eind, vorige);
            if (laatste == null) {
                break;
            }
            Object[] grenzen = grenzen(begin, vorige, laatste);
            raden(begin, eind, grenzen, rondes, afwijkingen);
            vorige = laatste;
        }
        rondes.sort(Comparator.comparing(Adviesronde::adviesdatum).thenComparing(Adviesronde::voorstelnummer));
        afwijkingen.sort(Comparator.comparing((Afwijking a) -> Objects.requireNonNullElse(a.besluitdatum(), ""))
                .thenComparing(a -> Objects.requireNonNullElse(a.voorstelnummer(), ""))
                .thenComparing(a -> Objects.requireNonNullElse(a.gemeente(), "")));
        List<Long> dagen = rondes.stream().map(Adviesronde::dagen).sorted().toList();
        Doorlooptijd doorlooptijd = new Doorlooptijd(List.copyOf(rondes), mediaan(dagen), percentiel(dagen, 90),
                (int) rondes.stream().filter(Adviesronde::binnenNorm).count());
        Map<String, int[]> overname = new HashMap<>();
        Map<String, int[]> uitvoering = new HashMap<>();
        Map<String, Timestamp> laatsteRapportage = new HashMap<>();
        perGemeente(begin, eind, overname, uitvoering, laatsteRapportage);
        return new EvaluatieRapport(evaluatie, van.toString(), tot.toString(), Klok.nu().withNano(0).toString(),
                perAmbitie(begin, eind), doorlooptijd, overname(overname), List.copyOf(afwijkingen), deelname(begin, eind),
                uitvoering(begin, eind, uitvoering, laatsteRapportage));
    }

    /** Start time and id of the last proposal of the page after {@code vorige} (null: the first page), or null. */
    private Object[] laatsteVanPagina(Timestamp begin, Timestamp eind, Object[] vorige) {
        List<Object> parameters = new ArrayList<>(List.of(VOORSTEL, begin, eind));
        String na = "";
        if (vorige != null) {
            na = " and (V.start_tijd > ? or (V.start_tijd = ? and V.id > ?))";
            parameters.addAll(List.of(vorige[0], vorige[0], vorige[1]));
        }
        List<Object[]> pagina = jdbc.query("select V.start_tijd, V.id from route071_rapport_proces V where " + PERIODE + na
                + " order by V.start_tijd, V.id fetch first " + this.pagina + " rows only",
                (rij, n) -> new Object[] {rij.getTimestamp(1), rij.getString(2)}, parameters.toArray());
        return pagina.isEmpty() ? null : pagina.get(pagina.size() - 1);
    }

    /** The parameters of {@link #OP_PAGINA}: after {@code vorige} (the first page: after the period's begin) to {@code laatste}. */
    private static Object[] grenzen(Timestamp begin, Object[] vorige, Object[] laatste) {
        Object[] van = vorige != null ? vorige : new Object[] {new Timestamp(begin.getTime() - 1), ""};
        // the first two bound the index range scan; the rest cut it at the ids
        return new Object[] {van[0], laatste[0], van[0], van[0], van[1], laatste[0], laatste[0], laatste[1]};
    }

    private static Object[] parameters(Timestamp begin, Timestamp eind, Object[] grenzen) {
        Object[] p = new Object[3 + grenzen.length];
        p[0] = VOORSTEL;
        p[1] = begin;
        p[2] = eind;
        System.arraycopy(grenzen, 0, p, 3, grenzen.length);
        return p;
    }

    /** A council treatment of a proposal on the page: what the advice rounds and the deviations need. */
    private record Raad(String gemeente, String besluitdatum, String termijndatum) {
    }

    /**
     * The council treatments of the page's proposals, one row each (only a deviation brings its texts): the advice
     * rounds in which every council has decided, and the deviations.
     */
    private void raden(Timestamp begin, Timestamp eind, Object[] grenzen, List<Adviesronde> rondes, List<Afwijking> afwijkingen) {
        Map<String, String[]> voorstellen = new HashMap<>();
        Map<String, Map<String, List<Raad>>> perAdvies = new LinkedHashMap<>();
        jdbc.query("select V.id, V.voorstelnummer, V.titel, V.soort_besluit, R.gemeente, R.raadsbesluit, R.afwijking, R.besluitdatum, "
                + "R.adviesdatum, R.termijndatum, case when R.afwijking = 1 then R.amendement_tekst end, "
                + "case when R.afwijking = 1 then R.verantwoording end from " + RADEN + OP_PAGINA, (RowCallbackHandler) rij -> {
                    String voorstel = rij.getString(1);
                    String[] v = voorstellen.computeIfAbsent(voorstel, k -> new String[3]);
                    v[0] = rij.getString(2);
                    v[1] = rij.getString(3);
                    v[2] = rij.getString(4);
                    String gemeente = rij.getString(5);
                    if (rij.getInt(7) == 1) {
                        afwijkingen.add(new Afwijking(v[0], v[1], gemeente, gemeente == null ? null : gemeenten.naam(gemeente),
                                rij.getString(6), rij.getString(8), rij.getString(11), rij.getString(12)));
                    }
                    if (rij.getString(9) != null) {
                        perAdvies.computeIfAbsent(voorstel, k -> new LinkedHashMap<>()).computeIfAbsent(rij.getString(9), k -> new ArrayList<>())
                                .add(new Raad(gemeente, rij.getString(8), rij.getString(10)));
                    }
                }, parameters(begin, eind, grenzen));
        perAdvies.forEach((voorstel, rondesVanVoorstel) -> rondesVanVoorstel.forEach((adviesdatum, raden) -> {
            if (raden.stream().allMatch(r -> r.besluitdatum() != null)) {
                rondes.add(ronde(voorstellen.get(voorstel), adviesdatum, raden));
            }
        }));
    }

    /**
     * An advice round in which every council has decided. In time: every council with a term decided on or before
     * its {@code termijndatum}; a round whose councils have no term has none to exceed.
     */
    private static Adviesronde ronde(String[] voorstel, String adviesdatum, List<Raad> raden) {
        LocalDate laatste = null;
        String termijn = null;
        boolean opTijd = true;
        for (Raad raad : raden) {
            LocalDate besluit = LocalDate.parse(raad.besluitdatum());
            laatste = laatste == null || besluit.isAfter(laatste) ? besluit : laatste;
            if (raad.termijndatum() != null) {
                opTijd &= !besluit.isAfter(LocalDate.parse(raad.termijndatum()));
                termijn = termijn == null || raad.termijndatum().compareTo(termijn) < 0 ? raad.termijndatum() : termijn;
            }
        }
        return new Adviesronde(voorstel[0], voorstel[1], voorstel[2], adviesdatum, laatste.toString(),
                ChronoUnit.DAYS.between(LocalDate.parse(adviesdatum), laatste), opTijd, termijn);
    }

    /** Proposals per ambitie (without one: {@code onbekend}) by where they are now. */
    private List<AmbitieTelling> perAmbitie(Timestamp begin, Timestamp eind) {
        Map<String, int[]> perAmbitie = new HashMap<>();
        jdbc.query("select V.ambitie, count(*), sum(case when V.eind_tijd is null then 1 else 0 end), "
                + "sum(case when V.eindactiviteit = ? then 1 else 0 end), sum(case when V.eindactiviteit = ? then 1 else 0 end) "
                + "from route071_rapport_proces V where " + PERIODE + " group by V.ambitie", (RowCallbackHandler) rij -> {
                    int[] t = perAmbitie.computeIfAbsent(Objects.requireNonNullElse(rij.getString(1), "onbekend"), k -> new int[4]);
                    for (int i = 0; i < 4; i++) {
                        t[i] += rij.getInt(i + 2);
                    }
                }, END_UITGEVOERD, END_INGETROKKEN, VOORSTEL, begin, eind);
        Map<String, String> namen = ambities.alle();
        List<AmbitieTelling> tellingen = new ArrayList<>();
        perAmbitie.forEach((ambitie, t) -> tellingen.add(new AmbitieTelling(ambitie, namen.getOrDefault(ambitie, ambitie),
                t[0], t[1], t[2], t[3])));
        tellingen.sort(Comparator.comparing(AmbitieTelling::ingediend).reversed().thenComparing(AmbitieTelling::ambitie));
        return tellingen;
    }

    /**
     * Per gemeente: its council's decisions (how many {@code conform}, how many deviating), and its uitvoeringen
     * (running, completed, the moment of the latest progress report), in one GROUP BY over the raadsbehandelingen
     * and uitvoeringen of the period's proposals.
     */
    private void perGemeente(Timestamp begin, Timestamp eind, Map<String, int[]> overname, Map<String, int[]> uitvoering,
            Map<String, Timestamp> laatsteRapportage) {
        jdbc.query("select X.definitie, X.gemeente, sum(case when X.raadsbesluit is not null then 1 else 0 end), "
                + "sum(case when X.raadsbesluit = 'conform' then 1 else 0 end), "
                + "sum(case when X.raadsbesluit is not null and X.afwijking = 1 then 1 else 0 end), "
                + "sum(case when X.eind_tijd is null then 1 else 0 end), sum(case when X.eind_tijd is null then 0 else 1 end), "
                + "max(X.voortgang_tijd) from route071_rapport_proces V join route071_rapport_proces X on X.voorstelnummer = "
                + "V.voorstelnummer and X.definitie in ('" + RAAD + "', '" + UITVOERING + "') where " + PERIODE
                + " and X.gemeente is not null group by X.definitie, X.gemeente", (RowCallbackHandler) rij -> {
                    String gemeente = rij.getString(2);
                    if (RAAD.equals(rij.getString(1))) {
                        overname.put(gemeente, new int[] {rij.getInt(3), rij.getInt(4), rij.getInt(5)});
                    }
                    else {
                        uitvoering.put(gemeente, new int[] {rij.getInt(6), rij.getInt(7)});
                        if (rij.getTimestamp(8) != null) {
                            laatsteRapportage.put(gemeente, rij.getTimestamp(8));
                        }
                    }
                }, VOORSTEL, begin, eind);
    }

    private List<Overname> overname(Map<String, int[]> perGemeente) {
        return gemeenten.ids().stream().map(g -> {
            int[] o = perGemeente.getOrDefault(g, new int[3]);
            return new Overname(g, gemeenten.naam(g), o[0], o[1], o[2]);
        }).toList();
    }

    /** Per gemeente: the recorded votes with fracties of it on the list, and in how many one of them voted. */
    private List<Deelname> deelname(Timestamp begin, Timestamp eind) {
        Map<String, int[]> perGemeente = new LinkedHashMap<>();
        gemeenten.ids().forEach(g -> perGemeente.put(g, new int[2]));
        jdbc.query("select S.gemeente, count(*), sum(S.aanwezig) from route071_rapport_proces V join route071_rapport_stemming S "
                + "on S.voorstel = V.id where " + PERIODE + " group by S.gemeente order by S.gemeente", (RowCallbackHandler) rij -> {
                    int[] t = perGemeente.computeIfAbsent(rij.getString(1), k -> new int[2]);
                    t[0] += rij.getInt(2);
                    t[1] += rij.getInt(3);
                }, VOORSTEL, begin, eind);
        List<Deelname> lijst = new ArrayList<>();
        perGemeente.forEach((g, t) -> lijst.add(new Deelname(g, gemeenten.naam(g), t[0], t[1])));
        return lijst;
    }

    /**
     * Per gemeente: uitvoering running and completed, and the latest progress report: its status read from the
     * uitvoering reported at that moment (of two at one moment, one).
     */
    private List<UitvoeringStand> uitvoering(Timestamp begin, Timestamp eind, Map<String, int[]> perGemeente,
            Map<String, Timestamp> laatsteRapportage) {
        return gemeenten.ids().stream().map(g -> {
            int[] t = perGemeente.getOrDefault(g, new int[2]);
            Timestamp tijd = laatsteRapportage.get(g);
            String status = tijd == null ? null : jdbc.query("select U.voortgangsstatus from route071_rapport_proces U "
                    + "where U.definitie = ? and U.gemeente = ? and U.voortgang_tijd = ? and exists (select 1 from "
                    + "route071_rapport_proces V where V.voorstelnummer = U.voorstelnummer and " + PERIODE + ") "
                    + "order by U.id desc fetch first 1 rows only", (rij, n) -> rij.getString(1), UITVOERING, g, tijd, VOORSTEL,
                    begin, eind).stream().findFirst().orElse(null);
            return new UitvoeringStand(g, gemeenten.naam(g), t[0], t[1], status,
                    tijd == null ? null : LocalDate.ofInstant(tijd.toInstant(), ZoneId.systemDefault()).toString());
        }).toList();
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
}
