package nl.route071.stemming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.route071.directory.Csv;
import nl.route071.directory.Gemeenten;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports council election results in the format of {@code shared/data/elections.csv}
 * ({@code year,gemeente,partij,stemmen,zetels,source}, optionally {@code status}) into table
 * {@code route071_verkiezingsuitslag}: all or nothing. Every line is checked first; one bad line and nothing is
 * stored, and {@link Afgekeurd} lists every bad line. An election in the file replaces the stored results of that
 * gemeente and date.
 *
 * <p>The election date comes from {@code referentie/verkiezingsdata.csv} (the file only gives the year), the
 * council size from {@code referentie/raadsgrootte.csv} where a source gives it. The status is the file's
 * {@code status} column, else {@code voorlopig} when the source says so.
 */
@Service
public class VerkiezingsuitslagenImport {

    static final String ECHT = "referentie/verkiezingsuitslagen.csv";
    static final String DEMO = "referentie/verkiezingsuitslagen-DEMO-aanvulling.csv";
    static final List<String> KOLOMMEN = List.of("year", "gemeente", "partij", "stemmen", "zetels", "source");

    /** A bad line: its number in the file (1 = the header) and what is wrong, in Dutch. */
    public record Regelfout(String bestand, int regel, String melding) {
    }

    /** What an import stored. */
    public record Resultaat(int lijsten, List<String> verkiezingen, List<String> overgeslagen, List<String> opmerkingen) {
    }

    /** Nothing was imported: every bad line. */
    public static class Afgekeurd extends RuntimeException {

        private final List<Regelfout> fouten;

        Afgekeurd(List<Regelfout> fouten) {
            super("Niets geïmporteerd: " + fouten.size() + " fout(en) in de verkiezingsuitslagen. "
                    + String.join(" ", fouten.stream().map(f -> f.bestand() + " regel " + f.regel() + ": " + f.melding()).toList()));
            this.fouten = List.copyOf(fouten);
        }

        public List<Regelfout> fouten() {
            return fouten;
        }
    }

    /** One list of one election, parsed and checked. */
    record Uitslag(String bestand, int regel, String gemeente, int jaar, LocalDate datum, String lijst, Long stemmen,
            Integer zetels, String bron, String status, boolean demo) {

        String sleutel() {
            return gemeente + "|" + jaar + "|" + lijst.toLowerCase(Locale.ROOT);
        }

        String verkiezing() {
            return gemeente + "|" + datum;
        }
    }

    private record Bekend(int waarde, String bron) {
    }

    private final JdbcTemplate jdbc;
    private final Gemeenten gemeenten;
    /** Election day per year ("*|2026"), or per gemeente where it differs ("leiden|2026", a herindelingsverkiezing). */
    private final Map<String, LocalDate> verkiezingsdata = new TreeMap<>();
    private final Installatiedata installatiedata = Installatiedata.uitReferentie();
    private final Map<String, Bekend> raadsgrootte = new LinkedHashMap<>();

