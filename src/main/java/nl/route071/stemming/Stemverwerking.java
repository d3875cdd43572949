package nl.route071.stemming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import nl.route071.gedeeld.Datums;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Records a vote: the route's own {@code stemlijst} plus the choice per fractie that the griffier sent. Of what the
 * caller sends only each row's {@code sleutel} and {@code stem} count; weight, seats, election and source always come
 * from the stemlijst. A row without a choice, an unknown or missing fractie, a fractie twice or another value is
 * refused as a whole (400, in Dutch), so nothing changes.
 */
final class Stemverwerking {

    static final Set<String> KEUZES = Set.of("voor", "tegen", "onthouding", "afwezig");
    static final String AFWEZIG = "afwezig";

    private Stemverwerking() {
    }

    /**
     * The whole recording of a vote, as the stemming task's complete listener needs it: the choices sent matched to the
     * route's own stemlijst ({@link #verwerk}), the date checked against the raad in office ({@link #controleerVerkiezing}),
     * and the recorded vote as the new value of {@code stemmen} ({@link #alsJson}).
     *
     * @param stemlijst the route's own {@code stemlijst} (Json array of {@link Stemregel} rows)
     * @param stemdatum the date of the vote as the form sends it; required
     * @param vergaderdatum the meeting the stemlijst was drawn up for, named in the error message; may be null
     * @param ingezonden the {@code stemmen} the griffier sent
     * @param stemronde the round of this vote; null when unknown
     * @param inWerking per gemeente and date, the date of the election whose raad then sits
     * @throws BadUserRequestException (Dutch) when anything is missing or wrong; nothing is recorded then
     */
    static SpinJsonNode legVast(SpinJsonNode stemlijst, Object stemdatum, Object vergaderdatum, Object ingezonden, Object stemronde,
            BiFunction<String, LocalDate, Optional<LocalDate>> inWerking) {
        List<Stemregel> regels = new ArrayList<>();
        stemlijst.elements().forEach(r -> regels.add(Stemregel.van(r)));
        LocalDate datum = Datums.datum(stemdatum, "Datum stemming").orElseThrow(() -> new BadUserRequestException(
                "De stemming is niet vastgelegd: vul de datum van de stemming in (dd-mm-jjjj)."));
        List<Stem> stemmen = verwerk(regels, ingezonden);
        controleerVerkiezing(stemmen, datum, Datums.datum(vergaderdatum, "Datum volgende vergadering regiocommissie").orElse(null),
                inWerking);
        return alsJson(stemmen, datum, stemronde instanceof Number n ? n.intValue() : null);
    }

    /** One recorded vote: the row of the stemlijst and its choice. */
    record Stem(Stemregel regel, String stem) {
    }

    /**
     * The choices of {@code ingezonden} (a Json array, or a list of maps) matched to the stemlijst, in the stemlijst's
     * order. A row names its fractie by {@code sleutel}; a row without one is the fractie at the same place on the
     * stemlijst (Tasklist's form sends only the choices, in the order shown).
     */
    static List<Stem> verwerk(List<Stemregel> stemlijst, Object ingezonden) {
        List<String> fouten = new ArrayList<>();
        Map<String, Stemregel> opLijst = new LinkedHashMap<>();
        stemlijst.forEach(r -> opLijst.put(r.sleutel(), r));
        Map<String, String> keuzes = new HashMap<>();
        List<Map<String, Object>> rijen = rijen(ingezonden);
        for (int i = 0; i < rijen.size(); i++) {
            Object sleutelWaarde = rijen.get(i).get("sleutel");
            Object stemWaarde = rijen.get(i).get("stem");
            if (sleutelWaarde == null && i < stemlijst.size()) {
                // the stemming form submits only each row's choice (form-js sends keyed fields only): the row at this place
                sleutelWaarde = stemlijst.get(i).sleutel();
            }
            if (!(sleutelWaarde instanceof String sleutel) || !opLijst.containsKey(sleutel)) {
                fouten.add("Regel " + (i + 1) + " noemt geen fractie van deze stemlijst" + (sleutelWaarde == null ? "" : " ('" + kort(sleutelWaarde) + "')") + ".");
                continue;
            }
            String naam = naam(opLijst.get(sleutel));
            if (keuzes.containsKey(sleutel)) {
                fouten.add(naam + " staat twee keer in de stemming.");
            }
            else if (stemWaarde == null || (stemWaarde instanceof String s && s.isBlank())) {
                fouten.add("Kies bij " + naam + ": voor, tegen, onthouding of afwezig.");
                keuzes.put(sleutel, null);
            }
            else if (!(stemWaarde instanceof String stem) || !KEUZES.contains(stem)) {
                fouten.add(naam + ": '" + kort(stemWaarde) + "' is geen keuze; kies voor, tegen, onthouding of afwezig.");
                keuzes.put(sleutel, null);
            }
            else {
                keuzes.put(sleutel, stem);
            }
        }
        for (Stemregel regel : stemlijst) {
            if (!keuzes.containsKey(regel.sleutel())) {
                fouten.add("Kies bij " + naam(regel) + ": voor, tegen, onthouding of afwezig (de fractie ontbreekt).");
            }
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De stemming is niet vastgelegd: " + String.join(" ", fouten));
        }
        return stemlijst.stream().map(r -> new Stem(r, keuzes.get(r.sleutel()))).toList();
    }

