package nl.route071.benchmark;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import nl.route071.overzicht.Webapps;

/**
 * Tasklist at scale: one node (the packaged jar) on a database seeded with many completed and open proposals, then
 * the REST task query a griffie's Tasklist makes and the overview page, each timed (p50/p95).
 *
 * <p>Seeding: proposals driven through the node's REST API serve as templates (one completed, one open at each stage
 * up to the councils); {@code kopieer-voorstel.sql} copies their engine rows in the database with
 * generate_series, so the copies look exactly like the engine's own.
 *
 * <p>System properties: {@code bench.jar}, {@code bench.db}, {@code bench.port}, {@code bench.jvm},
 * {@code bench.completed} (100000), {@code bench.open} (5000), {@code bench.samples} (200), {@code bench.logs}.
 */
public final class Tasklistbenchmark {

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db");
        int completed = Integer.getInteger("bench.completed", 100_000);
        int open = Integer.getInteger("bench.open", 5_000);
        int samples = Integer.getInteger("bench.samples", 200);
        Node node = new Node(Integer.getInteger("bench.port", 18088), System.getProperty("bench.jar"), db,
                System.getProperty("bench.jvm", "-Xmx384m"), new File(System.getProperty("bench.logs", "target/benchmark")));
        boolean goed;
        try (Connection c = DriverManager.getConnection(db, "route071", System.getenv().getOrDefault("POSTGRES_PASS", "route071"))) {
            double ready = node.start();
            System.out.printf("READY node=%d seconds=%.1f%n", node.port, ready);
            Benchmarkkalender.vul(c);
            RestLoket rest = new RestLoket(List.of(node.url()), 0, Clusterbenchmark.GEBRUIKER, Clusterbenchmark.WACHTWOORD);
            if (Boolean.parseBoolean(System.getProperty("bench.seed", "true"))) {
                seed(c, rest, completed, open);
            }

            List<String> metingen = new ArrayList<>();
            for (String groepen : List.of("griffie-leiden", "werkgroep-wonen", "griffie-leiden,regiogriffie")) {
                String filter = "candidateGroups=" + groepen;
                metingen.add(meet("task_list " + groepen, samples, () -> status(rest.get(
                        "/engine-rest/task?" + filter + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"))));
                metingen.add(meet("task_count " + groepen, samples, () -> status(rest.get("/engine-rest/task/count?" + filter))));
            }
            Webapps stuurgroep = stuurgroepLid(rest, node.port);
            metingen.add(meet("overzicht page", Math.max(20, samples / 10), () -> {
                HttpResponse<String> r = stuurgroep.get("/overzicht");
                return r.statusCode();
            }));
            metingen.forEach(System.out::println);
            goed = metingen.stream().noneMatch(m -> m.contains("errors=") && !m.contains("errors=0"));
        }
        finally {
            node.stop();
        }
        System.exit(goed ? 0 : 1);
    }

    private static int status(RestLoket.Antwoord a) {
        return a.status();
    }

    /** Times the request {@code n} times after ten unmeasured ones; a line with p50, p95 and max in ms. */
    static String meet(String naam, int n, Supplier<Integer> verzoek) {
        for (int i = 0; i < 10; i++) {
            verzoek.get();
        }
        long[] ms = new long[n];
        int fouten = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            int status = verzoek.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            fouten += status == 200 ? 0 : 1;
        }
        Arrays.sort(ms);
        return String.format("QUERY %-40s samples=%d p50_ms=%d p95_ms=%d max_ms=%d errors=%d", naam.replace(' ', ':'), n,
                ms[(int) Math.ceil(n * 0.50) - 1], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1], fouten);
    }

    /** A member of the stuurgroep, logged in the way Tasklist's login page does it. */
    private static Webapps stuurgroepLid(RestLoket rest, int port) throws Exception {
        String gebruiker = "benchmark-stuurgroep";
        String wachtwoord = "Benchmark-1-" + Long.toString(System.nanoTime(), 36);
        // create (or re-create) the user through the REST API as the admin, and put it in the stuurgroep
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/engine-rest";
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/user/" + gebruiker)).DELETE()
                .header("Authorization", Clusterbenchmark.basic()).build(), HttpResponse.BodyHandlers.discarding());
        String body = "{\"profile\":{\"id\":\"" + gebruiker + "\",\"firstName\":\"Benchmark\",\"lastName\":\"Stuurgroep\"},"
                + "\"credentials\":{\"password\":\"" + wachtwoord + "\"}}";
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/user/create"))
                .header("Authorization", Clusterbenchmark.basic()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/group/stuurgroep/members/" + gebruiker))
                .header("Authorization", Clusterbenchmark.basic()).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        for (String stap : List.of(base + "/user/" + gebruiker + "/profile", base + "/group?member=" + gebruiker + "&firstResult=0&maxResults=10")) {
            HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(stap))
                    .header("Authorization", Clusterbenchmark.basic()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("USER %s -> %d %s%n", stap, r.statusCode(), r.body());
        }
        return new Webapps(port).logInAls(gebruiker, wachtwoord);
    }

    /** Templates through the engine, copies in the database; prints what it made and how long it took. */
    static void seed(Connection c, RestLoket rest, int completed, int open) throws Exception {
        long t0 = System.nanoTime();
        String run = "SEED-" + Long.toString(System.currentTimeMillis(), 36);
        Route route = new Route(rest, new Route.Tellers());
        List<String> gemeenten = List.of("leiden", "voorschoten");
        String afgerond = route.rijd(run + "-afgerond", "wonen", gemeenten);
        // open templates: 0 to 5 tasks done (werkgroep, bestuurstafel, regiogriffie x3), 6: both councils put it on the agenda
        List<String> openSjablonen = new ArrayList<>();
        int[] stappen = {0, 1, 2, 3, 4, 5, 6};
        for (int s : stappen) {
            String nr = rest.dienIn(run + "-open-" + s, Rijders.AMBITIES[s % Rijders.AMBITIES.length], gemeenten);
            route.rijdVerder(nr, s);
            openSjablonen.add(nr);
        }
        String sql = new String(Tasklistbenchmark.class.getResourceAsStream("/benchmark/kopieer-voorstel.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        // completed proposals: the history the overview, the evaluation and history cleanup read (process instances,
        // variables with their byte arrays, tasks); open ones: every runtime and history row
        long rijen = kopieer(c, afgerond, completed, "RV-1999-", "1 minute",
                "{act_hi_procinst,act_hi_varinst,act_hi_taskinst,act_ge_bytearray}");
        int perSjabloon = open / openSjablonen.size();
        for (int i = 0; i < openSjablonen.size(); i++) {
            int aantal = i == openSjablonen.size() - 1 ? open - perSjabloon * i : perSjabloon;
            rijen += kopieer(c, openSjablonen.get(i), aantal, "RV-199" + (i % 8) + "-" + i, "1 second", null);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select (select count(*) from act_hi_procinst "
                + "where proc_def_key_ = 'regionaalVoorstel' and end_time_ is not null), (select count(*) from act_hi_procinst "
                + "where proc_def_key_ = 'regionaalVoorstel' and end_time_ is null), (select count(*) from act_ru_task), "
                + "(select count(*) from act_hi_procinst), (select count(*) from act_hi_actinst)")) {
            rs.next();
            System.out.printf("SEED completed_proposals=%d open_proposals=%d open_tasks=%d hi_procinst=%d hi_actinst=%d "
                    + "rows_copied=%d seconds=%.0f%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rijen, (System.nanoTime() - t0) / 1e9);
        }
    }

    static long kopieer(Connection c, String sjabloon, int aantal, String prefix, String stap, String tabellen)
            throws Exception {
        return kopieer(c, sjabloon, 1, aantal, prefix, stap, tabellen);
    }

    /** Copies {@code eerste} up to and including {@code laatste}, 5,000 copies per call (one transaction each). */
    static long kopieer(Connection c, String sjabloon, int eerste, int laatste, String prefix, String stap, String tabellen)
            throws Exception {
        long rijen = 0;
        for (int van = eerste; van <= laatste; van += 5000) {
            try (PreparedStatement p = c.prepareStatement("select route071_bench_kopieer(?, ?, ?, ?, ?::interval, ?::text[])")) {
                p.setString(1, sjabloon);
                p.setInt(2, van);
                p.setInt(3, Math.min(laatste, van + 4999));
                p.setString(4, prefix);
                p.setString(5, stap);
                p.setString(6, tabellen);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    rijen += rs.getLong(1);
                }
            }
        }
        return rijen;
    }
}
