package nl.route071.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the reference data files with Commons CSV: comma separated, the first record is the header, double quotes
 * around fields that contain commas, lines starting with '#' are comments, empty lines are skipped, values are
 * trimmed. A row with fewer values than the header has "" for the missing columns.
 */
public final class Csv {

    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true)
            .setAllowMissingColumnNames(true).get();

    private Csv() {
    }

    public static List<Map<String, String>> readClasspath(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return read(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + path, e);
        }
    }

    public static List<Map<String, String>> read(InputStream in) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), FORMAAT)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
