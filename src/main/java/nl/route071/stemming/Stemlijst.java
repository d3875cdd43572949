package nl.route071.stemming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.route071.gedeeld.Datums;
import nl.route071.verkiezingen.Fractiegewicht;
import nl.route071.verkiezingen.Installatiedata;
import nl.route071.verkiezingen.Verkiezing;

/**
 * Draws up the stemlijst of a regiocommissie vote: every fractie of the raden in office on the meeting date, in the
 * participating gemeenten, with its weight. Seed: "De stemverhouding wordt bepaald door het aantal stemmen dat elke
 * vertegenwoordigde fractie heeft gehaald bij de laatste gemeenteraadsverkiezingen." No fractie is dropped without a
 * word: one that holds seats but whose votes no source gives stands on the list with weight 0 and a warning.
 */
final class Stemlijst {

    /** Where the figures come from, per gemeente; plain functions so the list is drawn up without Spring or a database. */
    record Bronnen(Function<String, String> naam, BiFunction<String, LocalDate, Optional<Verkiezing>> inWerking,
            BiFunction<String, LocalDate, Optional<LocalDate>> laatsteVerkiezing,
            BiFunction<String, LocalDate, Installatiedata.Installatie> installatie) {
    }

    /** The rows, and what the griffier must know about the list as a whole (in Dutch). */
    record Opgesteld(List<Stemregel> regels, List<String> waarschuwingen) {
    }

    private Stemlijst() {
    }

    static Opgesteld stelOp(List<String> gemeenten, LocalDate vergaderdatum, Bronnen bronnen) {
        List<Stemregel> regels = new ArrayList<>();
        List<String> waarschuwingen = new ArrayList<>();
        for (String gemeente : gemeenten) {
            String naam = bronnen.naam().apply(gemeente);
            Optional<Verkiezing> verkiezing = bronnen.inWerking().apply(gemeente, vergaderdatum);
            if (verkiezing.isEmpty()) {
                waarschuwingen.add("Voor " + naam + " is geen verkiezingsuitslag bekend van een raad die op " + Datums.nl(vergaderdatum)
                        + " zit: haar fracties staan niet op de stemlijst.");
                continue;
            }
            LocalDate datum = verkiezing.get().datum();
            Optional<LocalDate> laatste = bronnen.laatsteVerkiezing().apply(gemeente, vergaderdatum);
            if (laatste.isPresent() && laatste.get().isAfter(datum)) {
                waarschuwingen.add("Voor " + naam + " ontbreekt de uitslag van de verkiezing van " + Datums.nl(laatste.get())
                        + "; de gewichten komen uit de verkiezing van " + Datums.nl(datum) + ".");
            }
            Installatiedata.Installatie installatie = bronnen.installatie().apply(gemeente, datum);
            if (installatie.afgeleid() && !installatie.datum().isBefore(vergaderdatum.minusMonths(3))) {
                waarschuwingen.add(naam + ": de raad van de verkiezing van " + Datums.nl(datum) + " zit sinds " + Datums.nl(installatie.datum())
                        + " (" + installatie.bron() + ").");
            }
            for (Fractiegewicht fractie : verkiezing.get().fracties()) {
                String waarschuwing = null;
                long gewicht;
                if (fractie.gewicht() == null) {
                    gewicht = 0;
                    waarschuwing = "Aantal stemmen onbekend (geen bron geeft het): deze fractie telt met gewicht 0.";
                    waarschuwingen.add(naam + " – " + fractie.fractie() + ": aantal stemmen onbekend; zij staat op de stemlijst"
                            + " maar telt met gewicht 0.");
                }
                else {
                    gewicht = fractie.gewicht();
                    if (fractie.demo()) {
                        waarschuwing = "DEMO-cijfer: geen echte verkiezingsuitslag.";
                    }
                    else if ("voorlopig".equals(fractie.status())) {
                        waarschuwing = "Voorlopige uitslag.";
                    }
                }
                regels.add(new Stemregel(Stemregel.sleutel(gemeente, fractie.fractie()), naam, gemeente, fractie.fractie(), gewicht,
                        fractie.zetels(), datum, installatie.datum(), fractie.status(), fractie.bron(), fractie.demo(),
                        fractie.raadszetels(), waarschuwing));
            }
        }
        return new Opgesteld(regels, waarschuwingen);
    }
}
