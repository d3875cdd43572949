package nl.route071.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import nl.route071.Route071Application;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The route benchmark in one JVM: starts Route071 (profile postgres, no web server) with the settings given as
 * Spring arguments, drives warm-up routes, then the measured routes with several clients through the Java API,
 * and prints one {@code RESULT} line. Run by {@code benchmark/run.sh}; see docs/operations.md.
 *
 * <p>System properties: {@code bench.settings} (label), {@code bench.clients}, {@code bench.routes},
 * {@code bench.warmup}, {@code bench.gemeenten} (comma-separated).
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
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        Benchmarkkalender.vul(context.getBean(javax.sql.DataSource.class));
        String run = Long.toString(System.currentTimeMillis(), 36);

        Rijders opwarmen = new Rijders();
        double warmSeconden = opwarmen.rijd(clients, warmup, "BENCHMARK-" + settings + "-" + run + "-warm", gemeenten,
                c -> new JavaApiLoket(engine));
        Rijders meting = new Rijders();
        long cpu0 = cpuNanos();
        double seconden = meting.rijd(clients, routes, "BENCHMARK-" + settings + "-" + run, gemeenten, c -> new JavaApiLoket(engine));

        double cpuMsPerTaak = (cpuNanos() - cpu0) / 1e6 / Math.max(1, meting.voltooid.get());
        long verwacht = (long) routes * Route.taken(gemeenten.size());
        long uniek = meting.nummers.stream().distinct().count();
        System.out.printf("RESULT settings=%s clients=%d routes=%d gemeenten=%d warmup_routes=%d warmup_s=%.1f context_start_s=%.1f "
                + "seconds=%.2f routes_per_s=%.2f completions=%d expected_completions=%d completions_per_s=%.1f "
                + "jvm_cpu_ms_per_completion=%.2f distinct_numbers=%d waits=%d max_heap_mb=%d gc=%s%n",
                settings, clients, routes, gemeenten.size(), warmup, warmSeconden, gestart, seconden, routes / seconden,
                meting.voltooid.get(), verwacht, meting.voltooid.get() / seconden, cpuMsPerTaak, uniek, meting.wachtrondes.get(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName().replace(' ', '_')).toList());
        context.close();
        System.exit(meting.voltooid.get() == verwacht && uniek == routes ? 0 : 1);
    }
}
