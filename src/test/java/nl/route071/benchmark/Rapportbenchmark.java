package nl.route071.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.route071.Route071Application;
import nl.route071.evaluatie.EvaluatieRapport;
import nl.route071.evaluatie.EvaluatieRapportage;
import nl.route071.evaluatie.Rapportgegevenskopie;
import nl.route071.evaluatie.Samenwerking;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.gedeeld.Klok;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bounded reads at scale, in one JVM (run it with the heap the target names, {@code -Xmx384m}): Route071 on
 * PostgreSQL, seeded with SYNTHETIC proposals, then
 * <ol>
 * <li>the evaluation report ({@link EvaluatieRapportage}) over every proposal since the start of the cooperation, as
 * the report job and the report page compute it: seconds, the heap limit and the heap pools' peak use;</li>
 * <li>the task queries of a griffier (a griffie user of the directory, authorization on, not an administrator): the
 * Tasklist filter "Taken van mijn groep" (list of 15 and count, as Tasklist asks for them) and a query by the user's
 * candidate groups; p50/p95/max in ms.</li>
 * </ol>
 *
 * <p>Synthetic data, made honestly: template proposals are driven through the real route in this JVM (the engine's
 * Java API, as in the process tests), then {@code kopieer-voorstel.sql} copies their engine rows in the database with
 * generate_series (new ids, business keys {@code RV-1999-nnnnnn}, each copy one second earlier). Completed copies get
 * the history the report reads (process instances, variables, variable updates, byte arrays); open copies get every
 * runtime and history row and, with {@code kopieer-autorisaties.sql}, the task grants Camunda made for the template's
 * candidate groups, so the griffier sees them as they would see real tasks. Every figure is printed, none is
 * asserted. Then the meetings pages ({@link Vergaderbenchmark}), their meetings seeded when missing.
 *
 * <p>System properties: {@code bench.proposals} (100000), {@code bench.open} (5000), {@code bench.samples} (200),
 * {@code bench.report.runs} (3), {@code bench.seed} (true). Spring arguments as for {@link Routebenchmark}.
 */
public final class Rapportbenchmark {

    public static void main(String[] args) throws Exception {
        int voorstellen = Integer.getInteger("bench.proposals", 100_000);
        int open = Integer.getInteger("bench.open", 5_000);
        int samples = Integer.getInteger("bench.samples", 200);
        int runs = Integer.getInteger("bench.report.runs", 3);
        boolean seed = Boolean.parseBoolean(System.getProperty("bench.seed", "true"));

        ConfigurableApplicationContext context = new SpringApplication(Route071Application.class).run(args);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        DataSource dataSource = context.getBean(DataSource.class);
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        System.out.printf("JVM heap_max_mb=%d gc=%s authorization=%s job_executor=%s%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName().replace(' ', '_')).toList(),
                configuratie.isAuthorizationEnabled(), configuratie.getJobExecutor().isActive());
        boolean goed = true;
        try (Connection c = dataSource.getConnection()) {
            if (seed) {
                seed(engine, dataSource, c, voorstellen, open);
                // the copies have no history events: their report rows as migration 6 makes them from history
                long t0 = System.nanoTime();
                Rapportgegevenskopie.vulAan(dataSource);
                System.out.printf("SEED report_tables_filled_seconds=%.0f%n", (System.nanoTime() - t0) / 1e9);
            }
            tel(c);
            // the meetings pages: their synthetic meetings seeded on top of the proposals when missing (idempotent)
            goed &= Vergaderbenchmark.meet(context, engine, c, voorstellen, samples);
            goed &= rapport(context, runs);
            goed &= taken(engine, samples);
        }
        finally {
            context.close();
        }
        System.exit(goed ? 0 : 1);
    }

