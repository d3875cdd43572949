package nl.route071.verkiezingen;

import java.time.LocalDate;
import java.util.List;

/** The results of one council election in one gemeente, as stored. */
public record Verkiezing(String gemeente, LocalDate datum, List<Fractiegewicht> lijsten) {

    /** The fracties that sit in the council after this election: lists with seats, or with votes and unknown seats. */
    public List<Fractiegewicht> fracties() {
        return lijsten.stream().filter(l -> l.zetels() == null ? l.gewicht() != null : l.zetels() > 0).toList();
    }

    public boolean voorlopig() {
        return lijsten.stream().anyMatch(l -> "voorlopig".equals(l.status()));
    }
}
