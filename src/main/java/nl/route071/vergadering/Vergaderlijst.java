package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.*;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The meetings overview's own list, {@code route071_vergadering} (V63): one row per meeting with the plain values the
 * overview shows, written by the meeting's listeners in the engine's transaction (planned, agenda adopted, held or
 * cancelled, besluitenlijst adopted), so the overview reads the latest meetings of a regiocommissie through one index
 * instead of the engine's history (docs/benchmark.md, issue #21). Migration 64 fills it from the history of meetings
 * held before ({@link #vul}).
 */
@Component
public class Vergaderlijst {

    /**
     * One row of the list: the meeting as planned and how far it came, with how its instance ended (from the engine's
     * history: {@code eindactiviteit} null while it runs).
     */
    record Rij(String instantie, String sleutel, String regiocommissie, String regiocommissieNaam, String soort, String soortNaam,
            LocalDateTime aanvang, String locatie, String terInzageSinds, Integer aantalAgendapunten, String verloop,
            String besluitenlijstVastgesteld, String eindactiviteit, boolean beeindigd) {
    }

    private static final String KOLOMMEN = "instantie, sleutel, regiocommissie, regiocommissie_naam, soort, soort_naam, aanvang, locatie, "
            + "ter_inzage_sinds, aantal_agendapunten, verloop, besluitenlijst_vastgesteld";

    private final JdbcTemplate jdbc;

    Vergaderlijst(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void gepland(String instantie, String sleutel, String regiocommissie, String regiocommissieNaam, String soort, String soortNaam,
            LocalDateTime aanvang, String locatie) {
        jdbc.update("insert into route071_vergadering (instantie, sleutel, regiocommissie, regiocommissie_naam, soort, soort_naam, aanvang, "
                + "locatie) values (?, ?, ?, ?, ?, ?, ?, ?)", instantie, sleutel, regiocommissie, regiocommissieNaam, soort, soortNaam,
                aanvang.toString(), locatie);
    }

    void agendaVastgesteld(String instantie, String terInzageSinds, int aantalAgendapunten) {
        jdbc.update("update route071_vergadering set ter_inzage_sinds = ?, aantal_agendapunten = ? where instantie = ?", terInzageSinds,
                aantalAgendapunten, instantie);
    }

    /** {@code gehouden} or {@code afgelast}, as recorded at "Vergadering houden". */
    void verloop(String instantie, String verloop) {
        jdbc.update("update route071_vergadering set verloop = ? where instantie = ?", verloop, instantie);
    }

    void besluitenlijstVastgesteld(String instantie, String moment) {
        jdbc.update("update route071_vergadering set besluitenlijst_vastgesteld = ? where instantie = ?", moment, instantie);
    }

    /**
     * The latest {@code aantal} meetings of the regiocommissie by their start, newest first, that the engine's history
     * still has: one query, the index on (regiocommissie, aanvang) read backwards and each row's instance looked up by
     * its primary key in {@code ACT_HI_PROCINST} (for how it ended; a meeting whose history the cleanup removed, ten
     * years on, is left out, as the history query left it out before).
     */
    List<Rij> laatste(String regiocommissie, int aantal) {
        return jdbc.query("select " + KOLOMMEN.replaceAll("(\\w+)", "R.$1") + ", P.END_ACT_ID_, P.END_TIME_ from route071_vergadering R "
                + "join ACT_HI_PROCINST P on P.ID_ = R.instantie where R.regiocommissie = ? "
                + "order by R.aanvang desc, R.sleutel desc, R.instantie desc limit ?",
                (rs, i) -> new Rij(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        LocalDateTime.parse(rs.getString(7)), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10, Integer.class),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getTimestamp(14) != null),
                regiocommissie, aantal);
    }

    /**
     * Adds every meeting of the engine's history that the list does not have yet, from its process variables (the
     * same values the listeners write). Running it again adds only what is missing; the benchmark runs it after copying
     * meetings' history (Vergaderbenchmark). Plain SQL, the same on H2 and PostgreSQL.
     *
     * @return the number of meetings added
     */
    public static int vul(JdbcTemplate jdbc) {
        String tekst = "max(case when V.NAME_ = '%s' and V.VAR_TYPE_ = 'string' then V.TEXT_ end)";
        return jdbc.update("insert into route071_vergadering (" + KOLOMMEN + ") select " + KOLOMMEN + " from (select P.ID_ as instantie, "
                + "P.BUSINESS_KEY_ as sleutel, " + tekst.formatted(VAR_REGIOCOMMISSIE) + " as regiocommissie, "
                + tekst.formatted("regiocommissieNaam") + " as regiocommissie_naam, " + tekst.formatted(VAR_SOORT) + " as soort, "
                + tekst.formatted("soortVergaderingNaam") + " as soort_naam, " + tekst.formatted(VAR_AANVANG) + " as aanvang, "
                + tekst.formatted(VAR_LOCATIE) + " as locatie, " + tekst.formatted(VAR_TER_INZAGE_SINDS) + " as ter_inzage_sinds, "
                + "cast(max(case when V.NAME_ = '" + VAR_AANTAL_AGENDAPUNTEN + "' then V.LONG_ end) as integer) as aantal_agendapunten, "
                + tekst.formatted(VAR_VERLOOP) + " as verloop, " + tekst.formatted(VAR_BESLUITENLIJST_VASTGESTELD)
                + " as besluitenlijst_vastgesteld from ACT_HI_PROCINST P join ACT_HI_VARINST V on V.PROC_INST_ID_ = P.ID_ "
                + "and V.STATE_ = 'CREATED' where P.PROC_DEF_KEY_ = '" + PROCESS_ID + "' and P.BUSINESS_KEY_ is not null "
                + "and not exists (select 1 from route071_vergadering R where R.instantie = P.ID_) group by P.ID_, P.BUSINESS_KEY_) M "
                + "where M.regiocommissie is not null and M.aanvang is not null");
    }
}