    /**
     * The report over every proposal since the start of the cooperation. The report job computes it as the engine
     * (no user), and so does the page, once it has checked that the visitor is a member of a group
     * ({@code Aanmelding.alsGebruiker}): one measurement covers both.
     */
    private static boolean rapport(ConfigurableApplicationContext context, int runs) {
        EvaluatieRapportage rapportage = context.getBean(EvaluatieRapportage.class);
        LocalDate van = context.getBean(Samenwerking.class).getStartdatum();
        boolean goed = true;
        for (int i = 1; i <= runs; i++) {
            System.gc();
            piekenTerug();
            long t0 = System.nanoTime();
            try {
                EvaluatieRapport r = rapportage.bereken("actueel", van, Klok.vandaag());
                double seconden = (System.nanoTime() - t0) / 1e9;
                int ingediend = r.perAmbitie().stream().mapToInt(EvaluatieRapport.AmbitieTelling::ingediend).sum();
                System.out.printf("REPORT run=%d proposals=%d advice_rounds=%d deviations=%d votes_leiden=%d seconds=%.2f "
                        + "heap_max_mb=%d heap_pools_peak_mb=%d%n", i, ingediend, r.doorlooptijd().rondes().size(),
                        r.afwijkingen().size(), r.deelname().stream().filter(d -> d.gemeente().equals("leiden"))
                                .mapToInt(EvaluatieRapport.Deelname::stemmingen).sum(),
                        seconden, Runtime.getRuntime().maxMemory() / (1024 * 1024), piek());
                goed &= ingediend > 0;
            }
            catch (RuntimeException | OutOfMemoryError e) {
                System.out.printf("REPORT run=%d FAILED %s after %.2f s%n", i, e, (System.nanoTime() - t0) / 1e9);
                goed = false;
            }
        }
        return goed;
    }

    /** The queries a griffier's Tasklist sends, as that griffier (authorization on). */
    private static boolean taken(ProcessEngine engine, int samples) {
        IdentityService identity = engine.getIdentityService();
        TaskService taskService = engine.getTaskService();
        FilterService filterService = engine.getFilterService();
        String griffier = eersteLid(identity, "griffie-leiden");
        List<String> groepen = groepen(identity, griffier);
        // as Tasklist logs a user in: their groups and their gemeente's tenants
        List<String> tenants = identity.createTenantQuery().userMember(griffier).includingGroupsOfUser(true).list().stream()
                .map(t -> t.getId()).toList();
        identity.setAuthentication(griffier, groepen, tenants);
        try {
            List<String> metingen = new ArrayList<>();
            String[] kandidaat = groepen.toArray(String[]::new);
            metingen.add(meet("task_list candidate_groups " + griffier, samples, () -> taskService.createTaskQuery()
                    .taskCandidateGroupIn(List.of(kandidaat)).orderByTaskCreateTime().desc().listPage(0, 15).size()));
            metingen.add(meet("task_count candidate_groups " + griffier, samples,
                    () -> (int) taskService.createTaskQuery().taskCandidateGroupIn(List.of(kandidaat)).count()));
            for (Filter filter : filterService.createTaskFilterQuery().orderByFilterId().asc().listPage(0, 20)) {
                String naam = filter.getName().replace(' ', '_');
                metingen.add(meet("filter_list " + naam + " " + griffier, samples, () -> filterService.listPage(filter.getId(), 0, 15).size()));
                metingen.add(meet("filter_count " + naam + " " + griffier, samples, () -> filterService.count(filter.getId()).intValue()));
            }
            System.out.printf("GRIFFIER user=%s groups=%s tenants=%s admin=%s%n", griffier, String.join(",", groepen),
                    String.join(",", tenants), groepen.contains("camunda-admin"));
            metingen.forEach(System.out::println);
            return !groepen.contains("camunda-admin");
        }
        finally {
            identity.clearAuthentication();
        }
    }

