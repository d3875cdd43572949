package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_DEELNEMENDE_GEMEENTEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMRONDE;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMUITSLAG;

import java.time.LocalDate;

import nl.route071.directory.Gemeenten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Keeps the route's own stemlijst ({@link Stemlijst}) in {@code stemlijst} and shows it in {@code stemmen} (the same rows,
 * {@code stem} null) for the stemming form; prefills {@code stemdatum} with the meeting date; counts the round and keeps
 * the previous meeting's outcome for the DMN ({@code vorigeStemuitslag}, {@code eerderGeenStemmen}).
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

    @Override
    public void execute(DelegateExecution execution) {
        Object vorigeRonde = execution.getVariable(VAR_STEMRONDE);
        boolean eerste = !(vorigeRonde instanceof Number n) || n.intValue() == 0;
        Object vorigeUitslag = eerste ? null : execution.getVariable(VAR_STEMUITSLAG);
        LocalDate vergaderdatum = Stemmen.datum(execution.getVariable(eerste ? Stemmen.VAR_VERGADERDATUM_OORDEELSVORMING
                : Stemmen.VAR_VERGADERDATUM_STEMMING)).orElse(Stemmen.vandaag());

        Stemlijst.Opgesteld lijst = Stemlijst.stelOp(gemeenten.lijst(execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN)), vergaderdatum, bronnen);
        SpinJsonNode stemlijst = Spin.JSON("[]");
        lijst.regels().forEach(r -> stemlijst.append(r.json()));

        execution.setVariable(Stemmen.VAR_STEMLIJST, SpinValues.jsonValue(stemlijst.toString()).create());
        execution.setVariable(VAR_STEMMEN, SpinValues.jsonValue(stemlijst.toString()).create());
        execution.setVariable(VAR_STEMRONDE, Stemmen.volgendeRonde(vorigeRonde, vorigeUitslag));
        execution.setVariable(Stemmen.VAR_VORIGE_STEMUITSLAG, vorigeUitslag);
        execution.setVariable(Stemmen.VAR_EERDER_GEEN_STEMMEN, !eerste
                && (Boolean.TRUE.equals(execution.getVariable(Stemmen.VAR_EERDER_GEEN_STEMMEN)) || "geenStemmen".equals(vorigeUitslag)));
        execution.setVariable(Stemmen.VAR_VERGADERDATUM_STEMMING, vergaderdatum.toString());
        // the meeting date, which the griffier may change on the form
        execution.setVariable(Stemmen.VAR_STEMDATUM, vergaderdatum.toString());
        execution.setVariable(Stemmen.VAR_WAARSCHUWINGEN, lijst.waarschuwingen().isEmpty() ? "Geen." : String.join("\n\n", lijst.waarschuwingen()));
    }
}
