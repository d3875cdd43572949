package nl.route071.benchmark;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import java.nio.file.Path;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import nl.route071.Route071Application;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The route benchmark in one JVM: starts Route071 (profile postgres, no web server) with the settings given as
 * Spring arguments, drives warm-up routes, then the measured routes with several clients through the Java API,
 * and prints one {@code RESULT} line. Run by {@code benchmark/run.sh}; see docs/operations.md.
 *
 * <p>The route's tasks are whatever it opens ({@link Route}: every open task completed with values from its form), so
 * the number of completions per route is counted, not expected; a run passes when every route ended once. Tasks
 * removed by their route ({@code removed_tasks}) and completions retried after a conflict ({@code conflicts}) are in
 * the output. PostgreSQL's own counters give the row writes and commits per completion.
 *
 * <p>System properties: {@code bench.settings} (label), {@code bench.clients}, {@code bench.routes},
 * {@code bench.warmup}, {@code bench.gemeenten} (comma-separated), {@code bench.stats} (false: no row counts, no wait
 * for them), {@code bench.jfr} (a file: a JFR recording of the measured run).
 */
public final class Routebenchmark {

    /** CPU time of this JVM: less disturbed by other work on the machine than wall time. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        String settings = System.getProperty("bench.settings", "route071");
        int clients = Integer.getInteger("bench.clients", 4);
        int routes = Integer.getInteger("bench.routes", 200);
        int warmup = Integer.getInteger("bench.warmup", 50);
        List<String> gemeenten = Arrays.asList(System.getProperty("bench.gemeenten", "leiden,voorschoten").split(","));

        long t0 = System.nanoTime();
        SpringApplication app = new SpringApplication(Route071Application.class);
        ConfigurableApplicationContext context = app.run(args);
        double gestart = (System.nanoTime() - t0) / 1e9;
        boolean goed = false;
        try {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Benchmarkkalender.vul(dataSource);
            String run = Long.toString(System.currentTimeMillis(), 36);

            Rijders opwarmen = new Rijders();
            double warmSeconden = opwarmen.rijd(clients, warmup, "BENCHMARK-" + settings + "-" + run + "-warm", gemeenten,
                    c -> new JavaApiLoket(engine));
            boolean stats = Boolean.parseBoolean(System.getProperty("bench.stats", "true"));
            long[] db0 = stats ? databaseTellers(dataSource) : null;
            String jfr = System.getProperty("bench.jfr");
            Recording profiel = null;
            if (jfr != null) {
                // the measured run only: "profile" samples every thread's stack every 10 ms (the route's clients and the job executor)
                profiel = new Recording(Configuration.getConfiguration("profile"));
                profiel.start();
            }
            Rijders meting = new Rijders();
            long cpu0 = cpuNanos();
            double seconden = meting.rijd(clients, routes, "BENCHMARK-" + settings + "-" + run, gemeenten, c -> new JavaApiLoket(engine));
            long cpu = cpuNanos() - cpu0;
            if (profiel != null) {
                profiel.stop();
                profiel.dump(Path.of(jfr));
                profiel.close();
            }
            long[] db1 = db0 == null ? null : databaseTellers(dataSource);

            Route.Tellers t = meting.tellers;
            long voltooid = Math.max(1, t.voltooid().get());
            long uniek = meting.nummers.stream().distinct().count();
            System.out.printf("RESULT settings=%s clients=%d routes=%d gemeenten=%d warmup_routes=%d warmup_s=%.1f context_start_s=%.1f "
                    + "seconds=%.2f routes_per_s=%.2f completions=%d completions_per_route=%.1f removed_tasks=%d conflicts=%d "
                    + "completions_per_s=%.1f jvm_cpu_ms_per_completion=%.2f row_writes_per_completion=%.1f commits_per_completion=%.1f "
                    + "distinct_numbers=%d routes_ended=%d waits=%d max_heap_mb=%d gc=%s%n",
                    settings, clients, routes, gemeenten.size(), warmup, warmSeconden, gestart, seconden, routes / seconden,
                    t.voltooid().get(), (double) t.voltooid().get() / routes, t.verdwenen().get(), t.conflicten().get(),
                    t.voltooid().get() / seconden, cpu / 1e6 / voltooid,
                    db0 == null ? Double.NaN : (double) (db1[0] - db0[0]) / voltooid,
                    db0 == null ? Double.NaN : (double) (db1[1] - db0[1]) / voltooid,
                    uniek, meting.nummers.size(), t.wachtrondes().get(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName().replace(' ', '_')).toList());
            goed = uniek == routes && meting.nummers.size() == routes;
        }
        catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.out.printf("RESULT settings=%s FAILED: %s%n", settings, e);
        }
        finally {
            context.close();
        }
        System.exit(goed ? 0 : 1);
    }

    /**
     * PostgreSQL's counters of this database: rows inserted + updated + deleted, and commits (read transactions
     * included). A backend reports its counters when idle for a while (up to 10 s in PostgreSQL 15), hence the wait.
     */
    static long[] databaseTellers(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return null;
            }
            Thread.sleep(11_000);
            s.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("select tup_inserted + tup_updated + tup_deleted, xact_commit from pg_stat_database "
                    + "where datname = current_database()")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