    /** Times the query {@code n} times after ten unmeasured ones: p50, p95 and max in ms, and the last result size. */
    static String meet(String naam, int n, Supplier<Integer> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        double[] ms = new double[n];
        int resultaat = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            resultaat = query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return String.format("QUERY %-60s samples=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f result=%d", naam.replace(' ', ':'), n,
                ms[(int) Math.ceil(n * 0.50) - 1], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1], resultaat);
    }

    private static String eersteLid(IdentityService identity, String... groepen) {
        for (String groep : groepen) {
            List<User> leden = identity.createUserQuery().memberOfGroup(groep).orderByUserId().asc().listPage(0, 1);
            if (!leden.isEmpty()) {
                return leden.get(0).getId();
            }
        }
        throw new IllegalStateException("no user in " + Arrays.toString(groepen));
    }

    private static List<String> groepen(IdentityService identity, String gebruiker) {
        return identity.createGroupQuery().groupMember(gebruiker).listPage(0, 200).stream().map(Group::getId).toList();
    }

    private static void piekenTerug() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum of the heap pools' peaks since {@link #piekenTerug()}: an upper bound of the heap's peak use, garbage
     * included (a young generation fills up before it is collected), not the live data.
     */
    private static long piek() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static void tel(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select "
                + "(select count(*) from act_hi_procinst where proc_def_key_ = 'regionaalVoorstel'), "
                + "(select count(*) from act_hi_procinst where proc_def_key_ = 'regionaalVoorstel' and end_time_ is null), "
                + "(select count(*) from act_hi_procinst), (select count(*) from act_hi_varinst), (select count(*) from act_hi_detail), "
                + "(select count(*) from act_ru_task), (select count(*) from act_ru_authorization), "
                + "(select count(*) from route071_rapport_proces), (select count(*) from route071_rapport_stemming)")) {
            rs.next();
            System.out.printf("DATA synthetic=yes proposals=%d open_proposals=%d hi_procinst=%d hi_varinst=%d hi_detail=%d "
                    + "open_tasks=%d authorizations=%d report_rows=%d report_vote_rows=%d%n", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
        }
    }

    /** Templates through the route in this JVM, copies in the database; prints what it made and how long it took. */
    static void seed(ProcessEngine engine, DataSource dataSource, Connection c, int voorstellen, int open) throws Exception {
        long t0 = System.nanoTime();
        Voorstelroute route = new Voorstelroute(engine);
        String afgerond;
        List<String> sjablonen = new ArrayList<>();
        try {
            afgerond = afgerondSjabloon(route);
            String vandaag = Klok.vandaag().toString();
            String[] gemeenten = {"leiden", "voorschoten"};
            for (int stap = 0; stap <= 5; stap++) {
                String nr = route.dienIn(vandaag, "Synthetisch sjabloon open " + stap, "wonen", "kaderstellend", gemeenten);
                if (stap >= 1) {
                    route.bestuurstafel(nr, "wonen", "vaststellen");
                }
                if (stap >= 2) {
                    route.consensus(nr);
                }
                if (stap >= 3) {
                    route.advies(nr, "volledig", vandaag);
                }
                if (stap == 4) {
                    new nl.route071.Griffie(engine).collegesBiedenAan(nr);    // both griffies: "Advies agenderen"
                }
                if (stap == 5) {
                    for (String gemeente : gemeenten) {
                        route.agenderen(nr, gemeente, vandaag);                 // both griffies: "Raadsbesluit vastleggen"
                    }
                }
                sjablonen.add(nr);
            }
        }
        finally {
            Voorstelroute.klokTerug();
        }
        try (Statement s = c.createStatement()) {
            s.execute(new String(Rapportbenchmark.class.getResourceAsStream("/benchmark/kopieer-voorstel.sql").readAllBytes(),
                    StandardCharsets.UTF_8));
            s.execute(Files.readString(Path.of("benchmark/kopieer-autorisaties.sql")));
        }
        // completed: the history the report reads; open: every runtime and history row, and the task grants
        long rijen = parallel(dataSource, afgerond, voorstellen, "RV-1999-", "{act_hi_procinst,act_hi_varinst,act_hi_detail,act_ge_bytearray}");
        int perSjabloon = open / sjablonen.size();
        for (int i = 0; i < sjablonen.size(); i++) {
            int aantal = i == sjablonen.size() - 1 ? open - perSjabloon * i : perSjabloon;
            String prefix = "RV-1998-" + i;
            rijen += Tasklistbenchmark.kopieer(c, sjablonen.get(i), aantal, prefix, "1 second", null);
            try (PreparedStatement p = c.prepareStatement("select route071_bench_kopieer_autorisaties(?, ?, ?)")) {
                p.setString(1, sjablonen.get(i));
                p.setInt(2, 1);
                p.setInt(3, aantal);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    rijen += rs.getLong(1);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        System.out.printf("SEED synthetic=yes completed_template=%s open_templates=%s rows_copied=%d seconds=%.0f%n", afgerond,
                sjablonen, rijen, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The completed copies in {@code bench.seed.sessions} (2) database sessions at once, each its own range of copy
     * numbers: one session copies with one CPU core of PostgreSQL (the regular expressions that give each copy its
     * ids), so two halve the hours that 100,000 copies take on a 2-core machine.
     */
    private static long parallel(DataSource dataSource, String sjabloon, int aantal, String prefix, String tabellen) throws Exception {
        int sessies = Math.max(1, Integer.getInteger("bench.seed.sessions", 2));
        int per = (aantal + sessies - 1) / sessies;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessies);
        try {
            List<java.util.concurrent.Future<Long>> delen = new ArrayList<>();
            for (int i = 0; i < sessies; i++) {
                int van = i * per + 1;
                int tot = Math.min(aantal, (i + 1) * per);
                if (van <= tot) {
                    delen.add(pool.submit(() -> {
                        try (Connection c = dataSource.getConnection()) {
                            return Tasklistbenchmark.kopieer(c, sjabloon, van, tot, prefix, "1 second", tabellen);
                        }
                    }));
                }
            }
            long rijen = 0;
            for (java.util.concurrent.Future<Long> deel : delen) {
                rijen += deel.get();
            }
            return rijen;
        }
        finally {
            pool.shutdown();
        }
    }

    /**
     * The completed template: a kaderstellend proposal of three gemeenten with a vote in the regiocommissie, a joint
     * advice, three council decisions (one amended, accounted for), uitvoering with a progress report, carried out.
     */
    private static String afgerondSjabloon(Voorstelroute route) {
        String nr = route.dienIn("2025-01-06", "Synthetisch sjabloon afgerond", "wonen", "kaderstellend", "leiden", "oegstgeest",
                "voorschoten");
        route.bestuurstafel(nr, "wonen", "vaststellen");
        route.stemming(nr, "2025-02-10", gemeente -> "voor");
        route.advies(nr, "volledig", "2025-03-03");
        route.raadsbesluit(nr, "leiden", "conform", "2025-04-14");
        route.raadsbesluit(nr, "oegstgeest", "geamendeerd", "2025-05-19", Map.of("amendementTekst", "Synthetisch amendement"),
                "Synthetische verantwoording.");
        route.raadsbesluit(nr, "voorschoten", "conform", "2025-04-24");
        for (String gemeente : List.of("leiden", "oegstgeest", "voorschoten")) {
            route.uitvoeringOrganiseren(nr, gemeente);
        }
        route.kwartaalVerstreken(nr, "2025-08-20");
        for (String gemeente : List.of("leiden", "oegstgeest", "voorschoten")) {
            route.voortgang(nr, gemeente, "op-schema");
        }
        for (String gemeente : List.of("leiden", "oegstgeest", "voorschoten")) {
            route.uitvoeringGereed(nr, gemeente, "2025-09-01");
        }
        return nr;
    }
}
