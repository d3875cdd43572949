package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_DEELNEMENDE_GEMEENTEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMRONDE;

import nl.route071.directory.Gemeenten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts the list of fracties of the participating gemeenten, each with its weight, in variable
 * {@code stemmen} (shown as a table on the stemming form) and as choices in {@code fractieOpties}, empties
 * the three choice lists of a previous round, and counts the voting round ({@code stemronde}).
 */
@Component("stemlijstKlaarzetten")
class StemlijstKlaarzettenDelegate implements JavaDelegate {

    private final Gemeenten gemeenten;
    private final Verkiezingsuitslagen uitslagen;

    StemlijstKlaarzettenDelegate(Gemeenten gemeenten, Verkiezingsuitslagen uitslagen) {
        this.gemeenten = gemeenten;
        this.uitslagen = uitslagen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SpinJsonNode stemmen = Spin.JSON("[]");
        SpinJsonNode opties = Spin.JSON("[]");
        for (String gemeente : gemeenten.lijst(execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN))) {
            for (Fractiegewicht fractie : uitslagen.laatsteUitslag(gemeente)) {
                SpinJsonNode regel = Spin.JSON("{}");
                String sleutel = Stemmen.sleutel(gemeente, fractie.fractie());
                regel.prop("sleutel", sleutel);
                regel.prop("gemeente", gemeenten.naam(gemeente));
                regel.prop("gemeenteId", gemeente);
                regel.prop("fractie", fractie.fractie());
                regel.prop("gewicht", fractie.gewicht());
                regel.prop("verkiezing", fractie.verkiezingsjaar());
                regel.prop("bron", fractie.bron());
                regel.prop("stem", (String) null);
                stemmen.append(regel);
                SpinJsonNode optie = Spin.JSON("{}");
                optie.prop("value", sleutel);
                optie.prop("label", gemeenten.naam(gemeente) + " – " + fractie.fractie() + " (" + fractie.gewicht() + " stemmen"
                        + (fractie.demo() ? ", DEMO-cijfer" : "") + ")");
                opties.append(optie);
            }
        }
        Object ronde = execution.getVariable(VAR_STEMRONDE);
        int stemronde = ronde instanceof Number n ? n.intValue() + 1 : 1;
        execution.setVariable(VAR_STEMMEN, SpinValues.jsonValue(stemmen).create());
        execution.setVariable(VAR_STEMRONDE, stemronde);
        execution.setVariable(Stemmen.VAR_FRACTIE_OPTIES, SpinValues.jsonValue(opties).create());
        for (String keuze : Stemmen.KEUZES.keySet()) {
            execution.setVariable(keuze, SpinValues.jsonValue("[]").create());
        }
    }
}
