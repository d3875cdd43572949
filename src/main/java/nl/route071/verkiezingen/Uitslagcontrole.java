package nl.route071.verkiezingen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.route071.directory.Csv;
import nl.route071.directory.Gemeenten;
import nl.route071.verkiezingen.Uitslagbestand.Rij;

/**
 * Checks the records of a file of election results against the reference data and turns them into results: a
 * known gemeente, an election in that year ({@code referentie/verkiezingsdata.csv}), a list name, whole
 * non-negative numbers, a source for every number, a valid status, no list twice, and seats that add up to the
 * council size where a source gives it ({@code referentie/raadsgrootte.csv}). Every problem becomes a Dutch
 * {@link Regelfout} with the record's number. No database, no Spring: tested on its own.
 */
final class Uitslagcontrole {

    /** One list of one election, parsed and checked. */
    record Uitslag(String bestand, int regel, String gemeente, int jaar, LocalDate datum, String lijst, Long stemmen,
            Integer zetels, String bron, String status, boolean demo) {

        String sleutel() {
            return gemeente + "|" + jaar + "|" + lijst.toLowerCase(Locale.ROOT);
        }

        String verkiezing() {
            return gemeente + "|" + datum;
        }

        Uitslag metStatus(String nieuweStatus) {
            return new Uitslag(bestand, regel, gemeente, jaar, datum, lijst, stemmen, zetels, bron, nieuweStatus, demo);
        }
    }

    /** A number known from a source. */
    record Bekend(int waarde, String bron) {
    }

    private final Gemeenten gemeenten;
    /** Election day per year ("*|2026"), or per gemeente where it differs ("leiden|2026", a herindelingsverkiezing). */
    private final Map<String, LocalDate> verkiezingsdata = new TreeMap<>();
    private final Map<String, Bekend> raadsgrootte = new LinkedHashMap<>();

    Uitslagcontrole(Gemeenten gemeenten) {
        this(gemeenten, Csv.readClasspath("referentie/verkiezingsdata.csv"), Csv.readClasspath("referentie/raadsgrootte.csv"));
    }

    Uitslagcontrole(Gemeenten gemeenten, List<Map<String, String>> verkiezingsdata, List<Map<String, String>> raadsgrootte) {
        this.gemeenten = gemeenten;
        verkiezingsdata.forEach(r -> this.verkiezingsdata.put(
                (r.getOrDefault("gemeente", "").isBlank() ? "*" : r.get("gemeente").trim()) + "|" + Integer.parseInt(r.get("jaar")),
                LocalDate.parse(r.get("datum"))));
        raadsgrootte.forEach(r -> this.raadsgrootte.put(r.get("gemeente") + "|" + r.get("jaar"),
                new Bekend(Integer.parseInt(r.get("zetels")), r.get("bron"))));
    }

    /** The years with a known municipal election. */
    Set<Integer> jaren() {
        Set<Integer> jaren = new TreeSet<>();
        verkiezingsdata.keySet().forEach(k -> jaren.add(Integer.valueOf(k.substring(k.indexOf('|') + 1))));
        return jaren;
    }

    /** The election day of that year in the gemeente: its own date (herindeling) or the national one. */
    LocalDate verkiezingsdatum(String gemeente, int jaar) {
        LocalDate eigen = verkiezingsdata.get(gemeente + "|" + jaar);
        return eigen != null ? eigen : verkiezingsdata.get("*|" + jaar);
    }

    /** The council size of that election, where a source gives it. */
    Optional<Bekend> raadsgrootte(String gemeente, int jaar) {
        return Optional.ofNullable(raadsgrootte.get(gemeente + "|" + jaar));
    }

    /** The results of the records that pass every check; the others add their problems to {@code fouten}. */
    List<Uitslag> uitslagen(String bestand, List<Rij> rijen, List<Regelfout> fouten) {
        List<Uitslag> uitslagen = new ArrayList<>();
        Map<String, Integer> eerder = new LinkedHashMap<>();
        for (Rij rij : rijen) {
            Uitslag uitslag = uitslag(bestand, rij, fouten);
            if (uitslag == null) {
                continue;
            }
            Integer dubbel = eerder.putIfAbsent(uitslag.sleutel(), rij.regel());
            if (dubbel != null) {
                fouten.add(new Regelfout(bestand, rij.regel(), "De lijst '" + uitslag.lijst() + "' staat dubbel bij "
                        + gemeenten.naam(uitslag.gemeente()) + " " + uitslag.jaar() + " (ook op regel " + dubbel + ")."));
            }
            else {
                uitslagen.add(uitslag);
            }
        }
        return uitslagen;
    }

