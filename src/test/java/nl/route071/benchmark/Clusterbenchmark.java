package nl.route071.benchmark;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two nodes (the packaged jar, profile postgres) on one PostgreSQL: starts both with the given heap, drives routes
 * through both REST APIs with several clients, kills the second node with kill -9 halfway, restarts it, and checks
 * in the database that every route ended, none is lost or doubled, and no task was completed twice.
 *
 * <p>System properties: {@code bench.jar}, {@code bench.db} (JDBC URL; user/password route071),
 * {@code bench.ports} (two ports), {@code bench.routes}, {@code bench.clients}, {@code bench.jvm} (node JVM options),
 * {@code bench.logs} (directory for the node logs).
 */
public final class Clusterbenchmark {

    static final String GEBRUIKER = System.getenv().getOrDefault("ROUTE071_ADMIN_USER", "beheerder");
    static final String WACHTWOORD = System.getenv().getOrDefault("ROUTE071_ADMIN_PASSWORD", "Benchmark-Admin-1");

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((GEBRUIKER + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String jar = System.getProperty("bench.jar");
        String db = System.getProperty("bench.db");
        int[] ports = Arrays.stream(System.getProperty("bench.ports", "18088,18089").split(",")).mapToInt(Integer::parseInt).toArray();
        int routes = Integer.getInteger("bench.routes", 60);
        int clients = Integer.getInteger("bench.clients", 4);
        String jvm = System.getProperty("bench.jvm", "-Xmx384m");
        File logs = new File(System.getProperty("bench.logs", "target/benchmark"));
        logs.mkdirs();
        List<String> gemeenten = List.of("leiden", "voorschoten");
        String run = "CLUSTER-" + Long.toString(System.currentTimeMillis(), 36);

        Node a = new Node(ports[0], jar, db, jvm, logs);
        Node b = new Node(ports[1], jar, db, jvm, logs);
        boolean goed = true;
        try {
            // the first node alone creates the schema and the deployment; the second finds them
            double readyA = a.start();
            double readyB = b.start();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(db, "route071",
                    System.getenv().getOrDefault("POSTGRES_PASS", "route071"))) {
                Benchmarkkalender.vul(c);
            }
            System.out.printf("READY node=%d seconds=%.1f rss_mb=%d jvm=\"%s\"%n", a.port, readyA, a.rssKb() / 1024, jvm);
            System.out.printf("READY node=%d seconds=%.1f rss_mb=%d jvm=\"%s\"%n", b.port, readyB, b.rssKb() / 1024, jvm);

            Rijders rijders = new Rijders();
            List<String> nodes = List.of(a.url(), b.url());
            CompletableFuture<Double> rit = CompletableFuture.supplyAsync(() -> {
                try {
                    return rijders.rijd(clients, routes, run, gemeenten, c -> new RestLoket(nodes, c, GEBRUIKER, WACHTWOORD));
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // halfway: kill -9 the second node in the middle of the run, then start it again
            while (rijders.nummers.size() < routes / 2 && !rit.isDone()) {
                Thread.sleep(50);
            }
            long bijKill = rijders.tellers.voltooid().get();
            long pid = b.pid();
            b.killNegen();
            System.out.printf("KILL node=%d pid=%d signal=9 after_routes=%d after_completions=%d%n", b.port, pid,
                    rijders.nummers.size(), bijKill);
            Thread.sleep(3000);
            double herstart = b.start();
            System.out.printf("RESTART node=%d seconds=%.1f%n", b.port, herstart);
            double seconden = rit.get();
            Route.Tellers t = rijders.tellers;
            System.out.printf("CLUSTER routes=%d clients=%d seconds=%.1f routes_per_s=%.2f completions=%d completions_per_s=%.1f "
                    + "removed_tasks=%d conflicts=%d client_failovers=%d client_retries=%d%n", routes, clients, seconden,
                    routes / seconden, t.voltooid().get(), t.voltooid().get() / seconden, t.verdwenen().get(), t.conflicten().get(),
                    RestLoket.UITWIJKINGEN.get(), RestLoket.HERHAALD_NA_CONFLICT.get());
            goed = controleer(db, run, routes);
        }
        catch (Exception e) {
            e.printStackTrace(System.out);
            System.out.println("CHECK run_completed                FAILED (" + e + ")");
            System.out.println("CHECKS FAILED");
            goed = false;
        }
        finally {
            a.stop();
            b.stop();
        }
        System.exit(goed ? 0 : 1);
    }

    /** The checks, in the database both nodes share. */
    static boolean controleer(String db, String run, int routes) throws Exception {
        boolean goed = true;
        try (Connection c = DriverManager.getConnection(db, "route071", System.getenv().getOrDefault("POSTGRES_PASS", "route071"));
                Statement s = c.createStatement()) {
            String routesVanRun = "select p.* from act_hi_procinst p join act_hi_varinst v on v.proc_inst_id_ = p.id_ "
                    + "and v.name_ = 'titel' and v.text_ like '" + run + "-%' where p.proc_def_key_ = 'regionaalVoorstel'";
            long[] r = rij(s, "select count(*), count(distinct business_key_), count(end_time_), "
                    + "count(*) filter (where end_act_id_ = 'EndEvent_VoorstelUitgevoerd') from (" + routesVanRun + ") p");
            goed &= check("routes_started_once", r[0] == routes, r[0] + " of " + routes);
            goed &= check("business_keys_unique", r[1] == routes, r[1] + " distinct");
            goed &= check("routes_ended", r[2] == routes, r[2] + " ended, " + r[3] + " at EndEvent_VoorstelUitgevoerd");
            String instanties = "select id_ from act_hi_procinst where business_key_ in (select business_key_ from ("
                    + routesVanRun + ") x)";
            // every task the route created was completed by a client, or removed by its own route (a terminate end, an
            // interrupting event: ended without completion, in an instance that has ended); a lost task is one still
            // open in an ended route, or ended without completion while its instance runs on
            String taken = "select t.*, p.end_time_ as proc_end_ from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ "
                    + "where t.proc_inst_id_ in (" + instanties + ")";
            long[] t = rij(s, "select count(*), count(*) filter (where delete_reason_ = 'completed'), "
                    + "count(*) filter (where delete_reason_ is distinct from 'completed' and end_time_ is not null and proc_end_ is not null), "
                    + "count(*) filter (where end_time_ is null or (delete_reason_ is distinct from 'completed' and proc_end_ is null)) "
                    + "from (" + taken + ") x");
            goed &= check("tasks_completed_or_removed", t[1] + t[2] == t[0] && t[3] == 0, t[0] + " created: " + t[1]
                    + " completed, " + t[2] + " removed by their route, " + t[3] + " lost");
            try (ResultSet rs = s.executeQuery("select task_def_key_, coalesce(delete_reason_, 'open'), count(*) from (" + taken
                    + ") x where delete_reason_ is distinct from 'completed' group by 1, 2 order by 1, 2")) {
                List<String> redenen = new ArrayList<>();
                while (rs.next()) {
                    redenen.add(rs.getString(1) + ":" + rs.getString(2).replace(' ', '_') + "=" + rs.getLong(3));
                }
                System.out.println("TASKS removed_by_route " + (redenen.isEmpty() ? "none" : String.join(" ", redenen)));
            }
            // a step done twice (a start or a job repeated after the crash) shows as two tasks of one activity in one
            // instance open at the same time; a loop (progress reported again) opens them one after the other
            long[] d = rij(s, "select count(*) from (" + taken + ") a join (" + taken + ") b on a.proc_inst_id_ = b.proc_inst_id_ "
                    + "and a.task_def_key_ = b.task_def_key_ and a.id_ < b.id_ and a.start_time_ < coalesce(b.end_time_, now()) "
                    + "and b.start_time_ < coalesce(a.end_time_, now())");
            goed &= check("no_step_twice", d[0] == 0, d[0] + " pairs of tasks of one activity open at once in one instance");
            long[] open = rij(s, "select (select count(*) from act_ru_task where proc_inst_id_ in (" + instanties + ")), "
                    + "(select count(*) from act_ru_execution where proc_inst_id_ in (" + instanties + ")), "
                    + "(select count(*) from act_ru_incident), (select count(*) from act_ru_job where exception_msg_ is not null)");
            goed &= check("nothing_left_running", open[0] == 0 && open[1] == 0, open[0] + " tasks, " + open[1] + " executions");
            goed &= check("no_incidents_no_failed_jobs", open[2] == 0 && open[3] == 0, open[2] + " incidents, " + open[3] + " failing jobs");
            long[] ole = rij(s, "select count(*) filter (where job_exception_msg_ like '%OptimisticLocking%'), "
                    + "count(*) filter (where job_state_ = 1), count(*) filter (where job_state_ = 2) from act_hi_job_log "
                    + "where process_instance_id_ in (" + instanties + ")");
            // job log states: 1 failed attempt, 2 successful
            System.out.printf("JOBS successful=%d failed_attempts=%d of_which_optimistic_locking=%d (retried by the job executor)%n",
                    ole[2], ole[1], ole[0]);
            try (ResultSet rs = s.executeQuery("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and "
                    + "process_instance_id_ in (" + instanties + ") group by 1 order by 1")) {
                List<String> perNode = new ArrayList<>();
                while (rs.next()) {
                    perNode.add(rs.getString(1) + "=" + rs.getLong(2));
                }
                System.out.println("JOBS executed_per_node " + String.join(" ", perNode));
            }
        }
        System.out.println("CHECKS " + (goed ? "ALL PASSED" : "FAILED"));
        return goed;
    }

    private static boolean check(String naam, boolean ok, String detail) {
        System.out.printf("CHECK %-28s %s (%s)%n", naam, ok ? "ok" : "FAILED", detail);
        return ok;
    }

    private static long[] rij(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] r = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < r.length; i++) {
                r[i] = rs.getLong(i + 1);
            }
            return r;
        }
    }
}
