package nl.route071.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Who chairs a bestuurstafel or the stuurgroep in a period (seed 2.2: "het voorzitterschap van de bestuurstafels en
 * de stuurgroep [wordt] verdeeld over de gemeenten"), from {@code referentie/voorzitters.csv}, each with its source.
 */
@Component("voorzitters")
public class Voorzitters {

    private final List<Map<String, String>> rijen;
    private final Gemeenten gemeenten;

    Voorzitters(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
        this.rijen = Csv.readClasspath("referentie/voorzitters.csv");
    }

    /** "Leiderdorp (DEMO: verzonnen verdeling)" for the orgaan (an ambitie id or {@code stuurgroep}) on the day. */
    public String tekst(String orgaan, LocalDate dag) {
        for (Map<String, String> rij : rijen) {
            if (rij.get("orgaan").equals(orgaan) && !dag.isBefore(LocalDate.parse(rij.get("van")))
                    && !dag.isAfter(LocalDate.parse(rij.get("tot")))) {
                return gemeenten.naam(rij.get("gemeente")) + " (" + rij.get("bron") + ")";
            }
        }
        return "onbekend: geen voorzitter in referentie/voorzitters.csv";
    }

    /** The chair today, for a process expression: {@code ${voorzitters.vandaag(ambitie)}}. */
    public String vandaag(String orgaan) {
        return tekst(orgaan, LocalDate.now());
    }
}
