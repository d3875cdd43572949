package nl.route071.uitvoering;

import static nl.route071.uitvoering.UitvoeringProcess.*;

import java.time.LocalDate;
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

    /** One progress report as it is kept: who reported what on which day. */
    record Rapport(LocalDate datum, String soort, String gemeente, String gerapporteerdDoor, String uitvoeringsgroep, String status,
            String voortgang) {

        SpinJsonNode json() {
            SpinJsonNode rapport = Spin.JSON("{}");
            rapport.prop("datum", datum.toString());
            rapport.prop("soort", soort);
            rapport.prop("gemeente", gemeente);
            rapport.prop("gerapporteerdDoor", gerapporteerdDoor);
            rapport.prop("uitvoeringsgroep", uitvoeringsgroep);
            rapport.prop("status", status);
            rapport.prop("voortgang", voortgang);
            return rapport;
        }
    }

    /** Task listener (complete) of both report tasks: reads the task, {@link #metRapport}, writes both variables. */
    public void vastleggen(DelegateTask taak) {
        Rapport rapport = new Rapport(Klok.vandaag(), TASK_VOORTGANG_RAPPORTEREN.equals(taak.getTaskDefinitionKey()) ? "kwartaal" : "tussentijds",
                tekst(taak.getVariable(VAR_GEMEENTE)), taak.getAssignee() == null ? "-" : taak.getAssignee(),
                tekst(taak.getVariable(VAR_UITVOERINGSGROEP)), tekst(taak.getVariable(VAR_VOORTGANGSSTATUS)),
                tekst(taak.getVariable(VAR_VOORTGANG)));
        SpinJsonNode lijst = metRapport(taak.getVariable(VAR_RAPPORTAGES), rapport);
        taak.setVariable(VAR_RAPPORTAGES, SpinValues.jsonValue(lijst).create());
        taak.setVariable(VAR_OVERZICHT, overzicht(lijst));
    }

    /** A new list: the reports so far (anything but Json counts as none) and then {@code rapport}. */
    static SpinJsonNode metRapport(Object bestaand, Rapport rapport) {
        SpinJsonNode lijst = bestaand instanceof SpinJsonNode json ? Spin.JSON(json.toString()) : Spin.JSON("[]");
        lijst.append(rapport.json());
        return lijst;
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
