package nl.route071.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Several clients driving routes at the same time, each taking the next route number until all are done. */
final class Rijders {

    static final String[] AMBITIES = {"economie", "wonen", "bereikbaarheid", "energie", "sociaal-domein"};

    final Route.Tellers tellers = new Route.Tellers();
    final List<String> nummers = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger volgende = new AtomicInteger();

    /**
     * Drives {@code aantal} routes titled {@code <prefix>-<i>} with {@code clients} threads; returns the seconds it took.
     * Daemon threads: a client that fails ends the run with its exception instead of keeping the JVM alive.
     */
    double rijd(int clients, int aantal, String prefix, List<String> gemeenten, IntFunction<Loket> loketVoorClient) throws Exception {
        volgende.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "benchmark-client");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        List<Future<?>> klaar = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Loket loket = loketVoorClient.apply(c);
            klaar.add(pool.submit(() -> {
                Route route = new Route(loket, tellers);
                for (int i = volgende.getAndIncrement(); i < aantal; i = volgende.getAndIncrement()) {
                    nummers.add(route.rijd(prefix + "-" + i, AMBITIES[i % AMBITIES.length], gemeenten));
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : klaar) {
                f.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
