package nl.route071.stukken;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import nl.route071.instellingen.Stukkeninstellingen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The stukken benchmark (benchmark/stukken.sh, not part of the test run): a 50 MB upload and download through
 * {@link Stukken} (type detection, SHA-256 while streaming, the record; the download checks the checksum over the whole
 * content before it streams and again while it streams) next to a plain copy of the same file into and out of the same
 * store, in one JVM started with {@code -Xmx384m}. Two stores: the database store on an H2 file database, the S3 store
 * on the S3 server in this JVM ({@link S3Server}). Prints MB/s and the ratio, and the JVM's peak heap.
 *
 * <p>Arguments: the size in MB (default 50), the number of rounds (default 3; the best round counts).
 */
public final class Stukkenbenchmark {

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rondes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path map = Files.createTempDirectory("route071-stukkenbench");
        Path bestand = map.resolve("groot.pdf");
        maakBestand(bestand, mb);
        long lengte = Files.size(bestand);

        DriverManagerDataSource bron = new DriverManagerDataSource("jdbc:h2:file:" + map.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(bron);
        for (String opdracht : Files.readString(Path.of("src/main/resources/db/migration/V20__stukken.sql")).replaceAll("(?m)^--.*$", "").split(";")) {
            if (!opdracht.isBlank()) {
                jdbc.execute(opdracht);
            }
        }
        Stukkenregister register = new Stukkenregister(jdbc);
        Stukkeninstellingen instellingen = new Stukkeninstellingen("database", mb + 10, "", S3Server.instellingen(), Map.of(), "0 0 0 * * *");
        Voorstelgegevens eenVoorstel = new Voorstelgegevens(null, null) {
            @Override
            Optional<Voorstel> voorstel(String voorstelnummer) {
                return Optional.of(new Voorstel(voorstelnummer, "Benchmark", new Stuktoegang.Deelname("wonen", List.of("leiden")), null));
            }
        };
        System.out.printf("Stukken benchmark: %d MB (%d bytes), heap max %d MB, %d rounds (best counts)%n", mb, lengte,
                Runtime.getRuntime().maxMemory() / 1024 / 1024, rondes);
        for (Stukopslag opslag : List.of(new Databaseopslag(jdbc), new S3opslag(S3Server.client(), S3Server.BUCKET))) {
            Stukken stukken = new Stukken(register, opslag, eenVoorstel, instellingen, new DataSourceTransactionManager(bron));
            double[] best = new double[4];
            for (int ronde = 0; ronde < rondes; ronde++) {
                double[] r = ronde(stukken, opslag, bestand, lengte);
                for (int i = 0; i < 4; i++) {
                    best[i] = Math.max(best[i], r[i]);
                }
            }
            System.out.printf("%-8s upload  via Stukken %7.1f MB/s | plain copy %7.1f MB/s | ratio %.2f%n", opslag.naam(), best[0], best[1], best[0] / best[1]);
            System.out.printf("%-8s download via Stukken %7.1f MB/s | plain copy %7.1f MB/s | ratio %.2f%n", opslag.naam(), best[2], best[3], best[2] / best[3]);
        }
        long piek = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                piek += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap used (sum of the heap pools' peaks) %d MB of max %d MB%n", piek / 1024 / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.exit(0);
    }

    /** One round: upload and download through Stukken, then a plain copy in and out of the same store; MB/s each. */
    private static double[] ronde(Stukken stukken, Stukopslag opslag, Path bestand, long lengte) throws IOException {
        double mb = lengte / 1024.0 / 1024.0;
        long t0 = System.nanoTime();
        Stuk stuk;
        try (InputStream in = Files.newInputStream(bestand)) {
            stuk = stukken.voegToe(new Stukken.Nieuw("RV-BENCH-0001", null, null, "bijlage", "Groot bestand", null, null, false, List.of()),
                    new Stukken.Inhoud(in, lengte, "groot.pdf"), Stukken.Wie.ROUTE);
        }
        long t1 = System.nanoTime();
        String sleutel = "plain-" + UUID.randomUUID();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bestand))) {
            opslag.bewaar(sleutel, in, lengte);
        }
        long t2 = System.nanoTime();
        Path uit = bestand.resolveSibling("uit.pdf");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(uit))) {
            stukken.schrijf(stuk, Stukken.Wie.ROUTE, o);
        }
        long t3 = System.nanoTime();
        try (InputStream in = opslag.lees(sleutel); OutputStream o = new BufferedOutputStream(Files.newOutputStream(uit))) {
            in.transferTo(o);
        }
        long t4 = System.nanoTime();
        if (Files.size(uit) != lengte) {
            throw new IllegalStateException("download incomplete");
        }
        return new double[] { mb / sec(t1 - t0), mb / sec(t2 - t1), mb / sec(t3 - t2), mb / sec(t4 - t3) };
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    /** A PDF header and then pseudo-random bytes: Tika reads it as PDF, nothing compresses it. */
    private static void maakBestand(Path bestand, int mb) throws IOException {
        Random random = new Random(71);
        byte[] blok = new byte[1024 * 1024];
        try (OutputStream o = Files.newOutputStream(bestand)) {
            o.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < mb; i++) {
                random.nextBytes(blok);
                o.write(blok);
            }
        }
    }

    private Stukkenbenchmark() {
    }

    static Instant nu() {
        return Instant.now();
    }
}
