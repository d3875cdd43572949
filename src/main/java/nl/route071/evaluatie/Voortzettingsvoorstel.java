package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;


import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Klok;
import nl.route071.uitkomsten.Uitkomsten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The continuation of the cooperation as a regional proposal (issue #13 item 9): the stuurgroep prepares it,
 * every raad decides. Bean {@code voortzettingsvoorstel}: gives the called {@code regionaalVoorstel} its
 * participants and text, and after the councils turns their outcomes into a decision per gemeente.
 */
@Component("voortzettingsvoorstel")
public class Voortzettingsvoorstel {

    private final Gemeenten gemeenten;

    Voortzettingsvoorstel(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    /** Every gemeente of the cooperation takes part: each raad decides on its own continuation. */
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
     * End listener of the call activity: per gemeente whether its raad adopted the proposal
     * ({@code voortzettingPerGemeente}, Json, and {@code voortzettingPerGemeenteTekst}), and the date of the
     * last decision ({@code besluitdatumVoortzetting}).
     */
    public void verwerk(DelegateExecution execution) {
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
            regel.prop("raadsbesluit", besluit);
            regel.prop("voorstelOvergenomen", aangenomen);
            regel.prop("voortzetting", gevolg);
            perGemeente.append(regel);
            tekst.append(tekst.isEmpty() ? "" : "\n").append("- ").append(gemeenten.naam(gemeente)).append(": raadsbesluit ")
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