    VerkiezingsuitslagenImport(JdbcTemplate jdbc, Gemeenten gemeenten) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        Csv.readClasspath("referentie/verkiezingsdata.csv").forEach(r -> verkiezingsdata.put(
                (r.getOrDefault("gemeente", "").isBlank() ? "*" : r.get("gemeente").trim()) + "|" + Integer.parseInt(r.get("jaar")),
                LocalDate.parse(r.get("datum"))));
        Csv.readClasspath("referentie/raadsgrootte.csv").forEach(r -> raadsgrootte.put(r.get("gemeente") + "|" + r.get("jaar"),
                new Bekend(Integer.parseInt(r.get("zetels")), r.get("bron"))));
    }

    /**
     * The date of the last municipal election of the gemeente (known in referentie/verkiezingsdata.csv) whose raad is
     * in office on the given date (installed on or before it).
     */
    public java.util.Optional<LocalDate> laatsteVerkiezingVoor(String gemeente, LocalDate datum) {
        return verkiezingsdata.keySet().stream().map(k -> Integer.valueOf(k.substring(k.indexOf('|') + 1))).distinct()
                .map(jaar -> verkiezingsdatum(gemeente, jaar)).filter(java.util.Objects::nonNull)
                .filter(d -> !installatiedata.installatie(gemeente, d).datum().isAfter(datum))
                .max(LocalDate::compareTo);
    }

    /** The election day of that year in the gemeente: its own date (herindeling) or the national one. */
    LocalDate verkiezingsdatum(String gemeente, int jaar) {
        LocalDate eigen = verkiezingsdata.get(gemeente + "|" + jaar);
        return eigen != null ? eigen : verkiezingsdata.get("*|" + jaar);
    }

    /** Imports one uploaded file, replacing the stored results of every election in it. */
    @Transactional
    public Resultaat importeer(String naam, String csv) {
        List<Regelfout> fouten = new ArrayList<>();
        List<Uitslag> uitslagen = statusPerVerkiezing(lees(naam, csv, fouten), heeftStatusKolom(csv));
        controleerZetels(uitslagen, fouten);
        if (!fouten.isEmpty()) {
            throw new Afgekeurd(fouten);
        }
        return slaOp(uitslagen, false);
    }

    /**
     * The reference files at start: the real results, gaps filled from the DEMO supplement (every such number says
     * DEMO). Only elections not stored yet, so results uploaded later are kept.
     */
    @Transactional
    public Resultaat importeerReferentie() {
        List<Regelfout> fouten = new ArrayList<>();
        List<Uitslag> echt = lees(ECHT, classpath(ECHT), fouten);
        List<Uitslag> demo = lees(DEMO, classpath(DEMO), fouten);
        List<Uitslag> samen = statusPerVerkiezing(aanvullen(echt, demo), false);
        controleerZetels(samen, fouten);
        if (!fouten.isEmpty()) {
            throw new Afgekeurd(fouten);
        }
        return slaOp(samen, true);
    }

    private static boolean heeftStatusKolom(String csv) {
        return csv.lines().filter(r -> !r.isBlank() && !r.startsWith("#")).findFirst()
                .map(kop -> Csv.splitLine(kop.replace("\uFEFF", "")).stream().anyMatch(k -> k.trim().equalsIgnoreCase("status")))
                .orElse(false);
    }

    private static String classpath(String pad) {
        try {
            return new String(new ClassPathResource(pad).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + pad, e);
        }
    }

    List<Uitslag> lees(String bestand, String csv, List<Regelfout> fouten) {
        List<Uitslag> uitslagen = new ArrayList<>();
        String[] regels = csv.replace("\uFEFF", "").split("\r?\n", -1);
        List<String> kop = null;
        Map<String, Integer> eerder = new LinkedHashMap<>();
        for (int i = 0; i < regels.length; i++) {
            int nummer = i + 1;
            String regel = regels[i];
            if (regel.isBlank() || regel.startsWith("#")) {
                continue;
            }
            List<String> velden = Csv.splitLine(regel);
            if (kop == null) {
                kop = velden.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
                List<String> ontbrekend = KOLOMMEN.stream().filter(k -> !kopBevat(velden, k)).toList();
                if (!ontbrekend.isEmpty()) {
                    fouten.add(new Regelfout(bestand, nummer, "De kopregel mist de kolom(men) " + String.join(", ", ontbrekend)
                            + "; verwacht: " + String.join(",", KOLOMMEN) + " (en eventueel status)."));
                    return uitslagen;
                }
                continue;
            }
            Map<String, String> rij = new LinkedHashMap<>();
            for (int k = 0; k < kop.size(); k++) {
                rij.put(kop.get(k), k < velden.size() ? velden.get(k).trim() : "");
            }
            Uitslag uitslag = regel(bestand, nummer, rij, velden.size() > kop.size(), fouten);
            if (uitslag != null) {
                Integer dubbel = eerder.putIfAbsent(uitslag.sleutel(), nummer);
                if (dubbel != null) {
                    fouten.add(new Regelfout(bestand, nummer, "De lijst '" + uitslag.lijst() + "' staat dubbel bij "
                            + gemeenten.naam(uitslag.gemeente()) + " " + uitslag.jaar() + " (ook op regel " + dubbel + ")."));
                }
                else {
                    uitslagen.add(uitslag);
                }
            }
        }
        if (kop == null) {
            fouten.add(new Regelfout(bestand, 1, "Het bestand is leeg; verwacht een kopregel " + String.join(",", KOLOMMEN) + "."));
        }
        else if (uitslagen.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Regelfout(bestand, 1, "Het bestand bevat geen uitslagen, alleen een kopregel."));
        }
        return uitslagen;
    }

    private static boolean kopBevat(List<String> kop, String kolom) {
        return kop.stream().anyMatch(k -> k.trim().equalsIgnoreCase(kolom));
    }

    private Uitslag regel(String bestand, int nummer, Map<String, String> rij, boolean teVeelVelden, List<Regelfout> fouten) {
        int voor = fouten.size();
        if (teVeelVelden) {
            fouten.add(new Regelfout(bestand, nummer, "Meer velden dan kolommen; zet een veld met een komma tussen aanhalingstekens."));
        }
        String gemeente = gemeenteId(rij.get("gemeente"));
        if (gemeente == null) {
            fouten.add(new Regelfout(bestand, nummer, "Onbekende gemeente '" + rij.get("gemeente") + "'; kies uit "
                    + String.join(", ", gemeenten.ids().stream().map(gemeenten::naam).toList()) + "."));
        }
        Integer jaar = null;
        LocalDate datum = null;
        try {
            jaar = Integer.valueOf(rij.get("year"));
            datum = gemeente == null ? null : verkiezingsdatum(gemeente, jaar);
            if (datum == null && gemeente != null) {
                fouten.add(new Regelfout(bestand, nummer, "Geen gemeenteraadsverkiezing bekend in het jaar " + jaar
                        + " (bekend: " + verkiezingsdata.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).distinct().toList()
                        + ", zie referentie/verkiezingsdata.csv)."));
            }
        }
        catch (NumberFormatException e) {
            fouten.add(new Regelfout(bestand, nummer, "Het jaar '" + rij.get("year") + "' is geen getal."));
        }
        String lijst = rij.get("partij");
        if (lijst == null || lijst.isBlank()) {
            fouten.add(new Regelfout(bestand, nummer, "De naam van de lijst (partij) ontbreekt."));
        }
        Long stemmen = getal(bestand, nummer, "stemmen", "Het aantal stemmen", rij.get("stemmen"), fouten);
        Long zetels = getal(bestand, nummer, "zetels", "Het aantal zetels", rij.get("zetels"), fouten);
        String bron = rij.get("source");
        if (bron == null || bron.isBlank()) {
            fouten.add(new Regelfout(bestand, nummer, "De bron (source) ontbreekt; elk getal heeft een bron nodig."));
        }
        String status = rij.getOrDefault("status", "");
        if (status.isBlank()) {
            status = bron != null && bron.toLowerCase(Locale.ROOT).contains("voorlopig") ? "voorlopig" : "definitief";
        }
        else if (!List.of("voorlopig", "definitief").contains(status.toLowerCase(Locale.ROOT))) {
            fouten.add(new Regelfout(bestand, nummer, "De status '" + status + "' is geen 'voorlopig' of 'definitief'."));
        }
        if (fouten.size() > voor) {
            return null;
        }
        boolean demo = bron.trim().toUpperCase(Locale.ROOT).startsWith("DEMO");
        return new Uitslag(bestand, nummer, gemeente, jaar, datum, lijst.trim(), stemmen,
                zetels == null ? null : zetels.intValue(), bron.trim(), status.toLowerCase(Locale.ROOT), demo);
    }

    private static Long getal(String bestand, int nummer, String kolom, String wat, String waarde, List<Regelfout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            long getal = Long.parseLong(waarde.trim());
            if (getal < 0) {
                fouten.add(new Regelfout(bestand, nummer, wat + " (" + kolom + ") is negatief: " + waarde + "."));
                return null;
            }
            if (kolom.equals("zetels") && getal > 45) {
                fouten.add(new Regelfout(bestand, nummer, wat + " (" + kolom + ") is groter dan de grootste gemeenteraad (45): " + waarde + "."));
                return null;
            }
            return getal;
        }
        catch (NumberFormatException e) {
            fouten.add(new Regelfout(bestand, nummer, wat + " (" + kolom + ") is geen geheel getal: '" + waarde + "'."));
            return null;
        }
    }

    private String gemeenteId(String naam) {
        if (naam == null) {
            return null;
        }
        String gezocht = naam.trim().toLowerCase(Locale.ROOT);
        return gemeenten.ids().stream()
                .filter(id -> id.equals(gezocht) || gemeenten.naam(id).toLowerCase(Locale.ROOT).equals(gezocht))
                .findFirst().orElse(null);
    }

    /** Real results with their gaps (unknown votes, unknown gemeenten) filled from the DEMO supplement. */
    static List<Uitslag> aanvullen(List<Uitslag> echt, List<Uitslag> demo) {
        Map<String, Uitslag> aanvulling = new LinkedHashMap<>();
        demo.forEach(d -> aanvulling.put(d.sleutel(), d));
        List<Uitslag> samen = new ArrayList<>();
        for (Uitslag e : echt) {
            Uitslag d = aanvulling.remove(e.sleutel());
            if (e.stemmen() == null && d != null && d.stemmen() != null) {
                samen.add(new Uitslag(e.bestand(), e.regel(), e.gemeente(), e.jaar(), e.datum(), e.lijst(), d.stemmen(),
                        e.zetels() != null ? e.zetels() : d.zetels(), demoBron(d.bron()) + " | zetels: " + e.bron(), e.status(), true));
            }
            else {
                samen.add(e);
            }
        }
        aanvulling.values().forEach(d -> samen.add(new Uitslag(d.bestand(), d.regel(), d.gemeente(), d.jaar(), d.datum(),
                d.lijst(), d.stemmen(), d.zetels(), demoBron(d.bron()), d.status(), true)));
        return samen;
    }

    private static String demoBron(String bron) {
        return bron.toUpperCase(Locale.ROOT).startsWith("DEMO") ? bron : "DEMO: " + bron;
    }

    /**
     * An election's result is provisional as a whole: when a source of one of its lists says so, and the file gives
     * no status column, every list of that election is {@code voorlopig}.
     */
    static List<Uitslag> statusPerVerkiezing(List<Uitslag> uitslagen, boolean statusKolom) {
        if (statusKolom) {
            return uitslagen;
        }
        java.util.Set<String> voorlopig = new java.util.HashSet<>();
        uitslagen.stream().filter(u -> "voorlopig".equals(u.status())).forEach(u -> voorlopig.add(u.verkiezing()));
        return uitslagen.stream().map(u -> voorlopig.contains(u.verkiezing()) && !"voorlopig".equals(u.status())
                ? new Uitslag(u.bestand(), u.regel(), u.gemeente(), u.jaar(), u.datum(), u.lijst(), u.stemmen(), u.zetels(), u.bron(),
                        "voorlopig", u.demo())
                : u).toList();
    }

    /** Where a source gives the council size, the seats of an election must add up to it. */
    void controleerZetels(List<Uitslag> uitslagen, List<Regelfout> fouten) {
        Map<String, List<Uitslag>> perVerkiezing = new LinkedHashMap<>();
        uitslagen.forEach(u -> perVerkiezing.computeIfAbsent(u.verkiezing(), k -> new ArrayList<>()).add(u));
        perVerkiezing.values().forEach(lijsten -> {
            Uitslag eerste = lijsten.get(0);
            Bekend raad = raadsgrootte.get(eerste.gemeente() + "|" + eerste.jaar());
            if (raad == null) {
                return;
            }
            int som = lijsten.stream().map(Uitslag::zetels).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
            long zonder = lijsten.stream().filter(u -> u.zetels() == null).count();
            if (som != raad.waarde() || zonder > 0) {
                String melding = "De zetels van " + gemeenten.naam(eerste.gemeente()) + " " + eerste.jaar() + " tellen op tot " + som
                        + (zonder > 0 ? " (" + zonder + " lijst(en) zonder zetels)" : "") + ", maar de raad heeft " + raad.waarde()
                        + " zetels (referentie/raadsgrootte.csv: " + raad.bron() + ").";
                lijsten.forEach(u -> fouten.add(new Regelfout(u.bestand(), u.regel(), melding)));
            }
        });
        fouten.sort((a, b) -> a.bestand().equals(b.bestand()) ? Integer.compare(a.regel(), b.regel()) : a.bestand().compareTo(b.bestand()));
    }

    private Resultaat slaOp(List<Uitslag> uitslagen, boolean alleenNieuwe) {
        Map<String, List<Uitslag>> perVerkiezing = new LinkedHashMap<>();
        uitslagen.forEach(u -> perVerkiezing.computeIfAbsent(u.verkiezing(), k -> new ArrayList<>()).add(u));
        List<String> opgeslagen = new ArrayList<>();
        List<String> overgeslagen = new ArrayList<>();
        List<String> opmerkingen = new ArrayList<>();
        int lijsten = 0;
        for (List<Uitslag> verkiezing : perVerkiezing.values()) {
            Uitslag eerste = verkiezing.get(0);
            String naam = gemeenten.naam(eerste.gemeente()) + " " + eerste.datum();
            Integer bestaand = jdbc.queryForObject("SELECT COUNT(*) FROM route071_verkiezingsuitslag WHERE gemeente = ? AND verkiezingsdatum = ?",
                    Integer.class, eerste.gemeente(), Date.valueOf(eerste.datum()));
            if (alleenNieuwe && bestaand != null && bestaand > 0) {
                overgeslagen.add(naam);
                continue;
            }
            jdbc.update("DELETE FROM route071_verkiezingsuitslag WHERE gemeente = ? AND verkiezingsdatum = ?",
                    eerste.gemeente(), Date.valueOf(eerste.datum()));
            Bekend raad = raadsgrootte.get(eerste.gemeente() + "|" + eerste.jaar());
            if (raad == null) {
                opmerkingen.add(naam + ": raadsgrootte onbekend, zetels niet gecontroleerd.");
            }
            for (Uitslag u : verkiezing) {
                jdbc.update("INSERT INTO route071_verkiezingsuitslag (gemeente, verkiezingsdatum, lijst, stemmen, zetels, bron, status, demo, raadszetels) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", u.gemeente(), Date.valueOf(u.datum()), u.lijst(), u.stemmen(), u.zetels(),
                        u.bron(), u.status(), u.demo(), raad == null ? null : raad.waarde());
                lijsten++;
            }
            opgeslagen.add(naam);
        }
        return new Resultaat(lijsten, opgeslagen, overgeslagen, opmerkingen);
    }
}
