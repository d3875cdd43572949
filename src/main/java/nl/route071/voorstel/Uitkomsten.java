package nl.route071.voorstel;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The outcomes per gemeente of one round of councils or colleges, as the Json variable {@code uitkomsten} holds them:
 * one row per gemeente, a gemeente answering twice counting once with its last outcome. Values in, no engine, no
 * Spring; {@code UitkomstVerzamelenListener} reads the round's list and writes the result.
 */
final class Uitkomsten {

    /** One gemeente's outcome, as the call activity maps it out of the council's or college's process. */
    record Uitkomst(String gemeente, String besluit, boolean afwijking, boolean verantwoordingVereist, boolean gaatDoor) {

        SpinJsonNode json() {
            SpinJsonNode uitkomst = Spin.JSON("{}");
            uitkomst.prop("gemeente", gemeente);
            uitkomst.prop("besluit", besluit);
            uitkomst.prop("afwijking", afwijking);
            uitkomst.prop("verantwoordingVereist", verantwoordingVereist);
            uitkomst.prop("gaatDoor", gaatDoor);
            return uitkomst;
        }
    }

    private Uitkomsten() {
    }

    /**
     * A new list: the rows of {@code eerder} (anything but a Json array counts as none) of other gemeenten, in their
     * order, then {@code uitkomst}.
     */
    static SpinJsonNode metUitkomst(Object eerder, Uitkomst uitkomst) {
        SpinJsonNode lijst = Spin.JSON("[]");
        if (eerder instanceof SpinJsonNode bestaand) {
            for (SpinJsonNode regel : bestaand.elements()) {
                if (!uitkomst.gemeente().equals(regel.prop("gemeente").stringValue())) {
                    lijst.append(regel);
                }
            }
        }
        lijst.append(uitkomst.json());
        return lijst;
    }
}
