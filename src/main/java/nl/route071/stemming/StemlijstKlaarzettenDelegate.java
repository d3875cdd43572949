package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Klok;
import nl.route071.verkiezingen.Verkiezingsuitslagen;
import nl.route071.verkiezingen.VerkiezingsuitslagenImport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Keeps the route's own stemlijst in {@code stemlijst} and shows it in {@code stemmen} (the same rows, {@code stem}
 * null) for the stemming form; prefills {@code stemdatum} with the meeting date; counts the round and keeps the
 * previous meeting's outcome for the DMN ({@code vorigeStemuitslag}, {@code eerderGeenStemmen}). The logic is
 * {@link Stemvoorbereiding}'s.
 */
@Component("stemlijstKlaarzetten")
class StemlijstKlaarzettenDelegate implements JavaDelegate {

    private final Gemeenten gemeenten;
    private final Stemlijst.Bronnen bronnen;

    StemlijstKlaarzettenDelegate(Gemeenten gemeenten, Verkiezingsuitslagen uitslagen, VerkiezingsuitslagenImport verkiezingen) {
        this.gemeenten = gemeenten;
        this.bronnen = new Stemlijst.Bronnen(gemeenten::naam, uitslagen::inWerking, verkiezingen::laatsteVerkiezingVoor,
                uitslagen::installatie);
    }

    /** Written by the meeting (package vergadering) on the proposal: per fractie with a member, present or not. */
    static final String VAR_AANWEZIGHEID = "aanwezigheid";

    @Override
    public void execute(DelegateExecution execution) {
        Stemvoorbereiding.Vorige vorige = new Stemvoorbereiding.Vorige(execution.getVariable(VAR_STEMRONDE),
                execution.getVariable(VAR_STEMUITSLAG), execution.getVariable(VAR_EERDER_GEEN_STEMMEN),
                execution.getVariable(VAR_VERGADERDATUM_OORDEELSVORMING), execution.getVariable(VAR_VERGADERDATUM_STEMMING));
        Stemvoorbereiding.Klaargezet klaar = Stemvoorbereiding.zetKlaar(vorige,
                gemeenten.lijst(execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN)), Klok.vandaag(), bronnen);

        // at a regiocommissie meeting: only the fracties that sent a member, absent ones prefilled (Presentie)
        String[] lijsten = Presentie.pas(klaar.stemlijstJson(), execution.getVariable(VAR_AANWEZIGHEID));
        execution.setVariable(VAR_STEMLIJST, SpinValues.jsonValue(lijsten[0]).create());
        execution.setVariable(VAR_STEMMEN, SpinValues.jsonValue(lijsten[1]).create());
        execution.setVariable(VAR_STEMRONDE, klaar.stemronde());
        execution.setVariable(VAR_VORIGE_STEMUITSLAG, klaar.vorigeStemuitslag());
        execution.setVariable(VAR_EERDER_GEEN_STEMMEN, klaar.eerderGeenStemmen());
        execution.setVariable(VAR_VERGADERDATUM_STEMMING, klaar.vergaderdatum().toString());
        // the meeting date, which the griffier may change on the form
        execution.setVariable(VAR_STEMDATUM, klaar.vergaderdatum().toString());
        execution.setVariable(VAR_STEMLIJST_WAARSCHUWINGEN, klaar.waarschuwingen());
    }
}
