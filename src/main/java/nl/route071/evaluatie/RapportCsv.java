package nl.route071.evaluatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.route071.evaluatie.EvaluatieRapport.*;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV for a spreadsheet: one block per part, each with its own header row, separated by
 * an empty line; semicolons and a byte order mark, so that Dutch Excel opens it as it should. No cell is
 * taken as a formula: a text beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR is neutralized.
 */
final class RapportCsv {

    /** Semicolons and CRLF, quoting by Commons CSV where a cell needs it. */
    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private RapportCsv() {
    }

    static String van(EvaluatieRapport r) {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of(r.titel(), "periode " + r.van() + " t/m " + r.tot(), "opgesteld " + r.opgesteld()));
        regels.add(List.of());
        regels.add(List.of("Voorstellen per ambitie", "ingediend", "lopend", "uitgevoerd", "ingetrokken"));
        r.perAmbitie().forEach(a -> regels.add(List.of(a.naam(), a.ingediend(), a.lopend(), a.uitgevoerd(), a.ingetrokken())));
        regels.add(List.of());
        Doorlooptijd d = r.doorlooptijd();
        regels.add(List.of("Doorlooptijd advies tot laatste raadsbesluit", "mediaan (dagen)", "p90 (dagen)", "binnen de termijn", "adviesrondes"));
        regels.add(List.of("", leeg(d.mediaanDagen()), leeg(d.p90Dagen()), d.binnenNorm(), d.rondes().size()));
        regels.add(List.of("Voorstel", "titel", "soort besluit", "adviesdatum", "laatste raadsbesluit", "dagen", "binnen de termijn"));
        d.rondes().forEach(a -> regels.add(List.of(a.voorstelnummer(), leeg(a.titel()), leeg(a.soortBesluit()), a.adviesdatum(),
                a.laatsteBesluit(), a.dagen(), a.binnenNorm() ? "ja" : "nee")));
        regels.add(List.of());
        regels.add(List.of("Overname advies per gemeenteraad", "raadsbesluiten", "conform", "percentage conform", "afwijkingen"));
        r.overname().forEach(o -> regels.add(List.of(o.naam(), o.besluiten(), o.conform(), leeg(o.percentage()), o.afwijkingen())));
        regels.add(List.of());
        regels.add(List.of("Afwijkingen", "titel", "gemeente", "raadsbesluit", "besluitdatum", "amendement", "verantwoording"));
        r.afwijkingen().forEach(a -> regels.add(List.of(a.voorstelnummer(), leeg(a.titel()), a.naam(), leeg(a.raadsbesluit()),
                leeg(a.besluitdatum()), leeg(a.amendementTekst()), leeg(a.verantwoording()))));
        regels.add(List.of());
        regels.add(List.of("Deelname aan stemmingen in de regiocommissie", "stemmingen", "aanwezig", "percentage"));
        r.deelname().forEach(x -> regels.add(List.of(x.naam(), x.stemmingen(), x.aanwezig(), leeg(x.percentage()))));
        regels.add(List.of());
        regels.add(List.of("Uitvoering", "lopend", "afgerond", "laatste voortgangsstatus", "laatste rapportage"));
        r.uitvoering().forEach(u -> regels.add(List.of(u.naam(), u.lopend(), u.afgerond(), leeg(u.laatsteVoortgangsstatus()),
                leeg(u.laatsteRapportage()))));
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAAT)) {
            for (List<Object> regel : regels) {
                printer.printRecord(regel.stream().map(RapportCsv::cel).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static Object leeg(Object waarde) {
        return Objects.requireNonNullElse(waarde, "");
    }

    /** Cell starts that a spreadsheet would take as a formula (CSV/formula injection). */
    private static final String FORMULETEKENS = "=+-@\t\r";

    /**
     * A cell as text; a text (not a number) beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets
     * a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula.
     */
    static String tekst(Object waarde) {
        String tekst = waarde instanceof Double d ? String.valueOf(d).replace('.', ',') : String.valueOf(waarde);
        if (!(waarde instanceof Number) && !tekst.isEmpty() && FORMULETEKENS.indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        return tekst;
    }

    /** An empty cell as null, which Commons CSV writes as nothing (an empty string first in a row it would quote). */
    private static String cel(Object waarde) {
        String tekst = tekst(waarde);
        return tekst.isEmpty() ? null : tekst;
    }

    /** One cell as it stands in the file: neutralized, then quoted by Commons CSV where needed. */
    static String veld(Object waarde) {
        StringBuilder uit = new StringBuilder();
        try {
            FORMAAT.print(cel(waarde), uit, true);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
