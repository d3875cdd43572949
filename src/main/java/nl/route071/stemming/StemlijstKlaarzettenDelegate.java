package nl.route071.stemming;

import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_DEELNEMENDE_GEMEENTEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMRONDE;
import static nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMUITSLAG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.route071.directory.Gemeenten;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts the list of fracties of the participating gemeenten, each with its weight from the election in force on
 * the meeting date, in variable {@code stemmen} (shown as a table on the stemming form) and as choices in
 * {@code fractieOpties}; empties the three choice lists of a previous round; counts the voting round
 * ({@code stemronde}: a tie gives the next round, a vote without quorum is held again in the same round).
 * Every row keeps the weight, seats, election date, status and source it used, so the vote can be recomputed
 * and explained later. What the griffier must know about the data (a missing newer election, a gemeente without
 * results) goes into {@code stemlijstWaarschuwingen}.
 */
@Component("stemlijstKlaarzetten")
class StemlijstKlaarzettenDelegate implements JavaDelegate {

    private final Gemeenten gemeenten;
    private final Verkiezingsuitslagen uitslagen;
    private final VerkiezingsuitslagenImport verkiezingen;

    StemlijstKlaarzettenDelegate(Gemeenten gemeenten, Verkiezingsuitslagen uitslagen, VerkiezingsuitslagenImport verkiezingen) {
        this.gemeenten = gemeenten;
        this.uitslagen = uitslagen;
        this.verkiezingen = verkiezingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object ronde = execution.getVariable(VAR_STEMRONDE);
        int vorige = ronde instanceof Number n ? n.intValue() : 0;
        int stemronde = vorige == 0 ? 1 : "staken".equals(execution.getVariable(VAR_STEMUITSLAG)) ? vorige + 1 : vorige;
        LocalDate vergaderdatum = Stemmen.datum(execution.getVariable(vorige == 0 ? Stemmen.VAR_VERGADERDATUM_OORDEELSVORMING
                : Stemmen.VAR_VERGADERDATUM_STEMMING)).orElse(Stemmen.vandaag());

        SpinJsonNode stemmen = Spin.JSON("[]");
        SpinJsonNode opties = Spin.JSON("[]");
        List<String> waarschuwingen = new ArrayList<>();
        Optional<LocalDate> laatste = verkiezingen.laatsteVerkiezingVoor(vergaderdatum);
        for (String gemeente : gemeenten.lijst(execution.getVariable(VAR_DEELNEMENDE_GEMEENTEN))) {
            String naam = gemeenten.naam(gemeente);
            Optional<Verkiezing> verkiezing = uitslagen.inWerking(gemeente, vergaderdatum);
            if (verkiezing.isEmpty()) {
                waarschuwingen.add("Voor " + naam + " is geen verkiezingsuitslag bekend van vóór " + Stemmen.nl(vergaderdatum)
                        + ": haar fracties staan niet op de stemlijst.");
                continue;
            }
            LocalDate datum = verkiezing.get().datum();
            if (laatste.isPresent() && laatste.get().isAfter(datum)) {
                waarschuwingen.add("Voor " + naam + " ontbreekt de uitslag van de verkiezing van " + Stemmen.nl(laatste.get())
                        + "; de gewichten komen uit de verkiezing van " + Stemmen.nl(datum) + ".");
            }
            for (Fractiegewicht fractie : verkiezing.get().fracties()) {
                if (fractie.gewicht() == null) {
                    waarschuwingen.add(naam + " – " + fractie.fractie() + ": aantal stemmen onbekend (" + fractie.bron()
                            + "); deze fractie staat niet op de stemlijst.");
                    continue;
                }
                String sleutel = Stemmen.sleutel(gemeente, fractie.fractie());
                SpinJsonNode regel = Spin.JSON("{}");
                regel.prop("sleutel", sleutel);
                regel.prop("gemeente", naam);
                regel.prop("gemeenteId", gemeente);
                regel.prop("fractie", fractie.fractie());
                regel.prop("gewicht", fractie.gewicht());
                Stemmen.getal(regel, "zetels", fractie.zetels());
                regel.prop("verkiezing", datum.getYear());
                regel.prop("verkiezingsdatum", datum.toString());
                regel.prop("status", fractie.status());
                Stemmen.getal(regel, "raadszetels", fractie.raadszetels());
                regel.prop("bron", fractie.bron());
                regel.prop("demo", fractie.demo());
                regel.prop("stem", (String) null);
                stemmen.append(regel);
                SpinJsonNode optie = Spin.JSON("{}");
                optie.prop("value", sleutel);
                optie.prop("label", naam + " – " + fractie.fractie() + " (" + fractie.gewicht() + " stemmen"
                        + (fractie.demo() ? ", DEMO-cijfer" : "") + ("voorlopig".equals(fractie.status()) ? ", voorlopig" : "") + ")");
                opties.append(optie);
            }
        }
        execution.setVariable(VAR_STEMMEN, SpinValues.jsonValue(stemmen).create());
        execution.setVariable(VAR_STEMRONDE, stemronde);
        execution.setVariable(Stemmen.VAR_VERGADERDATUM_STEMMING, vergaderdatum.toString());
        // the griffier fills in the date of the vote; a date of an earlier round must not be shown as this one's
        execution.setVariable(Stemmen.VAR_STEMDATUM, null);
        execution.setVariable(Stemmen.VAR_WAARSCHUWINGEN, waarschuwingen.isEmpty() ? "Geen." : String.join("\n\n", waarschuwingen));
        execution.setVariable(Stemmen.VAR_FRACTIE_OPTIES, SpinValues.jsonValue(opties).create());
        for (String keuze : Stemmen.KEUZES.keySet()) {
            execution.setVariable(keuze, SpinValues.jsonValue("[]").create());
        }
    }
}
