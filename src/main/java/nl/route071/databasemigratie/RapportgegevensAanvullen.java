package nl.route071.databasemigratie;

import static nl.route071.evaluatie.Rapportgegevens.*;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.route071.evaluatie.Rapportgegevens;
import nl.route071.evaluatie.Rapportgegevens.Kolom;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 6: fills the report's tables ({@link Rapportgegevens}, V5) from the history recorded before they
 * existed, with the same rules as the event handler. Every instance not yet in the tables is added, so running it
 * again adds only what is missing (the benchmark runs it after copying history, see Rapportbenchmark).
 */
@Component
public class RapportgegevensAanvullen extends JavaMigratie {

    private static final Logger LOG = LoggerFactory.getLogger(RapportgegevensAanvullen.class);

    RapportgegevensAanvullen() {
        super("6", "rapportgegevens uit de historie");
    }

    @Override
    public void migrate(Context context) {
        vul(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /** Adds the instances, progress reports and votes of the history that the tables do not have yet. */
    public static void vul(JdbcTemplate jdbc) {
        long t0 = System.nanoTime();
        String definities = DEFINITIES.stream().map(d -> "'" + d + "'").sorted().collect(Collectors.joining(", "));
        StringBuilder kolommen = new StringBuilder();
        StringBuilder waarden = new StringBuilder();
        for (Kolom kolom : KOLOMMEN) {
            String bij = kolom.definities().stream().map(d -> "'" + d + "'").sorted().collect(Collectors.joining(", "));
            String waarde = AFWIJKING.equals(kolom.naam())
                    ? "case when V.VAR_TYPE_ = 'boolean' and V.LONG_ is not null then case when V.LONG_ = 1 then 1 else 0 end end"
                    : "case when V.VAR_TYPE_ = 'string' and trim(V.TEXT_) <> '' then V.TEXT_ end";
            kolommen.append(", ").append(kolom.naam());
            waarden.append(", max(case when P.PROC_DEF_KEY_ in (").append(bij).append(") and V.NAME_ = '").append(kolom.variabele())
                    .append("' then ").append(waarde).append(" end)");
        }
        String namen = KOLOMMEN.stream().map(k -> "'" + k.variabele() + "'").distinct().collect(Collectors.joining(", "));
        int instanties = jdbc.update("insert into route071_rapport_proces (id, definitie, voorstelnummer, start_tijd, eind_tijd, "
                + "eindactiviteit" + kolommen + ") select P.ID_, P.PROC_DEF_KEY_, P.BUSINESS_KEY_, P.START_TIME_, P.END_TIME_, "
                + "P.END_ACT_ID_" + waarden + " from ACT_HI_PROCINST P left join ACT_HI_VARINST V on V.PROC_INST_ID_ = P.ID_ "
                + "and V.EXECUTION_ID_ = P.ID_ and V.STATE_ = 'CREATED' and V.NAME_ in (" + namen + ") where P.PROC_DEF_KEY_ in ("
                + definities + ") and not exists (select 1 from route071_rapport_proces R where R.id = P.ID_) "
                + "group by P.ID_, P.PROC_DEF_KEY_, P.BUSINESS_KEY_, P.START_TIME_, P.END_TIME_, P.END_ACT_ID_");

        // the latest progress report per uitvoering (of two at one moment, the later update)
        JdbcTemplate lezer = new JdbcTemplate(jdbc.getDataSource());
        lezer.setFetchSize(1000);
        Map<String, Object[]> voortgang = new HashMap<>();
        lezer.query("select D.PROC_INST_ID_, D.TIME_, D.SEQUENCE_COUNTER_, D.VAR_TYPE_, D.TEXT_ from ACT_HI_DETAIL D "
                + "join route071_rapport_proces R on R.id = D.PROC_INST_ID_ where D.NAME_ = ? and D.TYPE_ = 'VariableUpdate' "
                + "and D.PROC_DEF_KEY_ = ? and R.voortgang_tijd is null", (RowCallbackHandler) rij -> {
                    Timestamp tijd = rij.getTimestamp(2);
                    long volgorde = rij.getLong(3);
                    Object[] oud = voortgang.get(rij.getString(1));
                    if (oud == null || tijd.after((Timestamp) oud[0]) || (tijd.equals(oud[0]) && volgorde >= (Long) oud[1])) {
                        voortgang.put(rij.getString(1), new Object[] {tijd, volgorde, "string".equals(rij.getString(4)) ? rij.getString(5) : null});
                    }
                }, VAR_VOORTGANGSSTATUS, UITVOERING);
        List<Object[]> regels = new ArrayList<>();
        voortgang.forEach((instantie, v) -> regels.add(new Object[] {v[0], v[2], instantie}));
        jdbc.batchUpdate("update route071_rapport_proces set voortgang_tijd = ?, voortgangsstatus = ? where id = ?", regels);

        // per stemming task the last complete update of stemmen (the order of the engine's detail query)
        record Stem(long volgorde, Timestamp tijd, String id, String voorstel, Map<String, Boolean> aanwezig) {
            boolean later(Stem ander) {
                int c = Long.compare(volgorde, ander.volgorde);
                c = c != 0 ? c : tijd.compareTo(ander.tijd);
                return (c != 0 ? c : id.compareTo(ander.id)) > 0;
            }
        }
        Map<String, Stem> perTaak = new HashMap<>();
        lezer.query("select D.PROC_INST_ID_, D.VAR_INST_ID_, D.ACT_INST_ID_, D.ID_, D.SEQUENCE_COUNTER_, D.TIME_, B.BYTES_ "
                + "from ACT_HI_DETAIL D join ACT_GE_BYTEARRAY B on B.ID_ = D.BYTEARRAY_ID_ where D.TYPE_ = 'VariableUpdate' "
                + "and D.VAR_TYPE_ = 'json' and D.NAME_ = ? and D.PROC_DEF_KEY_ = ? "
                + "and not exists (select 1 from route071_rapport_stemming S where S.voorstel = D.PROC_INST_ID_)", (RowCallbackHandler) rij -> {
                    Map<String, Boolean> aanwezig = deelname(rij.getBytes(7));
                    if (aanwezig != null) {
                        Stem stem = new Stem(rij.getLong(5), rij.getTimestamp(6), rij.getString(4), rij.getString(1), aanwezig);
                        perTaak.merge(sleutel(rij.getString(2), rij.getString(3), rij.getString(4)), stem, (a, b) -> b.later(a) ? b : a);
                    }
                }, nl.route071.voorstel.RegionaalVoorstelProcess.VAR_STEMMEN, VOORSTEL);
        List<Object[]> stemmen = new ArrayList<>();
        perTaak.forEach((sleutel, stem) -> stem.aanwezig().forEach((gemeente, ja) -> stemmen.add(
                new Object[] {sleutel, stem.voorstel(), gemeente, ja ? 1 : 0})));
        for (int i = 0; i < stemmen.size(); i += 5000) {
            jdbc.batchUpdate("insert into route071_rapport_stemming (sleutel, voorstel, gemeente, aanwezig) values (?, ?, ?, ?)",
                    stemmen.subList(i, Math.min(stemmen.size(), i + 5000)));
        }
        LOG.info("Report figures from history: {} instances, {} progress reports, {} votes in {} s", instanties, regels.size(),
                perTaak.size(), (System.nanoTime() - t0) / 1_000_000_000);
    }
}
