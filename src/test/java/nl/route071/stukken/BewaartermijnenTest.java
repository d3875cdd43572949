package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import nl.route071.Route071Test;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.instellingen.Stukkeninstellingen;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retention job ({@link Bewaartermijnen}), the only way a stuk leaves Route071: with a period per kind set by the
 * operator, a stuk of an ended proposal past its kind's period is removed, every version, content and record, and
 * each removal is logged; a stuk within its period, a kind without a period and a proposal still running keep
 * everything. (That no user can delete a stuk: {@code VijandigeStukkenTest}.)
 */
@Route071Test
@ExtendWith(OutputCaptureExtension.class)
class BewaartermijnenTest {

    static final Stukken.Wie REGIOGRIFFIER = new Stukken.Wie("regiogriffier", List.of("regiogriffie"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    Stukken stukken;
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

    @AfterEach
    void klok() {
        Voorstelroute.klokTerug();
    }

    @Test
    void eenStukVoorbijDeTermijnVanZijnSoortWordtVerwijderdEnGelogdEenStukBinnenDeTermijnBlijft(CapturedOutput uitvoer) throws Exception {
        Voorstelroute route = new Voorstelroute(engine);
        // a proposal withdrawn by the bestuurstafel on 6 January 2020: it ended that day
        String beeindigd = route.dienIn("2020-01-06", "Ingetrokken fietsplan", "wonen", "kaderstellend", "leiden");
        Stuk bijlage = stukken.voegToe(nieuw(beeindigd, "bijlage", "Kaart fietsroutes"), StukkenOpslagTest.inhoud("Kaart, versie 1\n", "kaart.txt"),
                REGIOGRIFFIER);
        Stuk bijlage2 = stukken.nieuweVersie(bijlage.identificatie(), StukkenOpslagTest.inhoud("Kaart, versie 2\n", "kaart.txt"), REGIOGRIFFIER);
        Stuk raadsvoorstel = stukken.voegToe(nieuw(beeindigd, "raadsvoorstel", "Raadsvoorstel fietsplan"),
                StukkenOpslagTest.inhoud("Raadsvoorstel\n", "raadsvoorstel.txt"), REGIOGRIFFIER);
        Stuk verantwoording = stukken.voegToe(nieuw(beeindigd, "verantwoording", "Verantwoording fietsplan"),
                StukkenOpslagTest.inhoud("Verantwoording\n", "verantwoording.txt"), REGIOGRIFFIER);
        route.bestuurstafel(beeindigd, "wonen", "intrekken");
        assertThat(voorstelgegevens.voorstel(beeindigd).orElseThrow().einde()).as("the proposal has ended").isNotNull();
        // a proposal still running, with a bijlage as old as the first
        String lopend = route.dienIn("2020-01-06", "Lopend fietsplan", "wonen", "kaderstellend", "leiden");
        Stuk lopendeBijlage = stukken.voegToe(nieuw(lopend, "bijlage", "Kaart lopend plan"), StukkenOpslagTest.inhoud("Kaart\n", "kaart.txt"),
                REGIOGRIFFIER);
        Voorstelroute.klokTerug();

        // the operator's selection list: bijlagen 5 years after the end, raadsvoorstellen 20 years; verantwoordingen not named (kept)
        Stukkeninstellingen metTermijnen = new Stukkeninstellingen(instellingen.opslag(), instellingen.maxMb(), instellingen.bronorganisatie(),
                instellingen.s3(), Map.of("bijlage", Period.ofYears(5), "raadsvoorstel", Period.ofYears(20)), instellingen.opruimen());
        Bewaartermijnen job = new Bewaartermijnen(register, stukken.opslag(), voorstelgegevens, metTermijnen);

        assertThat(job.ruimOp(Instant.parse("2024-06-01T00:00:00Z"))).as("in 2024 the bijlage is within its 5 years").isZero();
        assertThat(stukken.lijst(beeindigd, Stukken.Wie.ROUTE)).hasSize(3);

        int verwijderd = job.ruimOp(Instant.parse("2026-06-01T00:00:00Z"));

        assertThat(verwijderd).as("both versions of the bijlage").isEqualTo(2);
        assertThat(stukken.lijst(beeindigd, Stukken.Wie.ROUTE)).extracting(versies -> versies.get(0).titel())
                .containsExactlyInAnyOrder("Raadsvoorstel fietsplan", "Verantwoording fietsplan");
        assertThat(register.metId(bijlage.id())).isEmpty();
        assertThat(register.metId(bijlage2.id())).isEmpty();
        for (Stuk weg : List.of(bijlage, bijlage2)) {
            assertThat(inhoudAanwezig(weg)).as("the content of version %d is removed from the store", weg.versie()).isFalse();
        }
        assertThat(StukkenOpslagTest.lees(stukken, raadsvoorstel)).as("within 20 years: kept").isEqualTo("Raadsvoorstel\n");
        assertThat(StukkenOpslagTest.lees(stukken, verantwoording)).as("no period for its kind: kept").isEqualTo("Verantwoording\n");
        assertThat(StukkenOpslagTest.lees(stukken, lopendeBijlage)).as("the proposal has not ended: kept").isEqualTo("Kaart\n");

        List<Stukkenregister.Logregel> logboek = register.logboek(beeindigd).stream().filter(r -> r.handeling().equals("verwijderd")).toList();
        assertThat(logboek).extracting(Stukkenregister.Logregel::identificatie, Stukkenregister.Logregel::versie, Stukkenregister.Logregel::gebruiker)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bijlage.identificatie(), 1, "bewaartermijn"),
                        org.assertj.core.groups.Tuple.tuple(bijlage.identificatie(), 2, "bewaartermijn"));
        assertThat(logboek).allSatisfy(r -> assertThat(r.toelichting()).startsWith("bijlage P5Y na einde voorstel"));
        assertThat(uitvoer.getOut()).contains("Bewaartermijn: " + bijlage.identificatie() + " versie 1 (bijlage, voorstel " + beeindigd)
                .contains("Bewaartermijn: " + bijlage.identificatie() + " versie 2");

        assertThat(job.ruimOp(Instant.parse("2026-06-02T00:00:00Z"))).as("a second run finds nothing more").isZero();
    }

    private boolean inhoudAanwezig(Stuk stuk) throws Exception {
        if (stuk.opslag().equals("database")) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_blok WHERE opslagsleutel = ?", Integer.class, stuk.opslagsleutel()) > 0;
        }
        try (var in = stukken.opslag().lees(stuk.opslagsleutel())) {
            return in.read() >= 0;
        }
        catch (java.io.IOException e) {
            return false;
        }
    }

    private static Stukken.Nieuw nieuw(String voorstel, String soort, String titel) {
        return new Stukken.Nieuw(voorstel, null, null, soort, titel, null, LocalDate.of(2020, 1, 6), false, List.of());
    }
}
