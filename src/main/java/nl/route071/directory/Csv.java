package nl.route071.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the reference data files: comma separated, first non-comment line is the header,
 * double quotes around fields that contain commas, lines starting with '#' are comments.
 */
public final class Csv {

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
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = splitLine(line);
            if (header == null) {
                header = fields;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    public static List<String> splitLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    current.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(current.toString().trim());
                current.setLength(0);
            }
            else {
                current.append(c);
            }
        }
        fields.add(current.toString().trim());
        return fields;
    }
}
