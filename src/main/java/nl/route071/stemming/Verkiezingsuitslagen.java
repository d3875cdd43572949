package nl.route071.stemming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.route071.directory.Csv;
import nl.route071.directory.Gemeenten;

import org.springframework.stereotype.Service;

/**
 * Election results per gemeente from {@code referentie/verkiezingsuitslagen.csv} (real figures with
 * their sources). Where a real row lacks the number of votes, or a gemeente has no figures at all,
 * {@code referentie/verkiezingsuitslagen-DEMO-aanvulling.csv} fills the gap, and the weight says DEMO.
 */
@Service
public class Verkiezingsuitslagen {

    private final Gemeenten gemeenten;
    private final List<Fractiegewicht> uitslagen = new ArrayList<>();

    Verkiezingsuitslagen(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
        Map<String, Map<String, String>> demo = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.readClasspath("referentie/verkiezingsuitslagen-DEMO-aanvulling.csv")) {
            demo.put(sleutel(row), row);
        }
        for (Map<String, String> row : Csv.readClasspath("referentie/verkiezingsuitslagen.csv")) {
            Map<String, String> aanvulling = demo.remove(sleutel(row));
            if (!row.get("stemmen").isBlank()) {
                uitslagen.add(gewicht(row, false));
            }
            else if (aanvulling != null) {
                uitslagen.add(gewicht(aanvulling, true));
            }
        }
        demo.values().forEach(row -> uitslagen.add(gewicht(row, true)));
    }

    /**
     * The fracties of the last election with votes known for the gemeente, largest first.
     */
    public List<Fractiegewicht> laatsteUitslag(String gemeente) {
        int laatsteJaar = uitslagen.stream().filter(u -> u.gemeente().equals(gemeente))
                .mapToInt(Fractiegewicht::verkiezingsjaar).max()
                .orElseThrow(() -> new IllegalStateException("Geen verkiezingsuitslag bekend voor " + gemeente));
        return uitslagen.stream()
                .filter(u -> u.gemeente().equals(gemeente) && u.verkiezingsjaar() == laatsteJaar)
                .sorted(Comparator.comparingLong(Fractiegewicht::gewicht).reversed())
                .toList();
    }

    private Fractiegewicht gewicht(Map<String, String> row, boolean demo) {
        String gemeente = gemeenteId(row.get("gemeente"));
        return new Fractiegewicht(gemeente, row.get("partij"), Long.parseLong(row.get("stemmen")),
                Integer.parseInt(row.get("year")), (demo ? "DEMO: " : "") + row.get("source"), demo);
    }

    private String sleutel(Map<String, String> row) {
        return row.get("year") + "|" + gemeenteId(row.get("gemeente")) + "|" + row.get("partij");
    }

    private String gemeenteId(String naam) {
        String id = naam.trim().toLowerCase(Locale.ROOT);
        if (!gemeenten.bestaat(id)) {
            throw new IllegalStateException("Onbekende gemeente in verkiezingsuitslagen: " + naam);
        }
        return id;
    }
}
