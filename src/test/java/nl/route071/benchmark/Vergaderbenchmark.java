package nl.route071.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.route071.Griffie;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.gedeeld.Klok;
import nl.route071.vergadering.Vergaderlijst;
import nl.route071.vergadering.Vergaderoverzicht;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The meetings pages at scale, a step of {@link Rapportbenchmark} on its database: a regiocommissie's meeting with its
 * agenda ({@code /vergaderingen/<key>}) and the meetings overview ({@code /vergaderingen}, all regiocommissies and one),
 * as {@link Vergaderoverzicht} reads them for the pages.
 *
 * <p>SYNTHETIC meetings, made as the proposals are: per regiocommissie one template meeting is held through the real
 * route in this JVM (planned, an agenda of {@value #PUNTEN} proposals adopted, attendance and outcomes recorded, the
 * besluitenlijst adopted), then its history rows are copied with {@code route071_bench_kopieer} (business keys
 * {@code VG-<regiocommissie>-1999nnnnnn}, each copy 7 days earlier). Idempotent: a template or copies already in the
 * database are kept and only the missing copies are made, so {@code BENCH_KEEP=1} seeds the meetings on a database
 * seeded before. Property {@code bench.meetings}: the number of copies over all regiocommissies (default one meeting
 * per 20 proposals, an assumption of this benchmark, not a figure of the seed). Every figure is printed, none asserted.
 */
final class Vergaderbenchmark {

    static final int PUNTEN = 5;
    private static final String[][] COMMISSIES = {{"regiocommissie-economie", "economie"}, {"regiocommissie-wonen", "wonen"},
            {"regiocommissie-bereikbaarheid", "bereikbaarheid"}, {"regiocommissie-energie", "energie"},
            {"regiocommissie-sociaal-domein", "sociaal-domein"}};
    private static final String TABELLEN = "{act_hi_procinst,act_hi_varinst,act_hi_detail,act_ge_bytearray}";

    private Vergaderbenchmark() {
    }

    static boolean meet(ConfigurableApplicationContext context, ProcessEngine engine, Connection c, int voorstellen, int samples)
            throws Exception {
        int doel = Integer.getInteger("bench.meetings", Math.max(COMMISSIES.length, voorstellen / 20));
        int per = Math.max(1, doel / COMMISSIES.length);
        long t0 = System.nanoTime();
        long rijen = 0;
        int sjablonenGemaakt = 0;
        String voorbeeld = null;
        for (String[] rc : COMMISSIES) {
            String kort = rc[0].replaceFirst("^regiocommissie-", "");
            String sjabloon = bestaandSjabloon(c, kort);
            if (sjabloon == null) {
                sjabloon = houdSjabloon(engine, rc[0], rc[1]);
                sjablonenGemaakt++;
            }
            String prefix = "VG-" + kort + "-1999";
            long bestaand = getal(c, "select count(*) from act_hi_procinst where proc_def_key_ = 'vergadering' and business_key_ like ?",
                    prefix + "%");
            if (bestaand < per) {
                rijen += Tasklistbenchmark.kopieer(c, sjabloon, (int) bestaand + 1, per, prefix, "7 days", TABELLEN);
            }
            if ("wonen".equals(kort)) {
                voorbeeld = prefix + String.format("%06d", Math.max(1, per / 2));
            }
        }
        // the overview's own list (V63) gets the copies as migration 64 fills it from history
        int opgenomen = Vergaderlijst.vul(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
        if (rijen > 0 || opgenomen > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE act_hi_procinst; ANALYZE act_hi_varinst; ANALYZE route071_vergadering");
            }
        }
        long vergaderingen = getal(c, "select count(*) from act_hi_procinst where proc_def_key_ = 'vergadering'", null);
        System.out.printf("SEED synthetic=yes meetings=%d meetings_per_regiocommissie=%d templates_made=%d rows_copied=%d "
                + "meetings_listed=%d seconds=%.0f%n", vergaderingen, per, sjablonenGemaakt, rijen, opgenomen, (System.nanoTime() - t0) / 1e9);

        Vergaderoverzicht overzicht = context.getBean(Vergaderoverzicht.class);
        String sleutel = voorbeeld;
        List<String> metingen = new ArrayList<>();
        metingen.add(Rapportbenchmark.meet("page meetings_overview all_regiocommissies", samples,
                () -> overzicht.recent(Optional.empty()).size()));
        metingen.add(Rapportbenchmark.meet("page meetings_overview regiocommissie-wonen", samples,
                () -> overzicht.recent(Optional.of("regiocommissie-wonen")).size()));
        metingen.add(Rapportbenchmark.meet("page meeting_agenda " + sleutel, samples,
                () -> overzicht.vergadering(sleutel).map(v -> v.agenda().size()).orElse(-1)));
        metingen.forEach(System.out::println);
        return overzicht.vergadering(sleutel).map(v -> v.agenda().size() == PUNTEN).orElse(false);
    }

    /** A template held before: a meeting of this regiocommissie with a real (not copied) key and a published besluitenlijst. */
    private static String bestaandSjabloon(Connection c, String kort) throws Exception {
        try (PreparedStatement p = c.prepareStatement("select business_key_ from act_hi_procinst where proc_def_key_ = 'vergadering'"
                + " and business_key_ like ? and business_key_ not like ? and end_act_id_ = 'EndEvent_BesluitenlijstGepubliceerd'"
                + " order by business_key_ limit 1")) {
            p.setString(1, "VG-" + kort + "-%");
            p.setString(2, "VG-" + kort + "-1999%");
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** One meeting of the regiocommissie through the real route, on the engine clock: returns its business key. */
    private static String houdSjabloon(ProcessEngine engine, String regiocommissie, String ambitie) {
        RuntimeService runtime = engine.getRuntimeService();
        Griffie griffie = new Griffie(engine);
        Voorstelroute route = new Voorstelroute(engine);
        LocalDate vandaag = Klok.vandaag();
        try {
            List<String> nummers = new ArrayList<>();
            for (int i = 1; i <= PUNTEN; i++) {
                String nr = route.dienIn(vandaag.toString(), "Synthetisch agendapunt " + i, ambitie, "kaderstellend", "leiden", "voorschoten");
                route.bestuurstafel(nr, ambitie, "vaststellen");
                nummers.add(nr);
            }
            LocalDate dag = vandaag.plusDays(14);
            Map<String, Object> plan = new HashMap<>();
            plan.put("regiocommissie", regiocommissie);
            plan.put("soortVergadering", "regulier");
            plan.put("vergaderdatum", dag.toString());
            plan.put("aanvangstijd", "19:30");
            plan.put("locatie", "Synthetisch (benchmark)");
            String vg = runtime.startProcessInstanceByKey("vergadering", plan).getBusinessKey();
            griffie.voltooi(vg, "regiogriffie", "UserTask_AgendaOpstellen", Map.of("agendaKeuze", json(nummers), "samenBehandelen", json(List.of())));

            ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(dag, java.time.LocalTime.of(21, 30)).atZone(ZoneId.systemDefault()).toInstant()));
            String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(vg).processDefinitionKey("vergadering").singleResult().getId();
            SpinJsonNode presentielijst = Spin.JSON("[]");
            ((SpinJsonNode) runtime.getVariable(id, "presentielijst")).elements().forEach(l -> presentielijst.append(Spin.JSON("{\"aanwezig\": true}")));
            List<Map<String, Object>> punten = new ArrayList<>();
            for (int i = 0; i < PUNTEN; i++) {
                punten.add(Map.of("uitkomst", "behandeld", "toelichterBestuurlijk", "synthetisch bestuurlijk lid",
                        "toelichterMaatschappelijk", "synthetisch maatschappelijk lid"));
            }
            Map<String, Object> vergadering = new HashMap<>();
            vergadering.put("verloop", "gehouden");
            vergadering.put("presentielijst", SpinValues.jsonValue(presentielijst.toString()).create());
            vergadering.put("agendapunten", SpinValues.jsonValue(Spin.JSON(punten).toString()).create());
            griffie.voltooi(vg, "regiogriffie", "UserTask_VergaderingHouden", vergadering);
            griffie.voltooi(vg, "regiogriffie", "UserTask_BesluitenlijstVaststellen", Map.of());
            return vg;
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    private static Object json(List<String> lijst) {
        return SpinValues.jsonValue(Spin.JSON(lijst).toString()).create();
    }

    private static long getal(Connection c, String sql, String parameter) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (parameter != null) {
                p.setString(1, parameter);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
