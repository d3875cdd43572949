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
