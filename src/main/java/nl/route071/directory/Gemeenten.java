package nl.route071.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.route071.gedeeld.Tekstlijst;
import nl.route071.uitkomsten.Uitkomsten;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * The five gemeenten of the Leidse regio, read from {@code referentie/gemeenten.csv}.
 * Registered as bean {@code gemeenten} so that the BPMN multi-instance collections can turn the
 * {@code deelnemendeGemeenten} variable (a Json array from Tasklist, or a Java list) into ids.
 */
@Component("gemeenten")
public class Gemeenten {

    private final Map<String, String> namen = new LinkedHashMap<>();

    Gemeenten() {
        Csv.readClasspath("referentie/gemeenten.csv").forEach(row -> namen.put(row.get("id"), row.get("naam")));
    }

    public List<String> ids() {
        return List.copyOf(namen.keySet());
    }

    public boolean bestaat(String id) {
        return namen.containsKey(id);
    }

    public String naam(String id) {
        return namen.getOrDefault(id, id);
    }

    /**
     * The participating gemeenten as a list of ids, validated: at least one, each known, none twice.
     */
    public List<String> lijst(Object deelnemendeGemeenten) {
        List<String> ids = alsTekstLijst(deelnemendeGemeenten);
        if (ids.isEmpty()) {
            throw new BadUserRequestException("Kies ten minste één deelnemende gemeente.");
        }
        List<String> onbekend = ids.stream().filter(id -> !bestaat(id)).toList();
        if (!onbekend.isEmpty()) {
            throw new BadUserRequestException("Onbekende gemeente(n): " + String.join(", ", onbekend)
                    + ". Kies uit: " + String.join(", ", namen.keySet()) + ".");
        }
        if (ids.stream().distinct().count() != ids.size()) {
            throw new BadUserRequestException("Een gemeente staat meer dan eens bij de deelnemende gemeenten.");
        }
        return ids;
    }

    /**
     * The gemeenten that go on to uitvoering: those whose council or college outcome says
     * {@code gaatDoor} (decided per gemeente by the DMN decision {@code afwijking}), read through their owner
     * {@link Uitkomsten}. Kept here because the deployed BPMN asks this bean ({@code gemeenten.doorgaand(uitkomsten)}).
     */
    public List<String> doorgaand(Object uitkomsten) {
        return new ArrayList<>(Uitkomsten.uitVariabele(uitkomsten).doorgaand());
    }

    /** The ids as {@link Tekstlijst#alle} reads them (duplicates kept, for {@link #lijst} to refuse); 400 for another type. */
    static List<String> alsTekstLijst(Object waarde) {
        if (!Tekstlijst.isLijst(waarde)) {
            throw new BadUserRequestException("deelnemendeGemeenten moet een lijst van gemeente-ids zijn.");
        }
        return Tekstlijst.alle(waarde);
    }
}
