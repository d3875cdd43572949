package nl.route071.verkiezingen;

import java.time.LocalDate;

/**
 * One list (fractie) of a council election: its votes, which weigh in a regiocommissie vote, its seats, and
 * where the numbers come from. {@code stemmen} is null when no source gives the number of votes; {@code demo}
 * is true when the votes are invented (DEMO supplement); {@code raadszetels} is the council size the seats were
 * checked against, null when no source gives it.
 */
public record Fractiegewicht(String gemeente, String fractie, Long gewicht, Integer zetels, LocalDate verkiezingsdatum,
        String status, String bron, boolean demo, Integer raadszetels) {

    /** The year of the election. */
    public int verkiezingsjaar() {
        return verkiezingsdatum.getYear();
    }
}
