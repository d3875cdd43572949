package nl.route071.uitvoering;

import static nl.route071.uitvoering.UitvoeringProcess.*;

import java.util.LinkedHashSet;
import java.util.List;

import nl.route071.gedeeld.Klok;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Keeps every progress report of one gemeente's uitvoering (issue #13 item 10). Bean
 * {@code voortgangsregistratie} (not named after the variable, which would hide it): appends each completed report, quarterly or in between, to the Json variable
 * {@code voortgangsrapportages} and to the readable {@code voortgangsoverzicht}; names the groups that may report.
 */
@Component("voortgangsregistratie")
public class Voortgangsrapportages {

    /**
     * Who may report in between and follow the uitvoering: the executing party and, after outsourcing, the
     * gemeente's own uitvoering group as well.
     */
    public List<String> groepen(String uitvoeringsgroep, String gemeente) {
        LinkedHashSet<String> groepen = new LinkedHashSet<>();
        groepen.add(uitvoeringsgroep);
        groepen.add("uitvoering-" + gemeente);
        return List.copyOf(groepen);
    }

    /** Task listener (complete) of both report tasks. */
    public void vastleggen(DelegateTask taak) {
        SpinJsonNode lijst = taak.getVariable(VAR_RAPPORTAGES) instanceof SpinJsonNode bestaand
                ? Spin.JSON(bestaand.toString()) : Spin.JSON("[]");
        SpinJsonNode rapport = Spin.JSON("{}");
        rapport.prop("datum", Klok.vandaag().toString());
        rapport.prop("soort", TASK_VOORTGANG_RAPPORTEREN.equals(taak.getTaskDefinitionKey()) ? "kwartaal" : "tussentijds");
        rapport.prop("gemeente", tekst(taak.getVariable(VAR_GEMEENTE)));
        rapport.prop("gerapporteerdDoor", taak.getAssignee() == null ? "-" : taak.getAssignee());
        rapport.prop("uitvoeringsgroep", tekst(taak.getVariable(VAR_UITVOERINGSGROEP)));
        rapport.prop("status", tekst(taak.getVariable(VAR_VOORTGANGSSTATUS)));
        rapport.prop("voortgang", tekst(taak.getVariable(VAR_VOORTGANG)));
        lijst.append(rapport);
        taak.setVariable(VAR_RAPPORTAGES, SpinValues.jsonValue(lijst).create());
        taak.setVariable(VAR_OVERZICHT, overzicht(lijst));
    }

    /** One line per report, newest first: "2027-03-31 (kwartaal, uitvoering-servicepunt71): op-schema — …". */
    public static String overzicht(SpinJsonNode rapportages) {
        List<SpinJsonNode> lijst = rapportages.elements();
        StringBuilder tekst = new StringBuilder();
        for (int i = lijst.size() - 1; i >= 0; i--) {
            SpinJsonNode r = lijst.get(i);
            tekst.append(tekst.isEmpty() ? "" : "\n").append(r.prop("datum").stringValue()).append(" (")
                    .append(r.prop("soort").stringValue()).append(", ").append(r.prop("uitvoeringsgroep").stringValue())
                    .append("): ").append(r.prop("status").stringValue()).append(" — ").append(r.prop("voortgang").stringValue());
        }
        return tekst.isEmpty() ? "Nog geen voortgangsrapportage." : tekst.toString();
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "-" : String.valueOf(waarde);
    }
}
