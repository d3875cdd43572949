package nl.route071.evaluatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.route071.Route071Test;
import nl.route071.directory.Ambities;
import nl.route071.databasemigratie.RapportgegevensAanvullen;
import nl.route071.directory.Gemeenten;
import nl.route071.evaluatie.EvaluatieRapport.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation report over a seeded year of the cooperation (2018): six proposals driven through the
 * real route on chosen days with chosen decisions. Every expected figure follows from those choices,
 * worked out here and not by the production code.
 */
@Route071Test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatieRapportageTest {

    // advice and council decision days of the four raad proposals that reach the councils
    static final String ADVIES_A = "2018-03-01";
    static final List<String> BESLUITEN_A = List.of("2018-04-10", "2018-05-15", "2018-04-20");
    static final String ADVIES_B = "2018-06-01";
    static final List<String> BESLUITEN_B = List.of("2018-06-20", "2018-07-10", "2018-07-05");
    static final String ADVIES_D = "2018-09-01";
    static final List<String> BESLUITEN_D = List.of("2018-09-30", "2018-10-25");
    static final String ADVIES_F = "2018-10-01";
    static final List<String> BESLUITEN_F = List.of("2018-10-11");

    @Autowired
    ProcessEngine engine;
    @Autowired
    EvaluatieRapportage rapportage;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    Ambities ambities;
    @Autowired
    PlatformTransactionManager transactionManager;

    String a, b, c, d, e, f, g, h;
    EvaluatieRapport rapport;

    /** Once per class, in the first test method (not {@code @BeforeAll}: process coverage records instances per method). */
    @BeforeEach
    void zaai_een_jaar_samenwerking() {
        if (rapport != null) {
            return;
        }
        Voorstelroute route = new Voorstelroute(engine);
        try {
            // 2016, a period of its own: G and H, both with advice on 1 March 2016 and so a term up to 1 May 2016;
            // in G the last council decides on that very day, in H the only council a day later
            g = route.dienIn("2016-02-01", "Regionale bedrijventerreinen", "economie", "kaderstellend", "leiden", "leiderdorp");
            route.bestuurstafel(g, "economie", "vaststellen");
            route.consensus(g);
            route.advies(g, "volledig", "2016-03-01");
            route.raadsbesluit(g, "leiderdorp", "conform", "2016-04-20");
            route.raadsbesluit(g, "leiden", "conform", "2016-05-01");
            h = route.dienIn("2016-02-02", "Regionale detailhandelsvisie", "economie", "kaderstellend", "leiden");
            route.bestuurstafel(h, "economie", "vaststellen");
            route.consensus(h);
            route.advies(h, "volledig", "2016-03-01");
            route.raadsbesluit(h, "leiden", "conform", "2016-05-02");

            // A: wonen, consensus, full advice; Oegstgeest amends (a deviation under a full advice)
            a = route.dienIn("2018-02-01", "Regionale woonagenda", "wonen", "kaderstellend", "leiden", "oegstgeest", "voorschoten");
            route.bestuurstafel(a, "wonen", "vaststellen");
            route.consensus(a);
            route.advies(a, "volledig", ADVIES_A);
            route.raadsbesluit(a, "leiden", "conform", BESLUITEN_A.get(0));
            route.raadsbesluit(a, "oegstgeest", "geamendeerd", BESLUITEN_A.get(1),
                    Map.of("amendementTekst", "Minimaal 40% sociale huur"), "De raad wil meer sociale huur dan het advies.");
            route.raadsbesluit(a, "voorschoten", "conform", BESLUITEN_A.get(2));
            route.uitvoeringOrganiseren(a, "leiden");
            route.uitvoeringOrganiseren(a, "oegstgeest");
            route.uitvoeringOrganiseren(a, "voorschoten");

            // B: economie, vote: Leiden and Zoeterwoude for, every Leiderdorp fractie absent; Leiderdorp rejects
            b = route.dienIn("2018-04-02", "Kennisas Leiden", "economie", "kaderstellend", "leiden", "leiderdorp", "zoeterwoude");
            route.bestuurstafel(b, "economie", "vaststellen");
            route.stemming(b, "2018-05-20", gemeente -> gemeente.equals("leiderdorp") ? "afwezig" : "voor");
            route.advies(b, "hoofdlijnen", ADVIES_B);
            route.raadsbesluit(b, "leiden", "conform", BESLUITEN_B.get(0));
            route.raadsbesluit(b, "leiderdorp", "verworpen", BESLUITEN_B.get(1), Map.of(), "Eerst een eigen economische visie.");
            route.raadsbesluit(b, "zoeterwoude", "conform", BESLUITEN_B.get(2));

            // C: wonen, withdrawn by the bestuurstafel
            c = route.dienIn("2018-04-03", "Woningbouw langs de Rijn", "wonen", "kaderstellend", "leiden", "zoeterwoude");
            route.bestuurstafel(c, "wonen", "intrekken");

            // the quarterly progress report of A's uitvoering: Leiden delayed, Voorschoten on schedule
            route.kwartaalVerstreken(a, "2018-08-20");
            route.voortgang(a, "leiden", "vertraagd");
            route.voortgang(a, "voorschoten", "op-schema");
            route.uitvoeringGereed(a, "leiden", "2018-08-25");

            // D: energie, consensus, both councils adopt
            d = route.dienIn("2018-07-02", "Warmtenet", "energie", "kaderstellend", "leiderdorp", "voorschoten");
            route.bestuurstafel(d, "energie", "vaststellen");
            route.consensus(d);
            route.advies(d, "volledig", ADVIES_D);
            route.raadsbesluit(d, "leiderdorp", "conform", BESLUITEN_D.get(0));
            route.raadsbesluit(d, "voorschoten", "conform", BESLUITEN_D.get(1));

            // E: sociaal domein, a college decision, still with the college
            e = route.dienIn("2018-08-01", "Inkoop jeugdhulp", "sociaal-domein", "uitvoeringsbesluit", "leiden");
            route.bestuurstafel(e, "sociaal-domein", "vaststellen");

            // F: economie, Leiden alone, a vote in which Leiden votes; carried out in full
            f = route.dienIn("2018-08-15", "Binnenstadsfonds", "economie", "verordening", "leiden");
            route.bestuurstafel(f, "economie", "vaststellen");
            route.stemming(f, "2018-09-10", gemeente -> "voor");
            route.advies(f, "volledig", ADVIES_F);
            route.raadsbesluit(f, "leiden", "conform", BESLUITEN_F.get(0));
            route.uitvoeringOrganiseren(f, "leiden");
            route.uitvoeringGereed(f, "leiden", "2018-12-01");

            Voorstelroute.op("2019-01-01");
            rapport = rapportage.bereken("tussenevaluatie", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @AfterAll
    void klok_terug() {
        Voorstelroute.klokTerug();
    }

    @Test
    void de_rapportage_telt_de_voorstellen_per_ambitie_naar_waar_ze_nu_zijn() {
        assertThat(rapport.perAmbitie())
                .extracting(AmbitieTelling::ambitie, AmbitieTelling::ingediend, AmbitieTelling::lopend, AmbitieTelling::uitgevoerd,
                        AmbitieTelling::ingetrokken)
                .containsExactlyInAnyOrder(
                        tuple("wonen", 2, 1, 0, 1),
                        tuple("economie", 2, 1, 1, 0),
                        tuple("energie", 1, 1, 0, 0),
                        tuple("sociaal-domein", 1, 1, 0, 0));
    }

    @Test
    void de_doorlooptijd_van_advies_tot_laatste_raadsbesluit_als_mediaan_en_p90_en_binnen_de_termijn() {
        List<Long> dagen = new ArrayList<>(List.of(
                dagenTotLaatste(ADVIES_A, BESLUITEN_A), dagenTotLaatste(ADVIES_B, BESLUITEN_B),
                dagenTotLaatste(ADVIES_D, BESLUITEN_D), dagenTotLaatste(ADVIES_F, BESLUITEN_F)));
        assertThat(dagen).containsExactly(75L, 39L, 54L, 10L);  // the story as written above, checked by hand
        dagen.sort(null);
        double mediaan = (dagen.get(1) + dagen.get(2)) / 2.0;   // four values: mean of the middle two
        long p90 = dagen.get((int) Math.ceil(0.9 * dagen.size()) - 1);  // nearest rank

        Doorlooptijd doorlooptijd = rapport.doorlooptijd();
        assertThat(doorlooptijd.rondes()).extracting(Adviesronde::voorstelnummer, Adviesronde::dagen, Adviesronde::binnenNorm)
                .containsExactly(tuple(a, 75L, false), tuple(b, 39L, true), tuple(d, 54L, true), tuple(f, 10L, true));
        assertThat(doorlooptijd.mediaanDagen()).isEqualTo(mediaan).isEqualTo(46.5);
        assertThat(doorlooptijd.p90Dagen()).isEqualTo(p90).isEqualTo(75L);
        assertThat(doorlooptijd.binnenNorm()).isEqualTo(3);
    }

    @Test
    void een_adviesronde_is_op_tijd_als_elke_raad_op_of_voor_zijn_termijndatum_besluit() {
        assertThat(rapport.doorlooptijd().rondes()).filteredOn(r -> "kaderstellend".equals(r.soortBesluit()))
                .extracting(Adviesronde::voorstelnummer, Adviesronde::termijndatum, Adviesronde::laatsteBesluit, Adviesronde::binnenNorm)
                .containsExactly(tuple(a, "2018-05-01", "2018-05-15", false), tuple(b, "2018-08-01", "2018-07-10", true),
                        tuple(d, "2018-11-01", "2018-10-25", true));
    }

    @Test
    void een_raadsbesluit_op_de_termijndatum_zelf_is_op_tijd_een_dag_later_niet() {
        EvaluatieRapport jaar2016 = rapportage.bereken("actueel", LocalDate.parse("2016-01-01"), LocalDate.parse("2016-12-31"));

        assertThat(jaar2016.doorlooptijd().rondes())
                .extracting(Adviesronde::voorstelnummer, Adviesronde::termijndatum, Adviesronde::laatsteBesluit, Adviesronde::dagen,
                        Adviesronde::binnenNorm)
                .containsExactlyInAnyOrder(tuple(g, "2016-05-01", "2016-05-01", 61L, true), tuple(h, "2016-05-01", "2016-05-02", 62L, false));
        assertThat(jaar2016.doorlooptijd().binnenNorm()).isEqualTo(1);
    }

    @Test
    void dezelfde_cijfers_als_de_voorstellen_over_veel_kleine_paginas_verdeeld_worden() {
        for (int pagina : List.of(1, 2, 4)) {
            EvaluatieRapport inPaginas = new EvaluatieRapportage(historyService, jdbc, gemeenten, ambities, pagina)
                    .bereken("tussenevaluatie", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));

            assertThat(inPaginas).as("page size %d", pagina).usingRecursiveComparison().ignoringFields("opgesteld").isEqualTo(rapport);
        }
    }

    @Test
    void uit_historie_van_voor_de_rapporttabellen_dezelfde_cijfers_als_bijgehouden() {
        EvaluatieRapport uitHistorie = new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();   // the tables as they were after this test
            jdbc.update("delete from route071_rapport_stemming");
            jdbc.update("delete from route071_rapport_proces");
            RapportgegevensAanvullen.vul(jdbc);
            return rapportage.bereken("tussenevaluatie", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));
        });

        assertThat(uitHistorie).usingRecursiveComparison().ignoringFields("opgesteld").isEqualTo(rapport);
        assertThat(uitHistorie.deelname()).extracting(Deelname::stemmingen).contains(2, 1);
    }

    @Test
    void de_rapportage_toont_per_gemeenteraad_hoe_vaak_het_advies_ongewijzigd_is_overgenomen() {
        assertThat(rapport.overname())
                .extracting(Overname::gemeente, Overname::besluiten, Overname::conform, Overname::percentage, Overname::afwijkingen)
                .containsExactly(
                        tuple("leiden", 3, 3, 100, 0),
                        tuple("leiderdorp", 2, 1, 50, 1),
                        tuple("oegstgeest", 1, 0, 0, 1),
                        tuple("voorschoten", 2, 2, 100, 0),
                        tuple("zoeterwoude", 1, 1, 100, 0));
    }

    @Test
    void de_rapportage_noemt_elke_afwijking_met_amendement_en_verantwoording() {
        assertThat(rapport.afwijkingen())
                .extracting(Afwijking::voorstelnummer, Afwijking::naam, Afwijking::raadsbesluit, Afwijking::besluitdatum,
                        Afwijking::amendementTekst, Afwijking::verantwoording)
                .containsExactly(
                        tuple(a, "Oegstgeest", "geamendeerd", "2018-05-15", "Minimaal 40% sociale huur",
                                "De raad wil meer sociale huur dan het advies."),
                        tuple(b, "Leiderdorp", "verworpen", "2018-07-10", null, "Eerst een eigen economische visie."));
    }

    @Test
    void de_deelname_per_gemeente_aan_stemmingen_in_de_regiocommissie() {
        assertThat(rapport.deelname()).extracting(Deelname::gemeente, Deelname::stemmingen, Deelname::aanwezig, Deelname::percentage)
                .containsExactly(
                        tuple("leiden", 2, 2, 100),
                        tuple("leiderdorp", 1, 0, 0),
                        tuple("oegstgeest", 0, 0, null),
                        tuple("voorschoten", 0, 0, null),
                        tuple("zoeterwoude", 1, 1, 100));
    }

    @Test
    void de_voortgang_van_de_uitvoering_per_gemeente() {
        assertThat(rapport.uitvoering())
                .extracting(UitvoeringStand::gemeente, UitvoeringStand::lopend, UitvoeringStand::afgerond,
                        UitvoeringStand::laatsteVoortgangsstatus, UitvoeringStand::laatsteRapportage)
                .containsExactly(
                        tuple("leiden", 1, 2, "vertraagd", "2018-08-20"),
                        tuple("leiderdorp", 1, 0, null, null),
                        tuple("oegstgeest", 1, 0, null, null),
                        tuple("voorschoten", 2, 0, "op-schema", "2018-08-20"),
                        tuple("zoeterwoude", 1, 0, null, null));
    }

    @Test
    void voorstellen_van_buiten_de_periode_tellen_niet_mee() {
        EvaluatieRapport vorigJaar = rapportage.bereken("actueel", LocalDate.parse("2017-01-01"), LocalDate.parse("2017-12-31"));

        assertThat(vorigJaar.perAmbitie()).isEmpty();
        assertThat(vorigJaar.doorlooptijd().rondes()).isEmpty();
        assertThat(vorigJaar.doorlooptijd().mediaanDagen()).isNull();
    }

    @Test
    void de_csv_bevat_de_kerncijfers_voor_een_spreadsheet() {
        String csv = RapportCsv.van(rapport);

        assertThat(csv).startsWith("\uFEFFRapportage tussenevaluatie;")
                .contains("\r\n;46,5;75;3;4\r\n")
                .contains("Leiderdorp;2;1;50;1")
                .contains(a + ";Regionale woonagenda;Oegstgeest;geamendeerd;2018-05-15;Minimaal 40% sociale huur;");
    }

    private static long dagenTotLaatste(String advies, List<String> besluiten) {
        LocalDate laatste = besluiten.stream().map(LocalDate::parse).max(LocalDate::compareTo).orElseThrow();
        return ChronoUnit.DAYS.between(LocalDate.parse(advies), laatste);
    }
}
