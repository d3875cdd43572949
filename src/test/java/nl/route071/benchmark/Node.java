package nl.route071.benchmark;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One Route071 node: the packaged jar in a JVM of its own, profile postgres, on its own port. */
final class Node {

    final int port;
    private final String jar;
    private final String database;
    private final List<String> jvmOpties;
    private final File log;
    private Process proces;

    Node(int port, String jar, String database, String jvmOpties, File logDir) {
        this.port = port;
        this.jar = jar;
        this.database = database;
        this.jvmOpties = jvmOpties.isBlank() ? List.of() : Arrays.asList(jvmOpties.trim().split("\\s+"));
        this.log = new File(logDir, "node-" + port + ".log");
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Starts the JVM and returns the seconds until the REST API answers. */
    double start() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + "/bin/java");
        cmd.addAll(jvmOpties);
        cmd.addAll(List.of("-jar", jar, "--spring.profiles.active=postgres", "--server.port=" + port,
                "--camunda.bpm.generic-properties.properties.hostname=node-" + port));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        Map<String, String> env = pb.environment();
        env.put("POSTGRES_URL", database);
        env.putIfAbsent("ROUTE071_ADMIN_PASSWORD", Clusterbenchmark.WACHTWOORD);
        env.putIfAbsent("POSTGRES_USER", "route071");
        env.putIfAbsent("POSTGRES_PASS", "route071");
        // the benchmark talks plain HTTP to localhost: Secure cookies would keep its webapp login from working
        env.putIfAbsent("ROUTE071_SECURE_COOKIES", "false");
        long t0 = System.nanoTime();
        proces = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (true) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("node " + port + " stopped during start, see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/engine-rest/version"))
                        .header("Authorization", Clusterbenchmark.basic()).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            }
            catch (java.io.IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > 300_000_000_000L) {
                throw new IllegalStateException("node " + port + " not ready after 5 minutes, see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** kill -9: the JVM ends at once, without shutdown hooks, mid-transaction. */
    void killNegen() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor();
    }

    void stop() throws InterruptedException {
        if (proces != null && proces.isAlive()) {
            proces.destroy();
            proces.waitFor();
        }
    }

    long pid() {
        return proces.pid();
    }

    long rssKb() {
        try {
            for (String regel : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + proces.pid() + "/status"))) {
                if (regel.startsWith("VmRSS:")) {
                    return Long.parseLong(regel.replaceAll("\\D", ""));
                }
            }
        }
        catch (Exception e) {
            // not on Linux
        }
        return -1;
    }
}
