package nl.route071.gedeeld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

/**
 * A list of ids as a process variable may hold it: a JSON array (Spin), a Java collection, or a text with commas
 * or spaces (a model's input parameter). Blank entries are dropped and order is kept; {@link #van} keeps each id once,
 * {@link #alle} keeps duplicates for a caller that refuses them.
 */
public final class Tekstlijst {

    private Tekstlijst() {
    }

    /** The ids, each once. */
    public static List<String> van(Object waarde) {
        return alle(waarde).stream().distinct().toList();
    }

    /** The ids, an id named twice standing twice (so that a caller can refuse it). */
    public static List<String> alle(Object waarde) {
        List<String> ids = new ArrayList<>();
        voegToe(waarde, ids);
        return List.copyOf(ids);
    }

    /** True when {@link #van} understands the value; anything else is a malformed list. */
    public static boolean isLijst(Object waarde) {
        return waarde == null || waarde instanceof Collection<?> || waarde instanceof CharSequence
                || waarde instanceof SpinJsonNode json && json.isArray();
    }

    private static void voegToe(Object waarde, List<String> ids) {
        if (waarde instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> voegToe(e.isString() ? e.stringValue() : e.toString(), ids));
        }
        else if (waarde instanceof Collection<?> lijst) {
            lijst.forEach(e -> voegToe(e, ids));
        }
        else if (waarde != null) {
            for (String deel : String.valueOf(waarde).split("[,\\s]+")) {
                if (!deel.isBlank()) {
                    ids.add(deel.trim());
                }
            }
        }
    }
}
