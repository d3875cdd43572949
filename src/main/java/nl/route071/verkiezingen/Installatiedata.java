package nl.route071.verkiezingen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a newly elected raad takes office: from that day its fracties weigh in the regiocommissie, until then the old
 * raad's. Known dates come from {@code referentie/installatiedata.csv}, each with its source; for an election without
 * a row the date follows Kieswet art. C 4 ("treden tegelijk af met ingang van de woensdag in de periode van 29 maart
 * tot en met 4 april") for a March election, else the day after the election (a herindelingsverkiezing in November:
 * its date must then be entered in the file), and {@link Installatie#afgeleid()} says that no source gave it.
 */
public final class Installatiedata {

    /** The day the raad elected on {@code verkiezingsdatum} takes office, and where that comes from. */
    public record Installatie(LocalDate datum, String soort, String bron) {

        /** True when no real date was found and the day is derived from the law. */
        public boolean afgeleid() {
            return !"bron".equals(soort);
        }
    }

    private final Map<String, Installatie> bekend = new HashMap<>();

    /** Rows with {@code gemeente, verkiezingsdatum, installatiedatum, soort, bron}. */
    Installatiedata(List<Map<String, String>> rijen) {
        for (Map<String, String> rij : rijen) {
            LocalDate verkiezing = LocalDate.parse(rij.get("verkiezingsdatum"));
            LocalDate installatie = LocalDate.parse(rij.get("installatiedatum"));
            if (installatie.isBefore(verkiezing)) {
                throw new IllegalArgumentException("Installatie vóór de verkiezing: " + rij);
            }
            bekend.put(rij.get("gemeente") + "|" + verkiezing, new Installatie(installatie, rij.get("soort"), rij.get("bron")));
        }
    }

    /** The dates in {@code referentie/installatiedata.csv}. */
    public static Installatiedata uitReferentie() {
        return new Installatiedata(nl.route071.directory.Csv.readClasspath("referentie/installatiedata.csv"));
    }

    Installatie installatie(String gemeente, LocalDate verkiezingsdatum) {
        Installatie gevonden = bekend.get(gemeente + "|" + verkiezingsdatum);
        return gevonden != null ? gevonden : volgensKieswet(verkiezingsdatum);
    }

    /**
     * Kieswet art. C 4 (text since 2022): the sitting members step down, and the new term begins, on the Wednesday in
     * 29 March – 4 April of the election year. Only for a regular (March) election; otherwise the day after.
     */
    public static Installatie volgensKieswet(LocalDate verkiezingsdatum) {
        if (verkiezingsdatum.getMonth() == Month.MARCH) {
            LocalDate woensdag = LocalDate.of(verkiezingsdatum.getYear(), Month.MARCH, 29)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            return new Installatie(woensdag, "kieswet", "afgeleid uit Kieswet art. C 4 (woensdag 29 maart - 4 april); geen bron met de echte datum");
        }
        return new Installatie(verkiezingsdatum.plusDays(1), "onbekend",
                "installatiedatum onbekend; aangenomen: de dag na de verkiezing. Vul de echte datum in referentie/installatiedata.csv in");
    }
}
