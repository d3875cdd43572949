package nl.route071;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.route071.directory.Csv;

/**
 * Election results straight from the reference file {@code referentie/verkiezingsuitslagen.csv}, not from the
 * application, so a test can compare what the route shows with the source.
 */
public final class Verkiezingsdata {

    private static final Path UITSLAGEN = Path.of("src/main/resources/referentie/verkiezingsuitslagen.csv");

    private Verkiezingsdata() {
    }

    /** Votes per list in a gemeente at the election of a year, in the file's order; lists without votes left out. */
    public static Map<String, Long> stemmen(int jaar, String gemeente) {
        Map<String, Long> stemmen = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(UITSLAGEN)) {
            for (Map<String, String> rij : Csv.read(in)) {
                String aantal = rij.get("stemmen");
                if (String.valueOf(jaar).equals(rij.get("year")) && gemeente.equals(rij.get("gemeente"))
                        && aantal != null && !aantal.isBlank()) {
                    stemmen.put(rij.get("partij"), Long.parseLong(aantal));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stemmen;
    }
}
