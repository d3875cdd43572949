package nl.route071.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The ambities of the toekomstvisie, each with its own werkgroep and bestuurstafel. */
@Component
public class Ambities {

    private final Map<String, String> namen = new LinkedHashMap<>();

    Ambities() {
        Csv.readClasspath("referentie/ambities.csv").forEach(row -> namen.put(row.get("id"), row.get("naam")));
    }

    public boolean bestaat(String id) {
        return namen.containsKey(id);
    }

    public Map<String, String> alle() {
        return Map.copyOf(namen);
    }
}
