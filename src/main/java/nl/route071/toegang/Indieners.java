package nl.route071.toegang;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Who may submit a proposal ({@code regionaalVoorstel}): {@code referentie/indieners.csv}, one group or group prefix
 * ({@code bestuurstafel-*}) per row with the seed's reason. Read at start-up; a malformed file stops the start with
 * the file, the line and what is wrong.
 */
@Component
class Indieners implements Predicate<String> {

    static final String BESTAND = "referentie/indieners.csv";
    private static final Pattern GROEP = Pattern.compile("[a-z0-9][a-z0-9-]*\\*?");

    /** One row: a group id, or a prefix when it ends with {@code *}. */
    record Indiener(String groep, String reden) {

        boolean past(String groepId) {
            return groep.endsWith("*") ? groepId.startsWith(groep.substring(0, groep.length() - 1)) : groepId.equals(groep);
        }
    }

    private final List<Indiener> indieners;

    @Autowired
    Indieners() throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(BESTAND).getInputStream(), StandardCharsets.UTF_8)) {
            this.indieners = lees(reader, BESTAND);
        }
    }

    Indieners(List<Indiener> indieners) {
        this.indieners = List.copyOf(indieners);
    }

    List<Indiener> indieners() {
        return indieners;
    }

    @Override
    public boolean test(String groepId) {
        return groepId != null && indieners.stream().anyMatch(i -> i.past(groepId));
    }

    /** The rows of the file; an {@link IllegalStateException} naming the file and line for anything malformed. */
    static List<Indiener> lees(Reader reader, String bron) throws IOException {
        List<Indiener> rijen = new ArrayList<>();
        Iterable<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true).get()
                    .parse(reader);
        }
        catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IllegalStateException(bron + ": het bestand is geen geldige CSV met de kolommen groep,reden (" + e.getMessage() + ")", e);
        }
        try {
            for (CSVRecord rij : records) {
                if (!rij.isMapped("groep") || !rij.isMapped("reden")) {
                    throw new IllegalStateException(bron + ": de kopregel moet de kolommen groep en reden hebben");
                }
                String plek = bron + ", regel " + rij.getRecordNumber() + " (na de kopregel): ";
                if (!rij.isConsistent()) {
                    throw new IllegalStateException(plek + "verwacht 2 kolommen (groep,reden), gevonden " + rij.size());
                }
                String groep = rij.get("groep");
                String reden = rij.get("reden");
                if (!GROEP.matcher(groep).matches()) {
                    throw new IllegalStateException(plek + "'" + groep
                            + "' is geen groep (kleine letters, cijfers en streepjes; een * aan het eind voor alle groepen die zo beginnen)");
                }
                if (reden.isBlank()) {
                    throw new IllegalStateException(plek + "de reden ontbreekt (noem de zin uit de seed waarop dit recht steunt)");
                }
                rijen.add(new Indiener(groep, reden));
            }
        }
        catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException(bron + ": het bestand is geen geldige CSV (" + e.getMessage() + ")", e);
        }
        if (rijen.isEmpty()) {
            throw new IllegalStateException(bron + ": geen enkele groep mag voorstellen indienen; noem er minstens één");
        }
        return rijen;
    }
}
