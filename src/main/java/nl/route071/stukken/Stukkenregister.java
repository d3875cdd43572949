package nl.route071.stukken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code route071_stuk} and {@code route071_stuk_logboek} (migration V20), plain JDBC. Used by
 * {@link Stukken} and, inside the engine, by {@link VereisteStukken}; it needs no engine.
 */
@Repository
public class Stukkenregister {

    private static final String KOLOMMEN = "id, identificatie, versie, bronorganisatie, voorstelnummer, gemeente, vergadering, "
            + "informatieobjecttype, titel, auteur, creatiedatum, taal, vertrouwelijkheidaanduiding, lezers, bestandsnaam, formaat, "
            + "bestandsomvang, checksum, checksum_algoritme, opslag, opslagsleutel, toegevoegd, toegevoegd_door";

    /** One line of the log of a stuk. */
    public record Logregel(String identificatie, int versie, String handeling, String gebruiker, Instant tijdstip, String toelichting) {
    }

    private final JdbcTemplate jdbc;

    Stukkenregister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(Stuk s) {
        jdbc.update("INSERT INTO route071_stuk (" + KOLOMMEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.identificatie(), s.versie(), s.bronorganisatie(), s.voorstelnummer(), s.gemeente(), s.vergadering(),
                s.informatieobjecttype(), s.titel(), s.auteur(), java.sql.Date.valueOf(s.creatiedatum()), s.taal(),
                s.vertrouwelijkheidaanduiding(), s.lezers().isEmpty() ? null : String.join(",", s.lezers()), s.bestandsnaam(), s.formaat(),
                s.bestandsomvang(), s.checksum(), s.checksumAlgoritme(), s.opslag(), s.opslagsleutel(), Timestamp.from(s.toegevoegd()),
                s.toegevoegdDoor());
    }

    Optional<Stuk> metId(String id) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_stuk WHERE id = ?", Stukkenregister::stuk, id).stream().findFirst();
    }

    /** Every version of every stuk of the proposal, by identificatie and then newest version first. */
    List<Stuk> vanVoorstel(String voorstelnummer) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_stuk WHERE voorstelnummer = ? ORDER BY toegevoegd, identificatie, versie",
                Stukkenregister::stuk, voorstelnummer);
    }

    /** Every stuk recorded for the meeting ({@code vergadering}), oldest first. */
    List<Stuk> vanVergadering(String vergadering) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_stuk WHERE vergadering = ? ORDER BY toegevoegd, identificatie, versie",
                Stukkenregister::stuk, vergadering);
    }

    /** The newest version of the document. */
    Optional<Stuk> laatsteVersie(String identificatie) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_stuk WHERE identificatie = ? ORDER BY versie DESC",
                Stukkenregister::stuk, identificatie).stream().findFirst();
    }

    /** Whether the proposal has a stuk of this kind (for the gemeente, when given). */
    public boolean heeftSoort(String voorstelnummer, String soort, String gemeente) {
        Integer aantal = gemeente == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk WHERE voorstelnummer = ? AND informatieobjecttype = ?",
                        Integer.class, voorstelnummer, soort)
                : jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk WHERE voorstelnummer = ? AND informatieobjecttype = ? AND gemeente = ?",
                        Integer.class, voorstelnummer, soort, gemeente);
        return aantal != null && aantal > 0;
    }

    /** The number of the proposal's next stuk: {@code <voorstelnummer>-S<nnn>}. */
    String volgendeIdentificatie(String voorstelnummer) {
        Integer aantal = jdbc.queryForObject("SELECT COUNT(DISTINCT identificatie) FROM route071_stuk WHERE voorstelnummer = ?",
                Integer.class, voorstelnummer);
        return "%s-S%03d".formatted(voorstelnummer, (aantal == null ? 0 : aantal) + 1);
    }

    /** The stukken of one kind of the proposals that ended before the date (retention job). */
    List<Stuk> vanSoort(String soort) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM route071_stuk WHERE informatieobjecttype = ?", Stukkenregister::stuk, soort);
    }

    void verwijder(String id) {
        jdbc.update("DELETE FROM route071_stuk WHERE id = ?", id);
    }

    void log(Stuk stuk, String handeling, String gebruiker, String toelichting) {
        jdbc.update("INSERT INTO route071_stuk_logboek (id, stuk_id, identificatie, versie, voorstelnummer, handeling, gebruiker, tijdstip, toelichting) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), stuk.id(), stuk.identificatie(), stuk.versie(),
                stuk.voorstelnummer(), handeling, gebruiker, Timestamp.from(Instant.now()), toelichting);
    }

    List<Logregel> logboek(String voorstelnummer) {
        return jdbc.query("SELECT identificatie, versie, handeling, gebruiker, tijdstip, toelichting FROM route071_stuk_logboek "
                + "WHERE voorstelnummer = ? ORDER BY tijdstip DESC", (rs, i) -> new Logregel(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)), voorstelnummer);
    }

    private static Stuk stuk(ResultSet rs, int rij) throws SQLException {
        String lezers = rs.getString("lezers");
        return new Stuk(rs.getString("id"), rs.getString("identificatie"), rs.getInt("versie"), rs.getString("bronorganisatie"),
                rs.getString("voorstelnummer"), rs.getString("gemeente"), rs.getString("vergadering"), rs.getString("informatieobjecttype"),
                rs.getString("titel"), rs.getString("auteur"), rs.getDate("creatiedatum").toLocalDate(), rs.getString("taal"),
                rs.getString("vertrouwelijkheidaanduiding"), lezers == null ? List.of() : Arrays.asList(lezers.split(",")),
                rs.getString("bestandsnaam"), rs.getString("formaat"), rs.getLong("bestandsomvang"), rs.getString("checksum"),
                rs.getString("checksum_algoritme"), rs.getString("opslag"), rs.getString("opslagsleutel"),
                rs.getTimestamp("toegevoegd").toInstant(), rs.getString("toegevoegd_door"));
    }
}