    private Uitslag uitslag(String bestand, Rij rij, List<Regelfout> fouten) {
        int nummer = rij.regel();
        Map<String, String> velden = rij.velden();
        int voor = fouten.size();
        if (rij.teVeelVelden()) {
            fouten.add(new Regelfout(bestand, nummer, "Meer velden dan kolommen; zet een veld met een komma tussen aanhalingstekens."));
        }
        String gemeente = gemeenteId(velden.get("gemeente"));
        if (gemeente == null) {
            fouten.add(new Regelfout(bestand, nummer, "Onbekende gemeente '" + velden.get("gemeente") + "'; kies uit "
                    + String.join(", ", gemeenten.ids().stream().map(gemeenten::naam).toList()) + "."));
        }
        Integer jaar = null;
        LocalDate datum = null;
        try {
            jaar = Integer.valueOf(velden.get("year"));
            datum = gemeente == null ? null : verkiezingsdatum(gemeente, jaar);
            if (datum == null && gemeente != null) {
                fouten.add(new Regelfout(bestand, nummer, "Geen gemeenteraadsverkiezing bekend in het jaar " + jaar
                        + " (bekend: " + jaren().stream().map(String::valueOf).toList() + ", zie referentie/verkiezingsdata.csv)."));
            }
        }
        catch (NumberFormatException e) {
            fouten.add(new Regelfout(bestand, nummer, "Het jaar '" + velden.get("year") + "' is geen getal."));
        }
        String lijst = velden.get("partij");
        if (lijst == null || lijst.isBlank()) {
            fouten.add(new Regelfout(bestand, nummer, "De naam van de lijst (partij) ontbreekt."));
        }
        Long stemmen = getal(bestand, nummer, "stemmen", "Het aantal stemmen", velden.get("stemmen"), fouten);
        Long zetels = getal(bestand, nummer, "zetels", "Het aantal zetels", velden.get("zetels"), fouten);
        String bron = velden.get("source");
        if (bron == null || bron.isBlank()) {
            fouten.add(new Regelfout(bestand, nummer, "De bron (source) ontbreekt; elk getal heeft een bron nodig."));
        }
        String status = velden.getOrDefault("status", "");
        if (status.isBlank()) {
            status = bron != null && bron.toLowerCase(Locale.ROOT).contains("voorlopig") ? "voorlopig" : "definitief";
        }
        else if (!List.of("voorlopig", "definitief").contains(status.toLowerCase(Locale.ROOT))) {
            fouten.add(new Regelfout(bestand, nummer, "De status '" + status + "' is geen 'voorlopig' of 'definitief'."));
        }
        if (fouten.size() > voor) {
            return null;
        }
        boolean demo = bron.toUpperCase(Locale.ROOT).startsWith("DEMO");
        return new Uitslag(bestand, nummer, gemeente, jaar, datum, lijst, stemmen, zetels == null ? null : zetels.intValue(),
                bron, status.toLowerCase(Locale.ROOT), demo);
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

    /** Where a source gives the council size, the seats of an election must add up to it; else every list says why. */
    void controleerZetels(List<Uitslag> uitslagen, List<Regelfout> fouten) {
        perVerkiezing(uitslagen).values().forEach(lijsten -> {
            Uitslag eerste = lijsten.get(0);
            raadsgrootte(eerste.gemeente(), eerste.jaar()).ifPresent(raad -> {
                int som = lijsten.stream().map(Uitslag::zetels).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
                long zonder = lijsten.stream().filter(u -> u.zetels() == null).count();
                if (som != raad.waarde() || zonder > 0) {
                    String melding = "De zetels van " + gemeenten.naam(eerste.gemeente()) + " " + eerste.jaar() + " tellen op tot " + som
                            + (zonder > 0 ? " (" + zonder + " lijst(en) zonder zetels)" : "") + ", maar de raad heeft " + raad.waarde()
                            + " zetels (referentie/raadsgrootte.csv: " + raad.bron() + ").";
                    lijsten.forEach(u -> fouten.add(new Regelfout(u.bestand(), u.regel(), melding)));
                }
            });
        });
        fouten.sort((a, b) -> a.bestand().equals(b.bestand()) ? Integer.compare(a.regel(), b.regel()) : a.bestand().compareTo(b.bestand()));
    }

    /** The results grouped per election (gemeente and date), in file order. */
    static Map<String, List<Uitslag>> perVerkiezing(List<Uitslag> uitslagen) {
        Map<String, List<Uitslag>> perVerkiezing = new LinkedHashMap<>();
        uitslagen.forEach(u -> perVerkiezing.computeIfAbsent(u.verkiezing(), k -> new ArrayList<>()).add(u));
        return perVerkiezing;
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
        Set<String> voorlopig = new HashSet<>();
        uitslagen.stream().filter(u -> "voorlopig".equals(u.status())).forEach(u -> voorlopig.add(u.verkiezing()));
        return uitslagen.stream()
                .map(u -> voorlopig.contains(u.verkiezing()) && !"voorlopig".equals(u.status()) ? u.metStatus("voorlopig") : u)
                .toList();
    }
}
