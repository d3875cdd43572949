package nl.route071.verkiezingen;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of election results with Commons CSV: the first record is the header ({@code year,gemeente,partij,
 * stemmen,zetels,source}, optionally {@code status}, in any order and case), lines starting with {@code #} are
 * comments, empty lines are skipped, fields with a comma are quoted. Every record keeps Commons CSV's record number
 * (the header is 1; comments and empty lines do not count), the "regel" of the Dutch error messages. It only
 * parses: what the values mean is {@link Uitslagcontrole}'s.
 */
final class Uitslagbestand {

    static final List<String> KOLOMMEN = List.of("year", "gemeente", "partij", "stemmen", "zetels", "source");

    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();

    /** One record: its number, its values by lower-case column name, and whether it has more values than columns. */
    record Rij(int regel, Map<String, String> velden, boolean teVeelVelden) {
    }

    /** The records of a file, whether it has a status column, and what kept it from being read. */
    record Gelezen(List<Rij> rijen, boolean statusKolom, List<Regelfout> fouten) {
    }

    private Uitslagbestand() {
    }

    static Gelezen lees(String bestand, String csv) {
        List<Rij> rijen = new ArrayList<>();
        List<Regelfout> fouten = new ArrayList<>();
        List<String> kop = null;
        long nummer = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\uFEFF", "")), FORMAAT)) {
            for (CSVRecord record : parser) {
                nummer = record.getRecordNumber();
                if (kop == null) {
                    List<String> namen = record.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
                    kop = namen;
                    List<String> ontbrekend = KOLOMMEN.stream().filter(k -> !namen.contains(k)).toList();
                    if (!ontbrekend.isEmpty()) {
                        fouten.add(new Regelfout(bestand, (int) nummer, "De kopregel mist de kolom(men) "
                                + String.join(", ", ontbrekend) + "; verwacht: " + String.join(",", KOLOMMEN) + " (en eventueel status)."));
                        return new Gelezen(List.of(), false, fouten);
                    }
                    continue;
                }
                Map<String, String> velden = new LinkedHashMap<>();
                for (int k = 0; k < kop.size(); k++) {
                    velden.put(kop.get(k), k < record.size() ? record.get(k) : "");
                }
                rijen.add(new Rij((int) nummer, velden, record.size() > kop.size()));
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException e) {
            fouten.add(new Regelfout(bestand, (int) nummer + 1, "Deze regel is geen leesbare CSV; sluit elk veld dat met een "
                    + "aanhalingsteken begint ook met een aanhalingsteken af."));
            return new Gelezen(List.of(), false, fouten);
        }
        if (kop == null) {
            fouten.add(new Regelfout(bestand, 1, "Het bestand is leeg; verwacht een kopregel " + String.join(",", KOLOMMEN) + "."));
        }
        return new Gelezen(rijen, kop != null && kop.contains("status"), fouten);
    }
}
