package nl.route071.verkiezingen;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Council election results as stored in table {@code route071_verkiezingsuitslag} (see
 * {@link VerkiezingsuitslagenImport}): which election is in force on a meeting date, and its lists.
 */
@Service
public class Verkiezingsuitslagen {

    private final JdbcTemplate jdbc;
    private final Installatiedata installatiedata = Installatiedata.uitReferentie();

    Verkiezingsuitslagen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The election in force in the gemeente on the meeting date: that of the raad in office, i.e. the last stored
     * election whose raad was installed on or before that date (see {@link Installatiedata}). Its lists largest first.
     */
    public Optional<Verkiezing> inWerking(String gemeente, LocalDate vergaderdatum) {
        return verkiezingsdata(gemeente).stream()
                .filter(d -> !installatiedata.installatie(gemeente, d).datum().isAfter(vergaderdatum))
                .reduce((a, b) -> b)
                .map(d -> verkiezing(gemeente, d));
    }

    /** The day the raad of that election took office, with its source or the rule it was derived from. */
    public Installatiedata.Installatie installatie(String gemeente, LocalDate verkiezingsdatum) {
        return installatiedata.installatie(gemeente, verkiezingsdatum);
    }

    /** The stored results of one election (empty lists when none are stored). */
    public Verkiezing verkiezing(String gemeente, LocalDate datum) {
        List<Fractiegewicht> lijsten = jdbc.query("SELECT * FROM route071_verkiezingsuitslag WHERE gemeente = ? AND verkiezingsdatum = ?",
                (rs, i) -> new Fractiegewicht(rs.getString("gemeente"), rs.getString("lijst"),
                        rs.getObject("stemmen") == null ? null : rs.getLong("stemmen"),
                        rs.getObject("zetels") == null ? null : rs.getInt("zetels"),
                        rs.getDate("verkiezingsdatum").toLocalDate(), rs.getString("status"), rs.getString("bron"),
                        rs.getBoolean("demo"), rs.getObject("raadszetels") == null ? null : rs.getInt("raadszetels")),
                gemeente, Date.valueOf(datum));
        return new Verkiezing(gemeente, datum, lijsten.stream()
                .sorted(Comparator.comparing((Fractiegewicht f) -> f.gewicht() == null ? -1L : f.gewicht()).reversed()
                        .thenComparing(Fractiegewicht::fractie))
                .toList());
    }

    /** The dates of the stored elections of a gemeente. */
    public List<LocalDate> verkiezingsdata(String gemeente) {
        return jdbc.queryForList("SELECT DISTINCT verkiezingsdatum FROM route071_verkiezingsuitslag WHERE gemeente = ? "
                + "ORDER BY verkiezingsdatum", Date.class, gemeente).stream().map(Date::toLocalDate).toList();
    }
}
