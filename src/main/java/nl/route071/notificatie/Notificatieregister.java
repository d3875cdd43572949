package nl.route071.notificatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.route071.gedeeld.Tekstlijst;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code route071_notificatie} (Flyway V3): every notification, sent or in the outbox. */
@Repository
class Notificatieregister {

    private static final String KOLOMMEN = "id, message_id, sleutel, soort, voorstelnummer, proces_instantie, activiteit, "
            + "groepen, ontvangers, onderwerp, tekst, status, fout, aangemaakt, verzonden";

    private final JdbcTemplate jdbc;

    Notificatieregister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Notificatie> metSleutel(String sleutel) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_notificatie WHERE sleutel = ?", Notificatieregister::rij, sleutel)
                .stream().findFirst();
    }

    Optional<Notificatie> metId(String id) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_notificatie WHERE id = ?", Notificatieregister::rij, id)
                .stream().findFirst();
    }

    /** Newest first; {@code voorstelnummer} null for all. */
    List<Notificatie> lijst(String voorstelnummer, int maximum) {
        String waar = voorstelnummer == null ? "" : " WHERE voorstelnummer = ?";
        Object[] args = voorstelnummer == null ? new Object[0] : new Object[] { voorstelnummer };
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_notificatie" + waar + " ORDER BY aangemaakt DESC, id LIMIT "
                + Math.max(1, maximum),
                Notificatieregister::rij, args);
    }

    void voegToe(Notificatie n) {
        jdbc.update("INSERT INTO route071_notificatie (" + KOLOMMEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.messageId(), n.sleutel(), n.soort(), n.voorstelnummer(), n.procesInstantie(), n.activiteit(),
                String.join(",", n.groepen()), String.join(",", n.ontvangers()), n.onderwerp(), n.tekst(), n.status(),
                n.fout(), Timestamp.from(n.aangemaakt()), n.verzonden() == null ? null : Timestamp.from(n.verzonden()));
    }

    void zetStatus(String id, String status, String fout, Instant verzonden) {
        jdbc.update("UPDATE route071_notificatie SET status = ?, fout = ?, verzonden = ? WHERE id = ?", status,
                fout == null ? null : fout.substring(0, Math.min(fout.length(), 2000)),
                verzonden == null ? null : Timestamp.from(verzonden), id);
    }

    private static Notificatie rij(ResultSet rs, int nummer) throws SQLException {
        Timestamp verzonden = rs.getTimestamp("verzonden");
        return new Notificatie(rs.getString("id"), rs.getString("message_id"), rs.getString("sleutel"), rs.getString("soort"),
                rs.getString("voorstelnummer"), rs.getString("proces_instantie"), rs.getString("activiteit"),
                Tekstlijst.van(rs.getString("groepen")), Tekstlijst.van(rs.getString("ontvangers")), rs.getString("onderwerp"),
                rs.getString("tekst"), rs.getString("status"), rs.getString("fout"), rs.getTimestamp("aangemaakt").toInstant(),
                verzonden == null ? null : verzonden.toInstant());
    }
}
