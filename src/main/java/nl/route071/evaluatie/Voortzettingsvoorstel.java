package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;


import java.time.Period;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Klok;
import nl.route071.instellingen.Termijninstellingen;
import nl.route071.uitkomsten.Uitkomsten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The continuation of the cooperation as a regional proposal (issue #13 item 9, #24): the stuurgroep prepares it,
 * the regiocommissie advises, and every college decides after its raad's wensen en bedenkingen (seed 1). Bean {@code voortzettingsvoorstel}: gives the called {@code regionaalVoorstel} its
 * participants and text, and after the councils turns their outcomes into a decision per gemeente.
 */
@Component("voortzettingsvoorstel")
public class Voortzettingsvoorstel {

    private final Gemeenten gemeenten;
    private final Termijninstellingen termijnen;

    Voortzettingsvoorstel(Gemeenten gemeenten, Termijninstellingen termijnen) {
        this.gemeenten = gemeenten;
        this.termijnen = termijnen;
    }

    /**
     * Timer of {@code BoundaryEvent_VoortzettingsvoorstelOnbeantwoord}: how long the proposal may stay unanswered, an
     * ISO-8601 period ({@code route071.termijnen.voortzettingsvoorstel}, Route071's setting, not a legal term).
     */
    public String beantwoordingstermijn() {
        return termijnen.voortzettingsvoorstel().toString();
    }

    /** The same period in Dutch words, for the mail: "6 maanden". */
    public String beantwoordingstermijnTekst() {
        Period p = termijnen.voortzettingsvoorstel();
        StringBuilder tekst = new StringBuilder();
        deel(tekst, p.getYears(), "jaar", "jaar");
        deel(tekst, p.getMonths(), "maand", "maanden");
        deel(tekst, p.getDays(), "dag", "dagen");
        return tekst.toString();
    }

    private static void deel(StringBuilder tekst, int aantal, String een, String meer) {
        if (aantal != 0) {
            tekst.append(tekst.isEmpty() ? "" : " en ").append(aantal).append(' ').append(aantal == 1 ? een : meer);
        }
    }

    /** Every gemeente of the cooperation takes part: each college decides on its own continuation. */
    public TypedValue deelnemers() {
        SpinJsonNode lijst = Spin.JSON("[]");
        gemeenten.ids().forEach(lijst::append);
        return SpinValues.jsonValue(lijst).create();
    }

    /** The proposal text the councils read: the stuurgroep's choice and its reasons. */
    public String voorstelTekst(String voortzetting, String motivering) {
        return "Voorstel van de stuurgroep na de eindevaluatie: " + keuze(voortzetting) + ".\n\nMotivering: " + motivering;
    }

    /**
     * End listener of the call activity: per gemeente whether its college adopted the proposal
     * ({@code voortzettingPerGemeente}, Json, and {@code voortzettingPerGemeenteTekst}), and the date of the
     * last decision ({@code besluitdatumVoortzetting}).
     */
    public void verwerk(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // the proposal stayed unanswered (the timer ended it): no college decided, nothing is recorded as decided
            execution.setVariable(VAR_VOORTZETTING_PER_GEMEENTE_TEKST,
                    "Geen besluit: het voorstel bleef binnen de termijn onbeantwoord; geen college besloot over de voortzetting.");
            // the out mappings do not run on a cancelled call: the proposal's number is read from its history
            execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(execution.getProcessInstanceId()).orderByProcessInstanceStartTime().desc().list()
                    .stream().findFirst().ifPresent(voorstel -> execution.setVariable(VAR_VOORTZETTINGSVOORSTELNUMMER, voorstel.getBusinessKey()));
            return;
        }
        String voorstel = String.valueOf(execution.getVariable(VAR_VOORTZETTING));
        SpinJsonNode perGemeente = Spin.JSON("[]");
        StringBuilder tekst = new StringBuilder();
        for (Uitkomsten.Uitkomst uitkomst : Uitkomsten.uitVariabele(execution.getVariable(VAR_UITKOMSTEN)).regels()) {
            String gemeente = uitkomst.gemeente();
            boolean aangenomen = uitkomst.gaatDoor();
            String besluit = uitkomst.besluitTekst();
            String gevolg = aangenomen ? voorstel : "niet overgenomen";
            SpinJsonNode regel = Spin.JSON("{}");
            regel.prop("gemeente", gemeente);
            regel.prop("collegebesluit", besluit);
            regel.prop("voorstelOvergenomen", aangenomen);
            regel.prop("voortzetting", gevolg);
            perGemeente.append(regel);
            tekst.append(tekst.isEmpty() ? "" : "\n").append("- ").append(gemeenten.naam(gemeente)).append(": collegebesluit ")
                    .append(besluit).append(aangenomen ? ", neemt het voorstel over (" + keuze(voorstel) + ")"
                            : ", neemt het voorstel niet over");
        }
        execution.setVariable(VAR_VOORTZETTING_PER_GEMEENTE, SpinValues.jsonValue(perGemeente).create());
        execution.setVariable(VAR_VOORTZETTING_PER_GEMEENTE_TEKST, tekst.toString());
        execution.setVariable(VAR_BESLUITDATUM_VOORTZETTING,
                Klok.vandaag().toString());
    }

    private static String keuze(String voortzetting) {
        return switch (voortzetting) {
            case "doorgaan" -> "doorgaan met de samenwerking zoals zij is";
            case "aanpassen" -> "doorgaan met aanpassingen";
            case "stoppen" -> "stoppen met de samenwerking";
            default -> voortzetting;
        };
    }
}
