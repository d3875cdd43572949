package nl.route071.verkiezingen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.route071.directory.Gemeenten;
import nl.route071.verkiezingen.Uitslagcontrole.Bekend;
import nl.route071.verkiezingen.Uitslagcontrole.Uitslag;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports council election results in the format of {@code shared/data/elections.csv}
 * ({@code year,gemeente,partij,stemmen,zetels,source}, optionally {@code status}) into table
 * {@code route071_verkiezingsuitslag}: all or nothing. {@link Uitslagbestand} reads the file (Commons CSV),
 * {@link Uitslagcontrole} checks every record; one bad record and nothing is stored, and {@link Afgekeurd} lists
 * every bad one by its record number. This class stores: an election in the file replaces the stored results of
 * that gemeente and date.
 *
 * <p>The election date comes from {@code referentie/verkiezingsdata.csv} (the file only gives the year), the
 * council size from {@code referentie/raadsgrootte.csv} where a source gives it. The status is the file's
 * {@code status} column, else {@code voorlopig} when the source says so.
 */
@Service
public class VerkiezingsuitslagenImport {

    static final String ECHT = "referentie/verkiezingsuitslagen.csv";
    static final String DEMO = "referentie/verkiezingsuitslagen-DEMO-aanvulling.csv";
    static final List<String> KOLOMMEN = Uitslagbestand.KOLOMMEN;

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

    private final JdbcTemplate jdbc;
    private final Gemeenten gemeenten;
    private final Uitslagcontrole controle;
    private final Installatiedata installatiedata = Installatiedata.uitReferentie();

    VerkiezingsuitslagenImport(JdbcTemplate jdbc, Gemeenten gemeenten) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.controle = new Uitslagcontrole(gemeenten);
    }

    /**
     * The date of the last municipal election of the gemeente (known in referentie/verkiezingsdata.csv) whose raad is
     * in office on the given date (installed on or before it).
     */
    public Optional<LocalDate> laatsteVerkiezingVoor(String gemeente, LocalDate datum) {
        return controle.jaren().stream().map(jaar -> controle.verkiezingsdatum(gemeente, jaar)).filter(d -> d != null)
                .filter(d -> !installatiedata.installatie(gemeente, d).datum().isAfter(datum))
                .max(LocalDate::compareTo);
    }

    /** The election day of that year in the gemeente: its own date (herindeling) or the national one. */
    LocalDate verkiezingsdatum(String gemeente, int jaar) {
        return controle.verkiezingsdatum(gemeente, jaar);
    }

    /** Who the application's own import of the reference files is recorded as. */
    static final String REFERENTIE_BIJ_START = "referentiegegevens bij start";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VerkiezingsuitslagenImport.class);

    /**
     * Imports one uploaded file, replacing the stored results of every election in it; every row records the user who
     * imported it ({@code gebruiker}) and when.
     */
    @Transactional
    public Resultaat importeer(String naam, String csv, String gebruiker) {
        List<Regelfout> fouten = new ArrayList<>();
        Uitslagbestand.Gelezen gelezen = Uitslagbestand.lees(naam, csv);
        List<Uitslag> uitslagen = Uitslagcontrole.statusPerVerkiezing(lees(naam, gelezen, fouten), gelezen.statusKolom());
        controle.controleerZetels(uitslagen, fouten);
        if (!fouten.isEmpty()) {
            throw new Afgekeurd(fouten);
        }
        Resultaat resultaat = slaOp(uitslagen, false, gebruiker);
        LOG.info("Verkiezingsuitslagen geïmporteerd door {}: {} lijsten van {}", gebruiker, resultaat.lijsten(), resultaat.verkiezingen());
        return resultaat;
    }

    /**
     * The reference files at start: the real results, gaps filled from the DEMO supplement (every such number says
     * DEMO). Only elections not stored yet, so results uploaded later are kept.
     */
    @Transactional
    public Resultaat importeerReferentie() {
        List<Regelfout> fouten = new ArrayList<>();
        List<Uitslag> echt = lees(ECHT, Uitslagbestand.lees(ECHT, classpath(ECHT)), fouten);
        List<Uitslag> demo = lees(DEMO, Uitslagbestand.lees(DEMO, classpath(DEMO)), fouten);
        List<Uitslag> samen = Uitslagcontrole.statusPerVerkiezing(Uitslagcontrole.aanvullen(echt, demo), false);
        controle.controleerZetels(samen, fouten);
        if (!fouten.isEmpty()) {
            throw new Afgekeurd(fouten);
        }
        return slaOp(samen, true, REFERENTIE_BIJ_START);
    }

    /** The checked results of a read file; its problems, and those of its records, go to {@code fouten}. */
    private List<Uitslag> lees(String bestand, Uitslagbestand.Gelezen gelezen, List<Regelfout> fouten) {
        int voor = fouten.size();
        fouten.addAll(gelezen.fouten());
        if (!gelezen.fouten().isEmpty()) {
            return List.of();
        }
        List<Uitslag> uitslagen = controle.uitslagen(bestand, gelezen.rijen(), fouten);
        if (uitslagen.isEmpty() && fouten.size() == voor) {
            fouten.add(new Regelfout(bestand, 1, "Het bestand bevat geen uitslagen, alleen een kopregel."));
        }
        return uitslagen;
    }

    private static String classpath(String pad) {
        try {
            return new String(new ClassPathResource(pad).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + pad, e);
        }
    }

    private Resultaat slaOp(List<Uitslag> uitslagen, boolean alleenNieuwe, String gebruiker) {
        List<String> opgeslagen = new ArrayList<>();
        List<String> overgeslagen = new ArrayList<>();
        List<String> opmerkingen = new ArrayList<>();
        int lijsten = 0;
        for (List<Uitslag> verkiezing : Uitslagcontrole.perVerkiezing(uitslagen).values()) {
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
            Optional<Bekend> raad = controle.raadsgrootte(eerste.gemeente(), eerste.jaar());
            if (raad.isEmpty()) {
                opmerkingen.add(naam + ": raadsgrootte onbekend, zetels niet gecontroleerd.");
            }
            for (Uitslag u : verkiezing) {
                jdbc.update("INSERT INTO route071_verkiezingsuitslag (gemeente, verkiezingsdatum, lijst, stemmen, zetels, bron, status, demo, raadszetels, "
                        + "geimporteerd_door, geimporteerd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", u.gemeente(), Date.valueOf(u.datum()), u.lijst(),
                        u.stemmen(), u.zetels(), u.bron(), u.status(), u.demo(), raad.map(Bekend::waarde).orElse(null), gebruiker,
                        java.sql.Timestamp.from(java.time.Instant.now()));
                lijsten++;
            }
            opgeslagen.add(naam);
        }
        return new Resultaat(lijsten, opgeslagen, overgeslagen, opmerkingen);
    }
}
