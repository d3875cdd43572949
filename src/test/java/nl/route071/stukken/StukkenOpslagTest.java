package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import nl.route071.Route071Test;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.instellingen.Stukkeninstellingen;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Both stores, with the application's own database (H2 here; PostgreSQL in {@link StukkenOpslagOpPostgresTest}) for
 * the records: store, new version, read back with the SHA-256 checked, and a corrupted blob detected. The S3 store runs
 * against the S3 server in this JVM ({@link S3Server}).
 */
@Route071Test
class StukkenOpslagTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Stukkenregister register;
    @Autowired
    Voorstelgegevens voorstelgegevens;
    @Autowired
    Stukkeninstellingen instellingen;
    @Autowired
    PlatformTransactionManager transacties;
    @Autowired
    JdbcTemplate jdbc;

    String voorstel;

    @BeforeEach
    void voorstel() {
        voorstel = new Voorstelroute(engine).dienIn(LocalDate.now().toString(), "Stukken bewaren", "wonen", "kaderstellend", "leiden", "oegstgeest");
    }

    @AfterEach
    void klok() {
        Voorstelroute.klokTerug();
    }

    Stukken metDatabase() {
        return new Stukken(register, new Databaseopslag(jdbc), voorstelgegevens, instellingen, transacties);
    }

    Stukken metS3() {
        return new Stukken(register, new S3opslag(S3Server.client(), S3Server.BUCKET), voorstelgegevens, instellingen, transacties);
    }

    /** The test profile allows 2 MB; an operator who allows 60 MB. */
    Stukkeninstellingen tot60Mb() {
        return new Stukkeninstellingen(instellingen.opslag(), 60, instellingen.bronorganisatie(), instellingen.s3(), instellingen.bewaartermijnen(),
                instellingen.opruimen());
    }

    @Test
    void inDeDatabaseBewaardMetVersiesEnTerugGelezenMetControlesom() throws Exception {
        bewaarVersieEnLeesTerug(metDatabase(), "database");
    }

    @Test
    void inS3BewaardMetVersiesEnTerugGelezenMetControlesom() throws Exception {
        bewaarVersieEnLeesTerug(metS3(), "s3");
    }

    @Test
    void eenBeschadigdStukInDeDatabaseWordtHerkendEnNietUitgegeven() throws Exception {
        Stukken stukken = metDatabase();
        Stuk stuk = stukken.voegToe(nieuw("bijlage"), inhoud("Bijlage bij het voorstel\n".repeat(20_000), "bijlage.txt"), Stukken.Wie.ROUTE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_blok WHERE opslagsleutel = ?", Integer.class, stuk.opslagsleutel()))
                .as("500 KB in blocks of 256 KB").isEqualTo(2);
        jdbc.update("UPDATE route071_stuk_blok SET inhoud = ? WHERE opslagsleutel = ? AND volgnummer = 1",
                "Vervalst\n".getBytes(StandardCharsets.UTF_8), stuk.opslagsleutel());

        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        assertThatThrownBy(() -> stukken.schrijf(stuk, Stukken.Wie.ROUTE, uit)).isInstanceOf(Stukken.Beschadigd.class)
                .hasMessageContaining("beschadigd");
        assertThat(uit.size()).as("nothing handed out").isZero();
    }

    @Test
    void eenBeschadigdStukInS3WordtHerkendEnNietUitgegeven() throws Exception {
        Stukken stukken = metS3();
        Stuk stuk = stukken.voegToe(nieuw("bijlage"), inhoud("Bijlage in S3\n", "bijlage.txt"), Stukken.Wie.ROUTE);
        S3Server.client().putObject(b -> b.bucket(S3Server.BUCKET).key(stuk.opslagsleutel()), RequestBody.fromString("Bijlage in S3?\n"));

        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        assertThatThrownBy(() -> stukken.schrijf(stuk, Stukken.Wie.ROUTE, uit)).isInstanceOf(Stukken.Beschadigd.class);
        assertThat(uit.size()).isZero();
    }

    @Test
    void eenBestandVan50MbGaatDoorDeDatabaseHeenEnKomtOngeschondenTerug() throws Exception {
        Stuk stuk = bewaar50MbEnLeesTerug(new Stukken(register, new Databaseopslag(jdbc), voorstelgegevens, tot60Mb(), transacties), "database");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_blok WHERE opslagsleutel = ?", Integer.class, stuk.opslagsleutel()))
                .as("50 MB in blocks of 256 KB, not one value").isEqualTo((int) ((GROOT + Databaseopslag.BLOK - 1) / Databaseopslag.BLOK));
    }

    @Test
    void eenBestandVan50MbGaatDoorS3HeenEnKomtOngeschondenTerug() throws Exception {
        // over plain HTTP the SDK reads the body twice (payload signature, retries): a bare stream failed here with "Resetting to invalid mark"
        Stuk stuk = bewaar50MbEnLeesTerug(new Stukken(register, new S3opslag(S3Server.client(), S3Server.BUCKET), voorstelgegevens, tot60Mb(),
                transacties), "s3");
        assertThat(S3Server.client().headObject(b -> b.bucket(S3Server.BUCKET).key(stuk.opslagsleutel())).contentLength())
                .as("the whole file is in the bucket").isEqualTo(GROOT);
    }

    /** 50 MB and a few bytes: a PDF header and then pseudo-random bytes (nothing compresses them), made while read. */
    static final long GROOT = 50L * 1024 * 1024 + 9;

    private Stuk bewaar50MbEnLeesTerug(Stukken stukken, String opslag) throws Exception {
        MessageDigest verwacht = MessageDigest.getInstance("SHA-256");
        new java.security.DigestInputStream(grootBestand(), verwacht).transferTo(java.io.OutputStream.nullOutputStream());
        String checksum = HexFormat.of().formatHex(verwacht.digest());

        Stuk stuk = stukken.voegToe(nieuw("bijlage"), new Stukken.Inhoud(grootBestand(), GROOT, "kaart bij het voorstel.pdf"),
                new Stukken.Wie("regiogriffier", List.of("regiogriffie")));
        assertThat(stuk.opslag()).isEqualTo(opslag);
        assertThat(stuk.formaat()).isEqualTo("application/pdf");
        assertThat(stuk.bestandsomvang()).isEqualTo(GROOT);
        assertThat(stuk.checksum()).as("the SHA-256 recorded while it streamed in").isEqualTo(checksum);
        assertThat(stukken.lijst(voorstel, new Stukken.Wie("regiogriffier", List.of("regiogriffie")))).singleElement()
                .satisfies(versies -> assertThat(versies.get(0).bestandsomvang()).isEqualTo(GROOT));

        MessageDigest gelezen = MessageDigest.getInstance("SHA-256");
        long[] bytes = new long[1];
        stukken.schrijf(stuk, new Stukken.Wie("regiogriffier", List.of("regiogriffie")), new java.io.OutputStream() {
            @Override
            public void write(int b) {
                gelezen.update((byte) b);
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                gelezen.update(b, off, len);
                bytes[0] += len;
            }
        });
        assertThat(bytes[0]).as("every byte comes back").isEqualTo(GROOT);
        assertThat(HexFormat.of().formatHex(gelezen.digest())).as("the same content comes back").isEqualTo(checksum);
        return stuk;
    }

    /** The large file as a stream, never whole in memory; the same bytes however it is read. */
    static java.io.InputStream grootBestand() {
        return new java.io.InputStream() {
            private final java.util.Random random = new java.util.Random(71);
            private final byte[] buffer = new byte[64 * 1024];
            private int inBuffer;
            private int gelezen;
            private long positie;

            {
                byte[] kop = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
                random.nextBytes(buffer);
                System.arraycopy(kop, 0, buffer, 0, kop.length);
                inBuffer = buffer.length;
            }

            @Override
            public int read() {
                byte[] een = new byte[1];
                return read(een, 0, 1) < 0 ? -1 : een[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (positie >= GROOT) {
                    return -1;
                }
                if (gelezen == inBuffer) {
                    random.nextBytes(buffer);
                    gelezen = 0;
                }
                int n = (int) Math.min(Math.min(len, inBuffer - gelezen), GROOT - positie);
                System.arraycopy(buffer, gelezen, b, off, n);
                gelezen += n;
                positie += n;
                return n;
            }
        };
    }

    private void bewaarVersieEnLeesTerug(Stukken stukken, String opslag) throws Exception {
        String eerste = "Raadsvoorstel, eerste versie\n";
        Stuk v1 = stukken.voegToe(nieuw("raadsvoorstel"), inhoud(eerste, "raadsvoorstel.txt"), new Stukken.Wie("regiogriffier", List.of("regiogriffie")));
        assertThat(v1.identificatie()).isEqualTo(voorstel + "-S001");
        assertThat(v1.versie()).isEqualTo(1);
        assertThat(v1.opslag()).isEqualTo(opslag);
        assertThat(v1.formaat()).isEqualTo("text/plain");
        assertThat(v1.checksum()).isEqualTo(sha256(eerste));
        assertThat(v1.checksumAlgoritme()).isEqualTo("SHA-256");
        assertThat(v1.bestandsomvang()).isEqualTo(eerste.getBytes(StandardCharsets.UTF_8).length);
        assertThat(v1.toegevoegdDoor()).isEqualTo("regiogriffier");

        String tweede = "Raadsvoorstel, tweede versie na de bestuurstafel\n";
        Stuk v2 = stukken.nieuweVersie(v1.identificatie(), inhoud(tweede, "raadsvoorstel-v2.txt"), new Stukken.Wie("regiogriffier", List.of("regiogriffie")));
        assertThat(v2.identificatie()).isEqualTo(v1.identificatie());
        assertThat(v2.versie()).isEqualTo(2);
        assertThat(v2.opslagsleutel()).isNotEqualTo(v1.opslagsleutel());

        List<List<Stuk>> lijst = stukken.lijst(voorstel, Stukken.Wie.ROUTE);
        assertThat(lijst).hasSize(1);
        assertThat(lijst.get(0)).extracting(Stuk::versie).containsExactly(2, 1);
        assertThat(lees(stukken, v1)).as("the first version is kept, not overwritten").isEqualTo(eerste);
        assertThat(lees(stukken, v2)).isEqualTo(tweede);
        assertThat(stukken.logboek(voorstel, Stukken.Wie.ROUTE)).extracting(Stukkenregister.Logregel::handeling)
                .containsExactly("toegevoegd", "toegevoegd");
    }

    Stukken.Nieuw nieuw(String soort) {
        return new Stukken.Nieuw(voorstel, null, null, soort, "Het " + soort, null, null, false, List.of());
    }

    static Stukken.Inhoud inhoud(String tekst, String naam) {
        byte[] bytes = tekst.getBytes(StandardCharsets.UTF_8);
        return new Stukken.Inhoud(new ByteArrayInputStream(bytes), bytes.length, naam);
    }

    static String lees(Stukken stukken, Stuk stuk) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        stukken.schrijf(stuk, Stukken.Wie.ROUTE, uit);
        return uit.toString(StandardCharsets.UTF_8);
    }

    static String sha256(String tekst) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
    }
}
