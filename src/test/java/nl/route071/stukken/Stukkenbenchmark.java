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

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

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
        System.out.println("load average at start: " + laadgemiddelde());
        S3Client s3 = S3Server.client();
        for (Stukopslag opslag : List.of(new Databaseopslag(jdbc), new S3opslag(s3, S3Server.BUCKET))) {
            Stukken stukken = new Stukken(register, opslag, eenVoorstel, instellingen, new DataSourceTransactionManager(bron));
            Kopie kopie = opslag instanceof S3opslag ? new S3Kopie(s3) : new Kopie(opslag);
            double[] best = new double[4];
            for (int ronde = 0; ronde < rondes; ronde++) {
                double[] r = ronde(stukken, kopie, bestand, lengte);
                for (int i = 0; i < 4; i++) {
                    best[i] = Math.max(best[i], r[i]);
                }
            }
            System.out.printf("%-8s upload  via Stukken %7.1f MB/s | plain copy %7.1f MB/s | ratio %.2f%n", opslag.naam(), best[0], best[1], best[0] / best[1]);
            System.out.printf("%-8s download via Stukken %7.1f MB/s | plain copy %7.1f MB/s | ratio %.2f%n", opslag.naam(), best[2], best[3], best[2] / best[3]);
        }
        System.out.println("load average at end: " + laadgemiddelde());
        // the young pools fill up to their size before each collection; what a run retains shows in the old generation
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.append(String.format(" | %s peak %d MB", pool.getName(), pool.getPeakUsage().getUsed() / 1024 / 1024));
            }
        }
        System.gc();
        System.out.printf("heap max %d MB (-Xmx), in use after the run and a GC %d MB%s%n", Runtime.getRuntime().maxMemory() / 1024 / 1024,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 / 1024, pools);
        System.exit(0);
    }

    /**
     * The plain copy of the file into and out of a store, without Stukken: for the database store its own block writes
     * and reads; for S3 the SDK's own put from the file and get to the file.
     */
    private static class Kopie {
        private final Stukopslag opslag;

        Kopie(Stukopslag opslag) {
            this.opslag = opslag;
        }

        void in(String sleutel, Path bestand, long lengte) throws IOException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(bestand))) {
                opslag.bewaar(sleutel, in, lengte);
            }
        }

        void uit(String sleutel, Path uit) throws IOException {
            try (InputStream in = opslag.lees(sleutel); OutputStream o = new BufferedOutputStream(Files.newOutputStream(uit))) {
                in.transferTo(o);
            }
        }
    }

    private static final class S3Kopie extends Kopie {
        private final S3Client s3;

        S3Kopie(S3Client s3) {
            super(null);
            this.s3 = s3;
        }

        @Override
        void in(String sleutel, Path bestand, long lengte) {
            s3.putObject(b -> b.bucket(S3Server.BUCKET).key(sleutel).contentLength(lengte), RequestBody.fromFile(bestand));
        }

        @Override
        void uit(String sleutel, Path uit) throws IOException {
            Files.deleteIfExists(uit);
            s3.getObject(b -> b.bucket(S3Server.BUCKET).key(sleutel), uit);
        }
    }

    private static String laadgemiddelde() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    /** One round: upload and download through Stukken, then a plain copy in and out of the same store; MB/s each. */
    private static double[] ronde(Stukken stukken, Kopie kopie, Path bestand, long lengte) throws IOException {
        double mb = lengte / 1024.0 / 1024.0;
        long t0 = System.nanoTime();
        Stuk stuk;
        try (InputStream in = Files.newInputStream(bestand)) {
            stuk = stukken.voegToe(new Stukken.Nieuw("RV-BENCH-0001", null, null, "bijlage", "Groot bestand", null, null, false, List.of()),
                    new Stukken.Inhoud(in, lengte, "groot.pdf"), Stukken.Wie.ROUTE);
        }
        long t1 = System.nanoTime();
        String sleutel = "plain-" + UUID.randomUUID();
        kopie.in(sleutel, bestand, lengte);
        long t2 = System.nanoTime();
        Path uit = bestand.resolveSibling("uit.pdf");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(uit))) {
            stukken.schrijf(stuk, Stukken.Wie.ROUTE, o);
        }
        long t3 = System.nanoTime();
        kopie.uit(sleutel, uit);
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