    /**
     * Refuses, in Dutch, a fractie that votes (not absent) on a date on which another raad sits than the one its weight
     * comes from: {@code inWerking} gives the date of the election in force per gemeente on the vote's date.
     */
    static void controleerVerkiezing(List<Stem> stemmen, LocalDate stemdatum, LocalDate vergaderdatum,
            BiFunction<String, LocalDate, Optional<LocalDate>> inWerking) {
        Map<String, Optional<LocalDate>> perGemeente = new HashMap<>();
        List<String> fouten = new ArrayList<>();
        for (Stem stem : stemmen) {
            if (AFWEZIG.equals(stem.stem())) {
                continue;
            }
            Stemregel regel = stem.regel();
            Optional<LocalDate> geldend = perGemeente.computeIfAbsent(regel.gemeenteId(), g -> inWerking.apply(g, stemdatum));
            if (geldend.isEmpty()) {
                fouten.add("Op " + Datums.nl(stemdatum) + " is voor " + regel.gemeente() + " geen verkiezingsuitslag bekend; "
                        + naam(regel) + " kan niet stemmen.");
            }
            else if (!geldend.get().equals(regel.verkiezingsdatum())) {
                fouten.add(naam(regel) + ": op " + Datums.nl(stemdatum) + " zit de raad van de verkiezing van "
                        + Datums.nl(geldend.get()) + ", maar de stemlijst weegt met de verkiezing van "
                        + Datums.nl(regel.verkiezingsdatum()) + ".");
            }
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De stemming is niet vastgelegd: " + String.join(" ", fouten)
                    + (vergaderdatum == null ? "" : " De stemlijst is opgesteld voor de vergadering van " + Datums.nl(vergaderdatum)
                            + "; vul die datum in, of leg vast dat de fractie afwezig was."));
        }
    }

    /** The recorded vote as the Json variable {@code stemmen}: every stemlijst row with its choice, round and date. */
    static SpinJsonNode alsJson(List<Stem> stemmen, LocalDate stemdatum, Integer stemronde) {
        SpinJsonNode lijst = Spin.JSON("[]");
        for (Stem stem : stemmen) {
            SpinJsonNode regel = stem.regel().json();
            regel.prop("stem", stem.stem());
            regel.prop("stemdatum", stemdatum.toString());
            if (stemronde == null) {
                regel.prop("stemronde", (String) null);
            }
            else {
                regel.prop("stemronde", stemronde);
            }
            lijst.append(regel);
        }
        return lijst;
    }

    private static String naam(Stemregel regel) {
        return regel.gemeente() + " – " + regel.fractie();
    }

    private static String kort(Object waarde) {
        String tekst = String.valueOf(waarde).replaceAll("[\\p{Cntrl}<>]", "?");
        return tekst.length() > 60 ? tekst.substring(0, 57) + "…" : tekst;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rijen(Object ingezonden) {
        Object waarde = ingezonden;
        if (waarde instanceof String s) {
            try {
                waarde = Spin.JSON(s);
            }
            catch (RuntimeException e) {
                throw new BadUserRequestException("De stemming is niet vastgelegd: 'stemmen' is geen lijst van fracties met hun stem.");
            }
        }
        List<Map<String, Object>> rijen = new ArrayList<>();
        if (waarde instanceof SpinJsonNode json && json.isArray()) {
            for (SpinJsonNode element : json.elements()) {
                Map<String, Object> rij = new HashMap<>();
                if (element.isObject()) {
                    for (String veld : List.of("sleutel", "stem")) {
                        if (element.hasProp(veld)) {
                            SpinJsonNode v = element.prop(veld);
                            rij.put(veld, v.isNull() ? null : v.isString() ? v.stringValue() : v.toString());
                        }
                    }
                }
                rijen.add(rij);
            }
            return rijen;
        }
        if (waarde instanceof List<?> lijst) {
            for (Object element : lijst) {
                rijen.add(element instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
            }
            return rijen;
        }
        throw new BadUserRequestException("De stemming is niet vastgelegd: 'stemmen' is geen lijst van fracties met hun stem.");
    }
}
