package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import nl.route071.Deployments;
import nl.route071.Griffie;
import nl.route071.Route071Test;
import nl.route071.stukken.Besluitenlijsten;
import nl.route071.stukken.Stuk;
import nl.route071.stukken.Stukken;
import nl.route071.stukken.ToegankelijkePdf;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One meeting of a regiocommissie ({@code vergadering}) and the proposals it treats ({@code regionaalVoorstel}): one
 * method per path, the proposals' steps completed by the meeting with its date and outcome. The engine clock is set
 * before each step (a meeting is planned ahead and held after it starts).
 */
@Route071Test
class VergaderingProcessTest {

    static final String WONEN = "regiocommissie-wonen";
    static final java.util.concurrent.atomic.AtomicInteger MINUUT = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Stukken stukken;
    @Autowired
    Besluitenlijsten besluitenlijsten;

    Griffie griffie;
    final Map<String, ProcessInstance> gepland = new HashMap<>();

    @BeforeEach
    void setUp() {
        init(engine);
        griffie = new Griffie(engine);
        klok("2027-01-04T10:00");
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void beeldvorming_en_oordeelsvorming_in_twee_vergaderingen() {
        String nr = voorstel(false, "voorschoten");
        String eerste = plan("regulier", "2027-01-20", "19:30");
        agenda(eerste, List.of(nr), List.of());
        houd(eerste, lid -> true, rij("behandeld"));
        assertThat(voorstel(nr)).isWaitingAt("UserTask_OordeelsvormingHouden").variables()
                .containsEntry("vergaderdatumBeeldvorming", "2027-01-20").containsEntry("toelichterBestuurlijk", "wethouder Voorschoten");
        stelBesluitenlijstVast(eerste);

        String tweede = plan("regulier", "2027-02-17", "19:30");
        agenda(tweede, List.of(nr), List.of());
        houd(tweede, lid -> true, rij("consensus"));

        assertThat(voorstel(nr)).isWaitingAt("UserTask_AdviesOpstellen").variables()
                .containsEntry("vergaderdatumBeeldvorming", "2027-01-20").containsEntry("vergaderdatumOordeelsvorming", "2027-02-17")
                .containsEntry("consensus", true);
        assertThat(stelBesluitenlijstVast(tweede)).contains("consensus bereikt: positief advies");
        assertThat(vergadering(tweede)).isEnded().hasPassedInOrder(TASK_AGENDA_OPSTELLEN, SEND_OPROEPING, TASK_VERGADERING_HOUDEN,
                SERVICE_UITKOMSTEN_DOORGEVEN, TASK_BESLUITENLIJST_VASTSTELLEN, SEND_BESLUITENLIJST, END_GEPUBLICEERD);
    }

    @Test
    void beeldvorming_en_oordeelsvorming_samen_in_een_vergadering() {
        String nr = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of(nr));
        houd(vg, lid -> true, rij("consensus"));

        assertThat(voorstel(nr)).isWaitingAt("UserTask_AdviesOpstellen").variables()
                .containsEntry("vergaderdatumBeeldvorming", "2027-01-20").containsEntry("vergaderdatumOordeelsvorming", "2027-01-20");
        assertThat(voorstel(nr)).hasPassedInOrder("UserTask_BeeldvormingHouden", "UserTask_OordeelsvormingHouden");
    }

    @Test
    void twee_voorstellen_op_een_agenda_krijgen_elk_de_datum_en_uitkomst_van_de_vergadering() {
        String eerste = voorstel(false, "voorschoten");
        String tweede = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(tweede, eerste), List.of(eerste, tweede));
        // the agenda's order: the second proposal is item 1
        houd(vg, lid -> true, rij("stemming"), rij("consensus"));

        assertThat(voorstel(eerste)).isWaitingAt("UserTask_AdviesOpstellen").variables()
                .containsEntry("vergaderdatumOordeelsvorming", "2027-01-20").containsEntry("consensus", true);
        assertThat(voorstel(tweede)).isWaitingAt("UserTask_StemmingVastleggen").variables()
                .containsEntry("vergaderdatumOordeelsvorming", "2027-01-20").containsEntry("stemdatum", "2027-01-20")
                .containsEntry("consensus", false);
        String besluitenlijst = griffie.taak(vg, "regiogriffie", TASK_BESLUITENLIJST_VASTSTELLEN).getId();
        assertThatThrownBy(() -> taskService.complete(besluitenlijst, Map.of())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("de stemming over " + tweede + " is nog niet vastgelegd");

        griffie.legStemmingVast(tweede, "2027-01-20", r -> "SP".equals(fractie(r)) ? "tegen" : "voor");
        String lijst = stelBesluitenlijstVast(vg);
        assertThat(lijst).contains("1. " + tweede).contains("gestemd: aangenomen").contains("2. " + eerste)
                .contains("consensus bereikt: positief advies");
        assertThat(Json.rijen(historisch(vg, VAR_BESLUITEN), "besluiten")).extracting(r -> r.get("voorstelnummer"))
                .containsExactly(tweede, eerste);
    }

    @Test
    void de_besluitenlijst_wacht_op_de_stemuitslag_niet_alleen_op_het_afronden_van_de_stemming() {
        String nr = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of(nr));
        houd(vg, lid -> true, rij("stemming"));
        String stemtaak = griffie.taak(nr, "regiogriffie", "UserTask_StemmingVastleggen").getId();

        // Afronden as Tasklist does it: the vote is stored; its outcome follows in the job behind the save point
        taskService.complete(stemtaak, griffie.stemformulier(nr, "2027-01-20", r -> "SP".equals(fractie(r)) ? "tegen" : "voor"));
        String besluitenlijst = griffie.taak(vg, "regiogriffie", TASK_BESLUITENLIJST_VASTSTELLEN).getId();
        assertThatThrownBy(() -> taskService.complete(besluitenlijst, Map.of())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("de stemming over " + nr + " is nog niet vastgelegd");

        griffie.voerJobsUit(nr);
        assertThat(stelBesluitenlijstVast(vg)).contains("1. " + nr).contains("gestemd: aangenomen").doesNotContain("null");
    }

    @Test
    void een_voorstel_op_een_oudere_versie_zonder_bewaarpunt_na_de_stemming_krijgt_zijn_besluitenlijst() throws Exception {
        // a proposal started before this release runs on on its own version: no save point after the vote, no end
        // listener on the rule task
        Deployments deployments = Deployments.vooraf(engine.getRepositoryService());
        try {
            BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "regionaalVoorstel.bpmn").toFile());
            model.<UserTask>getModelElementById("UserTask_StemmingVastleggen").setCamundaAsyncAfter(false);
            ExtensionElements luisteraars = model.<BusinessRuleTask>getModelElementById("BusinessRuleTask_StemuitslagBepalen").getExtensionElements();
            luisteraars.getElementsQuery().filterByType(CamundaExecutionListener.class).list().forEach(luisteraars::removeChildElement);
            DeploymentBuilder oudeVersie = engine.getRepositoryService().createDeployment().name("VergaderingProcessTest: versie zonder bewaarpunt")
                    .addModelInstance("regionaalVoorstel.bpmn", model);
            try (Stream<Path> formulieren = Files.list(Path.of("processes", "forms"))) {
                for (Path formulier : formulieren.toList()) {
                    oudeVersie.addString(formulier.getFileName().toString(), Files.readString(formulier, StandardCharsets.UTF_8));
                }
            }
            oudeVersie.deploy();
            String nr = voorstel(false, "voorschoten");
            String vg = plan("regulier", "2027-01-20", "19:30");
            agenda(vg, List.of(nr), List.of(nr));
            houd(vg, lid -> true, rij("stemming"));

            griffie.legStemmingVast(nr, "2027-01-20", r -> "SP".equals(fractie(r)) ? "tegen" : "voor");

            assertThat(stelBesluitenlijstVast(vg)).contains("1. " + nr).contains("gestemd: aangenomen");
        }
        finally {
            deployments.opruimen();
        }
    }

    @Test
    void de_vastgestelde_besluitenlijst_wordt_een_toegankelijke_pdf_bij_elk_voorstel_op_de_agenda() throws Exception {
        String eerste = voorstel(false, "voorschoten");
        String tweede = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(eerste, tweede), List.of(tweede));
        houd(vg, lid -> true, rij("behandeld"), rij("consensus"));
        stelBesluitenlijstVast(vg);

        assertThat(vergadering(vg)).isEnded().hasPassedInOrder(TASK_BESLUITENLIJST_VASTSTELLEN, SERVICE_BESLUITENLIJST_OPMAKEN,
                SEND_BESLUITENLIJST, END_GEPUBLICEERD);
        Stukken.Wie regiogriffier = new Stukken.Wie("regiogriffier", List.of("regiogriffie"));
        String titel = "Besluitenlijst " + historisch(vg, "regiocommissieNaam") + " 20 januari 2027";
        List<Map<String, Object>> besluiten = Json.rijen(historisch(vg, VAR_BESLUITEN), "besluiten");
        assertThat(besluiten).hasSize(2);
        for (String nr : List.of(eerste, tweede)) {
            List<Stuk> lijsten = stukken.lijst(nr, regiogriffier).stream().map(versies -> versies.get(0))
                    .filter(s -> s.informatieobjecttype().equals("besluitenlijst")).toList();
            assertThat(lijsten).as("one besluitenlijst with %s", nr).singleElement().satisfies(s -> {
                assertThat(s.vergadering()).isEqualTo(vg);
                assertThat(s.titel()).isEqualTo(titel);
                assertThat(s.formaat()).isEqualTo("application/pdf");
            });
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            stukken.schrijf(lijsten.get(0), regiogriffier, pdf);
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
                ToegankelijkePdf.controleer(document, titel);
                String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                // the list says what the meeting recorded, item by item
                for (Map<String, Object> besluit : besluiten) {
                    assertThat(tekst).contains(besluit.get("volgnummer") + " " + besluit.get("voorstelnummer") + ": " + besluit.get("titel") + " "
                            + besluit.get("besluit"));
                }
                assertThat(tekst).contains("consensus bereikt: positief advies").contains("behandeld").contains("20 januari 2027")
                        .contains("Stadhuis Leiden");
            }
        }
        assertThat(besluitenlijsten.vanVergadering(vg)).as("the stuk the publishing mail attaches").isPresent();
    }

    @Test
    void een_afwezig_lid_maakt_zijn_fractie_afwezig_bij_de_stemming() {
        String nr = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of(nr));
        houd(vg, lid -> !"VVD".equals(lid.prop("fractie").stringValue()), rij("stemming"));

        SpinJsonNode stemmen = (SpinJsonNode) runtimeService.getVariable(voorstel(nr).getId(), "stemmen");
        assertThat(stemmen.elements()).filteredOn(r -> "VVD".equals(fractie(r))).singleElement()
                .satisfies(r -> assertThat(r.prop("stem").stringValue()).isEqualTo("afwezig"));
        String taak = griffie.taak(nr, "regiogriffie", "UserTask_StemmingVastleggen").getId();
        Map<String, Object> vvdStemtMee = griffie.stemformulier(nr, "2027-01-20", r -> "voor");
        assertThatThrownBy(() -> taskService.complete(taak, vvdStemtMee)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Voorschoten – VVD was afwezig volgens de presentielijst en kan niet stemmen.");
        Map<String, Object> aanwezigeAfwezig = griffie.stemformulier(nr, "2027-01-20", r -> "D66".equals(fractie(r)) || "VVD".equals(fractie(r)) ? "afwezig" : "voor");
        assertThatThrownBy(() -> taskService.complete(taak, aanwezigeAfwezig)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Voorschoten – D66 was aanwezig volgens de presentielijst");
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StemmingVastleggen");

        griffie.legStemmingVast(nr, "2027-01-20", r -> switch (fractie(r)) {
            case "VVD" -> "afwezig";
            case "SP" -> "tegen";
            default -> "voor";
        });
        // VVD absent: not voltallig; the weighted majority of the votes cast adopts it
        assertThat(historiek(nr, "stemuitslag")).isEqualTo("aangenomen");
    }

    @Test
    void bij_staken_gaat_de_stemming_naar_een_latere_vergadering() {
        // Leiderdorp (DEMO figures): A 3000 + E 1000 voor, B 2500 + D 1500 tegen, C absent: not voltallig, a tie
        String nr = voorstel(false, "leiderdorp");
        String eerste = plan("regulier", "2027-01-20", "19:30");
        agenda(eerste, List.of(nr), List.of(nr));
        houd(eerste, lid -> !lid.prop("fractie").stringValue().equals("DEMO-fractie C"), rij("stemming"));
        griffie.legStemmingVast(nr, "2027-01-20", r -> switch (fractie(r)) {
            case "DEMO-fractie A", "DEMO-fractie E" -> "voor";
            case "DEMO-fractie B", "DEMO-fractie D" -> "tegen";
            default -> "afwezig";
        });
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StemmingAgenderen").variables().containsEntry("stemuitslag", "staken");
        stelBesluitenlijstVast(eerste);

        String tweede = plan("regulier", "2027-02-17", "19:30");
        agenda(tweede, List.of(nr), List.of());
        houd(tweede, lid -> true, rij("stemming"));
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StemmingVastleggen").variables()
                .containsEntry("vergaderdatumStemming", "2027-02-17").containsEntry("stemdatum", "2027-02-17").containsEntry("stemronde", 2);
        griffie.legStemmingVast(nr, "2027-02-17", r -> "voor");

        assertThat(historiek(nr, "stemuitslag")).isEqualTo("consensus");
        assertThat(Json.teksten(runtimeService.getVariable(voorstel(nr).getId(), VOORSTEL_VERGADERINGEN), "vergaderingen"))
                .containsExactly(eerste, tweede);
    }

    @Test
    void zonder_quorum_stemt_een_dag_later_een_opnieuw_belegde_vergadering_met_wie_er_is() {
        String nr = voorstel(false, "leiden", "oegstgeest", "voorschoten");
        String eerste = plan("regulier", "2027-01-20", "19:30");
        agenda(eerste, List.of(nr), List.of(nr));
        Predicate<SpinJsonNode> alleenVoorschoten = lid -> "voorschoten".equals(lid.prop("gemeente").stringValue());
        houd(eerste, alleenVoorschoten, rij("stemming"));
        griffie.legStemmingVast(nr, "2027-01-20", r -> "voorschoten".equals(r.prop("gemeenteId").stringValue()) ? "voor" : "afwezig");
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StemmingAgenderen").variables().containsEntry("stemuitslag", "geenQuorum");
        stelBesluitenlijstVast(eerste);

        // called again the next evening, 24 1/2 hours later (Gemeentewet art. 20 lid 2)
        String tweede = plan("heroepen", "2027-01-21", "20:00");
        agenda(tweede, List.of(nr), List.of());
        houd(tweede, alleenVoorschoten, rij("stemming"));
        griffie.legStemmingVast(nr, "2027-01-21", r -> "voorschoten".equals(r.prop("gemeenteId").stringValue()) ? "voor" : "afwezig");

        // art. 20 lid 3: the quorum does not apply to the same vote at the meeting called again; nobody against, but not
        // voltallig: adopted by the votes cast (stemuitslag.dmn, Rule_GeenTegenstemmenNietVoltallig)
        assertThat(historiek(nr, "stemuitslag")).isEqualTo("aangenomen");
        assertThat(voorstel(nr)).isWaitingAt("UserTask_AdviesOpstellen");
    }

    @Test
    void een_afgelaste_vergadering_schuift_haar_agendapunten_door_naar_de_volgende() {
        String eerste = voorstel(false, "voorschoten");
        String tweede = voorstel(false, "leiden");
        String afgelast = plan("regulier", "2027-01-20", "19:30");
        agenda(afgelast, List.of(eerste, tweede), List.of());
        klok("2027-01-20T18:00");
        griffie.voltooi(afgelast, "regiogriffie", TASK_VERGADERING_HOUDEN, Map.of(VAR_VERLOOP, "afgelast"));

        assertThat(vergadering(afgelast)).isEnded().hasPassed(SERVICE_DOORSCHUIVEN, END_AFGELAST).hasNotPassed(SERVICE_UITKOMSTEN_DOORGEVEN);
        assertThat(voorstel(eerste)).isWaitingAt("UserTask_BeeldvormingHouden").variables().containsEntry(VOORSTEL_DOORGESCHOVEN_VAN, afgelast)
                .doesNotContainKey(VOORSTEL_AGENDA_VERGADERING);
        klok("2027-01-21T09:00");
        String volgende = plan("regulier", "2027-02-17", "19:30");
        Task agendataak = griffie.taak(volgende, "regiogriffie", TASK_AGENDA_OPSTELLEN);
        assertThat(Json.teksten(taskService.getVariable(agendataak.getId(), VAR_AGENDA_KEUZE), "agenda")).contains(eerste, tweede);
        agenda(volgende, List.of(eerste, tweede), List.of());
        houd(volgende, lid -> true, rij("behandeld"), rij("behandeld"));
        assertThat(voorstel(eerste)).variables().containsEntry("vergaderdatumBeeldvorming", "2027-02-17");
        assertThat(voorstel(tweede)).variables().containsEntry("vergaderdatumBeeldvorming", "2027-02-17");
    }

    @Test
    void een_startbijeenkomst_geeft_de_inbreng_mee_aan_de_werkgroep() {
        String nr = voorstel(true, "leiden", "voorschoten");
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StartbijeenkomstHouden");
        String vg = plan("start", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of());
        Map<String, Object> punt = rij("behandeld");
        punt.put("verslag", "Betrek de woningcorporaties vanaf het begin.");
        houd(vg, lid -> true, punt);

        assertThat(voorstel(nr)).isWaitingAt("UserTask_VoorstelVoorbereiden").variables().containsEntry("vergaderdatumStart", "2027-01-20")
                .containsEntry("inbrengStartbijeenkomst", "Betrek de woningcorporaties vanaf het begin.");
        assertThat(runtimeService.getVariable(vergadering(vg).getId(), "soortVergaderingNaam")).isEqualTo("Startbijeenkomst");
    }

    @Test
    void een_tussentijdse_vergadering_vraagt_een_aanleiding() {
        assertThatThrownBy(() -> start(WONEN, "tussentijds", "2027-01-27", "19:30", null)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("een tussentijdse vergadering vraagt een aanleiding");
        String nr = voorstel(false, "voorschoten");
        String vg = start(WONEN, "tussentijds", "2027-01-27", "19:30", "Terugkoppeling over de woningbouwaantallen");
        agenda(vg, List.of(nr), List.of());
        houd(vg, lid -> true, rij("behandeld"));

        assertThat(voorstel(nr)).variables().containsEntry("vergaderdatumBeeldvorming", "2027-01-27");
        assertThat(runtimeService.getVariable(vergadering(vg).getId(), "soortVergaderingNaam"))
                .isEqualTo("Tussentijdse vergadering (terugkoppeling en bijsturing)");
    }

    // ------------------------------------------------------------------ open data

    /**
     * Field names of VNG's ODS Open Raadsinformatie (mini-ORI API, docs/mini-ORI-API/openapi.yaml of
     * VNG-Realisatie/ODS-Open-Raadsinformatie): Vergadering, Agendapunt, Besluit, AanwezigeDeelnemer, Gremium, and the
     * collection names of its resources. Typed here from the standard, not taken from the export.
     */
    static final java.util.Set<String> ODS = java.util.Set.of("id", "url", "naam", "vergaderingstype", "geplandeaanvang", "vergaderdatum",
            "locatie", "vergaderstatus", "georganiseerddoorgremium", "gremiumidentificatie", "gremiumnaam", "agendapunten", "vergadering",
            "agendapuntKenmerk", "agendapuntTitel", "agendapuntOmschrijving", "agendapuntvolgnummer", "indicatorBehandeld", "indicatorBesloten",
            "besluit", "besluitresultaat", "stemmingen", "aanwezigeDeelnemers", "natuurlijkPersoon", "rolnaam", "organisatie");

    @Autowired
    Vergaderoverzicht vergaderoverzicht;
    @Autowired
    Regiocommissiebron regiocommissiebron;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * The overview page reads the meetings' own list (route071_vergadering), not the history: at every step it shows what
     * the meeting's page (read from the history) shows, and the list migration 64 fills from the history equals the one
     * the listeners kept. Late in 2027, after the other meetings of this class, so among the latest of the regiocommissie.
     */
    @Test
    void het_overzicht_toont_elke_vergadering_zoals_haar_eigen_pagina_ook_na_aanvullen_uit_de_historie() {
        String nr = voorstel(false, "voorschoten");
        String afgelast = plan("regulier", "2027-11-10", "19:30");
        String gepland = plan("regulier", "2027-12-15", "19:30");
        assertThat(overzicht(afgelast)).isEqualTo(zoalsPagina(afgelast)).extracting(Vergaderoverzicht.Vergadering::status).isEqualTo("gepland");
        agenda(afgelast, List.of(nr), List.of());
        assertThat(overzicht(afgelast)).isEqualTo(zoalsPagina(afgelast)).extracting(Vergaderoverzicht.Vergadering::status).isEqualTo("opgeroepen");
        klok("2027-11-10T18:00");
        griffie.voltooi(afgelast, "regiogriffie", TASK_VERGADERING_HOUDEN, Map.of(VAR_VERLOOP, "afgelast"));
        assertThat(overzicht(afgelast)).isEqualTo(zoalsPagina(afgelast)).extracting(Vergaderoverzicht.Vergadering::status).isEqualTo("afgelast");

        String gehouden = plan("regulier", "2027-12-08", "19:30");
        agenda(gehouden, List.of(nr), List.of());
        houd(gehouden, lid -> true, rij("behandeld"));
        assertThat(overzicht(gehouden)).isEqualTo(zoalsPagina(gehouden)).extracting(Vergaderoverzicht.Vergadering::status).isEqualTo("gehouden");
        stelBesluitenlijstVast(gehouden);
        assertThat(overzicht(gehouden)).isEqualTo(zoalsPagina(gehouden))
                .extracting(Vergaderoverzicht.Vergadering::status, Vergaderoverzicht.Vergadering::aantalPunten)
                .containsExactly("besluitenlijst vastgesteld", 1);
        List<String> volgorde = vergaderoverzicht.recent(java.util.Optional.of(WONEN)).stream().map(Vergaderoverzicht.Vergadering::sleutel)
                .filter(List.of(afgelast, gepland, gehouden)::contains).toList();
        assertThat(volgorde).as("newest first").containsExactly(gepland, gehouden, afgelast);

        List<Vergaderoverzicht.Vergadering> voor = List.of(overzicht(afgelast), overzicht(gehouden), overzicht(gepland));
        for (String vg : List.of(afgelast, gehouden, gepland)) {
            jdbc.update("delete from route071_vergadering where sleutel = ?", vg);
        }
        assertThat(vergaderoverzicht.recent(java.util.Optional.of(WONEN))).extracting(Vergaderoverzicht.Vergadering::sleutel)
                .doesNotContain(afgelast, gehouden, gepland);
        assertThat(Vergaderlijst.vul(jdbc)).isGreaterThanOrEqualTo(3);
        assertThat(List.of(overzicht(afgelast), overzicht(gehouden), overzicht(gepland))).isEqualTo(voor);
        assertThat(Vergaderlijst.vul(jdbc)).as("a second run adds nothing").isZero();
    }

    /** The meeting as the overview shows it. */
    private Vergaderoverzicht.Vergadering overzicht(String vg) {
        return vergaderoverzicht.recent(java.util.Optional.of(WONEN)).stream().filter(v -> v.sleutel().equals(vg)).findFirst().orElseThrow();
    }

    /** The meeting as its own page reads it from the history, with what the overview leaves out (agenda and lists) left out. */
    private Vergaderoverzicht.Vergadering zoalsPagina(String vg) {
        Vergaderoverzicht.Vergadering v = vergaderoverzicht.vergadering(vg).orElseThrow();
        return new Vergaderoverzicht.Vergadering(v.sleutel(), v.regiocommissie(), v.regiocommissieNaam(), v.soort(), v.soortNaam(), v.aanvang(),
                v.locatie(), v.status(), List.of(), List.of(), List.of(), v.besluitenlijstVastgesteld(), v.terInzageSinds(), v.aantalPunten());
    }

    @Test
    void de_vergadering_gaat_als_open_data_met_ods_veldnamen_en_de_gewichten_als_uitbreiding() {
        String nr = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of(nr));
        houd(vg, lid -> !"VVD".equals(lid.prop("fractie").stringValue()), rij("stemming"));
        griffie.legStemmingVast(nr, "2027-01-20", r -> switch (fractie(r)) {
            case "VVD" -> "afwezig";
            case "SP" -> "tegen";
            default -> "voor";
        });
        stelBesluitenlijstVast(vg);

        Map<String, Object> export = VergaderingExport.export(vergaderoverzicht.vergadering(vg).orElseThrow(), "https://route071.test");

        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) export.get("@context");
        List<String> onbekend = new ArrayList<>();
        sleutels(export, onbekend, context.keySet());
        assertThat(onbekend).as("fields neither ODS nor a Route071 extension named in @context").isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> punt = ((List<Map<String, Object>>) export.get("agendapunten")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> besluit = (Map<String, Object>) punt.get("besluit");
        assertThat(punt).containsEntry("agendapuntvolgnummer", "1").containsEntry("indicatorBehandeld", true);
        assertThat(((Number) besluit.get("gewogenTegen")).longValue()).as("SP's 556 votes against").isEqualTo(556L);
        assertThat(besluit).containsEntry("stemuitslag", "aangenomen")
                .containsEntry("stemmingen", List.of("https://route071.test/api/stemmingen/" + nr));
        // the attendance list is the whole regiocommissie's (all five gemeenten): every VVD member was absent
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> afwezig = (List<Map<String, Object>>) export.get("afwezigeDeelnemers");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> aanwezig = (List<Map<String, Object>>) export.get("aanwezigeDeelnemers");
        assertThat(afwezig).isNotEmpty().allSatisfy(d -> assertThat(d.get("organisatie")).asString().startsWith("Fractie VVD ("));
        assertThat(aanwezig).isNotEmpty().noneSatisfy(d -> assertThat(d.get("organisatie")).asString().startsWith("Fractie VVD ("));
        assertThat(afwezig.size() + aanwezig.size()).isEqualTo(((SpinJsonNode) historisch(vg, VAR_PRESENTIELIJST)).elements().size());
    }

    @Test
    void de_kalender_van_de_regiocommissie_is_te_lezen_door_ical4j_ook_een_afgelaste_vergadering() throws Exception {
        String eerste = voorstel(false, "voorschoten");
        String tweede = voorstel(false, "leiden");
        String gehouden = plan("regulier", "2027-03-03", "19:30");
        agenda(gehouden, List.of(eerste), List.of());
        String afgelast = plan("regulier", "2027-03-10", "19:30");
        agenda(afgelast, List.of(tweede), List.of());
        klok("2027-03-10T12:00");
        griffie.voltooi(afgelast, "regiogriffie", TASK_VERGADERING_HOUDEN, Map.of(VAR_VERLOOP, "afgelast"));

        String ics = nl.route071.kalender.Icalendar.schrijf(regiocommissiebron.naam(WONEN).orElseThrow(), regiocommissiebron.items(WONEN),
                java.time.Instant.parse("2027-01-04T09:00:00Z"));
        net.fortuna.ical4j.model.Calendar kalender = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));

        List<net.fortuna.ical4j.model.component.CalendarComponent> events = kalender.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        Function<String, net.fortuna.ical4j.model.Component> event = sleutel -> events.stream()
                .filter(e -> waarde(e, "UID").equals("vergadering-" + sleutel + "@route071")).findFirst().orElseThrow();
        assertThat(waarde(event.apply(gehouden), "SUMMARY")).isEqualTo("Regiocommissie Wonen");
        assertThat(waarde(event.apply(gehouden), "DESCRIPTION")).contains("1. " + eerste);
        assertThat(waarde(event.apply(gehouden), "LOCATION")).isEqualTo("Stadhuis Leiden");
        String aanvang = ((String) historisch(gehouden, VAR_AANVANG)).replace("-", "").replace(":", "");
        assertThat(waarde(event.apply(gehouden), "DTSTART")).startsWith(aanvang);
        assertThat(waarde(event.apply(gehouden), "STATUS")).isEqualTo("CONFIRMED");
        assertThat(waarde(event.apply(afgelast), "STATUS")).isEqualTo("CANCELLED");
    }

    private static String waarde(net.fortuna.ical4j.model.Component component, String eigenschap) {
        return component.getProperty(eigenschap).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static void sleutels(Object waarde, List<String> onbekend, java.util.Set<String> uitbreidingen) {
        if (waarde instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String sleutel = String.valueOf(k);
                if (!sleutel.equals("@context") && !ODS.contains(sleutel) && !uitbreidingen.contains(sleutel)) {
                    onbekend.add(sleutel);
                }
                if (!sleutel.equals("@context")) {
                    sleutels(v, onbekend, uitbreidingen);
                }
            });
        }
        else if (waarde instanceof List<?> lijst) {
            lijst.forEach(e -> sleutels(e, onbekend, uitbreidingen));
        }
    }

    // ------------------------------------------------------------------ bad input: Dutch 400, nothing changes

    @Test
    void een_vergadering_in_het_verleden_wordt_geweigerd() {
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();

        assertThatThrownBy(() -> plan("regulier", "2027-01-03", "19:30")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("De vergadering is niet gepland: de aanvang (03-01-2027 om ");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isEqualTo(voor);
    }

    @Test
    void een_herstemming_in_dezelfde_vergadering_of_binnen_24_uur_wordt_geweigerd() {
        String nr = voorstel(false, "leiderdorp");
        String eerste = plan("regulier", "2027-01-20", "19:30");
        agenda(eerste, List.of(nr), List.of(nr));
        houd(eerste, lid -> !lid.prop("fractie").stringValue().equals("DEMO-fractie C"), rij("stemming"));
        griffie.legStemmingVast(nr, "2027-01-20", r -> switch (fractie(r)) {
            case "DEMO-fractie A", "DEMO-fractie E" -> "voor";
            case "DEMO-fractie B", "DEMO-fractie D" -> "tegen";
            default -> "afwezig";
        });
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StemmingAgenderen");

        // by hand: the same day
        String agenderen = griffie.taak(nr, "regiogriffie", "UserTask_StemmingAgenderen").getId();
        assertThatThrownBy(() -> taskService.complete(agenderen, Map.of("vergaderdatumStemming", "2027-01-20")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ligt niet na de vorige stemming (20-01-2027)");
        // a meeting the next morning, less than 24 hours later
        String teVroeg = plan("heroepen", "2027-01-21", "10:00");
        Task agendataak = griffie.taak(teVroeg, "regiogriffie", TASK_AGENDA_OPSTELLEN);
        assertThatThrownBy(() -> taskService.complete(agendataak.getId(), agendaformulier(List.of(nr), List.of())))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("De herstemming over " + nr + " kan niet in deze vergadering: de vorige stemming was op "
                        + Vergaderregels.tekst(LocalDateTime.parse((String) historisch(eerste, VAR_AANVANG))));

        assertThat(vergadering(teVroeg)).isWaitingAt(TASK_AGENDA_OPSTELLEN);
        assertThat(voorstel(nr)).isWaitingAt("UserTask_StemmingAgenderen").variables().doesNotContainKey(VOORSTEL_AGENDA_VERGADERING);
    }

    @Test
    void een_voorstel_dat_niet_op_deze_regiocommissie_wacht_komt_niet_op_de_agenda() {
        String economie = voorstel("economie", false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        Task agendataak = griffie.taak(vg, "regiogriffie", TASK_AGENDA_OPSTELLEN);

        // the agenda form offers only the proposals waiting for this regiocommissie (the form is the contract);
        // Vergaderregels refuses it again with its reason (VergaderregelsTest)
        assertThatThrownBy(() -> taskService.complete(agendataak.getId(), agendaformulier(List.of(economie), List.of())))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("‘Agendapunten, in volgorde’: ‘" + economie + "’ is geen keuze van dit formulier");
        assertThat(vergadering(vg)).isWaitingAt(TASK_AGENDA_OPSTELLEN);
        assertThat(voorstel(economie)).variables().doesNotContainKey(VOORSTEL_AGENDA_VERGADERING);
    }

    @Test
    void een_lid_van_een_andere_regiocommissie_op_de_presentielijst_wordt_geweigerd() {
        String nr = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of());
        klok("2027-01-20T21:00");
        Task taak = griffie.taak(vg, "regiogriffie", TASK_VERGADERING_HOUDEN);
        Map<String, Object> formulier = vergaderformulier(vg, lid -> true, List.of(rij("behandeld")));
        SpinJsonNode presentielijst = Spin.JSON(((org.camunda.spin.plugin.variable.value.JsonValue) formulier.get(VAR_PRESENTIELIJST)).getValueSerialized());
        presentielijst.elements().get(0).prop("lid", "lid-0001"); // a member of the regiocommissie Economie en kennis
        formulier.put(VAR_PRESENTIELIJST, SpinValues.jsonValue(presentielijst.toString()).create());

        assertThatThrownBy(() -> taskService.complete(taak.getId(), formulier)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("lid-0001 is lid van Regiocommissie Economie en kennis, niet van de Regiocommissie Wonen.");
        assertThat(vergadering(vg)).isWaitingAt(TASK_VERGADERING_HOUDEN);
        assertThat(voorstel(nr)).isWaitingAt("UserTask_BeeldvormingHouden");
    }

    @Test
    void een_voorstel_op_de_agenda_wordt_alleen_in_de_vergadering_behandeld_en_oordeelsvorming_nooit_voor_beeldvorming() {
        String nr = voorstel(false, "voorschoten");
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of());
        String beeld = griffie.taak(nr, "regiogriffie", "UserTask_BeeldvormingHouden").getId();
        Map<String, Object> beeldvorming = Map.of("vergaderdatumBeeldvorming", "2027-01-10", "toelichterBestuurlijk", "wethouder",
                "toelichterMaatschappelijk", "maatschappelijk lid");
        assertThatThrownBy(() -> taskService.complete(beeld, beeldvorming)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("staat op de agenda van vergadering " + vg);

        String anders = voorstel(false, "voorschoten");
        griffie.voltooi(anders, "regiogriffie", "UserTask_BeeldvormingHouden", Map.of("vergaderdatumBeeldvorming", "2027-01-10",
                "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid"));
        String oordeel = griffie.taak(anders, "regiogriffie", "UserTask_OordeelsvormingHouden").getId();
        assertThatThrownBy(() -> taskService.complete(oordeel, Map.of("vergaderdatumOordeelsvorming", "2027-01-09", "consensus", true)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("De oordeelsvorming (09-01-2027) kan niet vóór de beeldvorming (10-01-2027) liggen.");
        assertThat(voorstel(anders)).isWaitingAt("UserTask_OordeelsvormingHouden");
    }

    @Test
    void de_verantwoording_van_een_raad_komt_op_de_agenda_en_krijgt_de_datum_van_de_vergadering() {
        String nr = totVerantwoording("voorschoten");
        String punt = nr + "-verantwoording-voorschoten";
        String vg = plan("regulier", "2027-03-03", "19:30");
        assertThat(opties(vg)).contains(punt);
        agenda(vg, List.of(punt), List.of());
        griffie.voerJobsUit(nr);

        // put on the agenda: the verantwoording has this meeting's date; recording it by hand is refused
        ProcessInstance raad = raadsbehandeling(nr);
        assertThat(raad).isWaitingAt("UserTask_VerantwoordingVastleggen").variables()
                .containsEntry("vergaderdatumVerantwoording", "2027-03-03");
        String vastleggen = griffie.taak(nr, "regiogriffie", "UserTask_VerantwoordingVastleggen").getId();
        assertThatThrownBy(() -> taskService.complete(vastleggen, Map.of("verantwoording", "Buiten de vergadering om.")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("staat op de agenda van vergadering " + vg);
        assertThat(raad).isWaitingAt("UserTask_VerantwoordingVastleggen");

        houd(vg, lid -> true, verslag("behandeld", "De raad van Voorschoten licht toe waarom hij afwijkt: eerst een second opinion."));
        griffie.voerJobsUit(nr);

        assertThat(raad).isEnded().hasPassedInOrder("UserTask_VerantwoordingAgenderen", "UserTask_VerantwoordingVastleggen");
        assertThat(vanInstantie(raad.getId(), "verantwoording")).isEqualTo("De raad van Voorschoten licht toe waarom hij afwijkt: eerst een second opinion.");
        assertThat(vanInstantie(raad.getId(), "vergaderdatumVerantwoording")).isEqualTo("2027-03-03");
        assertThat(stelBesluitenlijstVast(vg)).contains("1. " + punt, "Verantwoording van de raad", "behandeld");
    }

    @Test
    void een_verantwoording_van_een_afgelaste_vergadering_krijgt_de_datum_van_de_volgende() {
        String nr = totVerantwoording("voorschoten");
        String raad = raadsbehandeling(nr).getId();
        String punt = nr + "-verantwoording-voorschoten";
        String afgelast = plan("regulier", "2027-03-03", "19:30");
        agenda(afgelast, List.of(punt), List.of());
        griffie.voerJobsUit(nr);
        klok("2027-03-03T21:00");
        griffie.voltooi(afgelast, "regiogriffie", TASK_VERGADERING_HOUDEN, Map.of(VAR_VERLOOP, "afgelast"));
        assertThat(vergadering(afgelast)).isEnded().hasPassed(END_AFGELAST);

        String volgende = plan("regulier", "2027-03-17", "19:30");
        assertThat(opties(volgende)).contains(punt);
        agenda(volgende, List.of(punt), List.of());
        assertThat(raadsbehandeling(nr)).variables().containsEntry("vergaderdatumVerantwoording", "2027-03-17");
        houd(volgende, lid -> true, verslag("behandeld", "Verantwoording afgelegd."));
        assertThat(vanInstantie(raad, "verantwoording")).isEqualTo("Verantwoording afgelegd.");
        assertThat(vanInstantie(raad, "vergaderdatumVerantwoording")).isEqualTo("2027-03-17");
    }

    @Test
    void de_voortgang_van_de_uitvoering_komt_op_de_agenda_en_krijgt_de_datum_van_de_vergadering() {
        ProcessInstance bespreking = runtimeService.startProcessInstanceByKey("voortgangsbespreking");
        engine.getManagementService().createJobQuery().processInstanceId(bespreking.getId()).messages().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        List<Task> regiocommissie = taskService.createTaskQuery().processInstanceId(bespreking.getId())
                .taskDefinitionKey("UserTask_VoortgangBesprekenInRegiocommissie").list();
        Task wonen = regiocommissie.stream().filter(t -> "wonen".equals(taskService.getVariable(t.getId(), "ambitie"))).findFirst().orElseThrow();
        String vg = plan("regulier", "2027-01-20", "19:30");
        String punt = opties(vg).stream().filter(o -> o.equals("voortgang-2027-K1-wonen-" + bespreking.getId())).findFirst()
                .orElse("voortgang-2027-K1-wonen");
        assertThat(opties(vg)).contains(punt).noneMatch(o -> o.startsWith("voortgang-2027-K1-economie"));
        agenda(vg, List.of(punt), List.of());

        assertThatThrownBy(() -> taskService.complete(wonen.getId(), Map.of("besprekingRegiocommissie", "Buiten de vergadering om.")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("staat op de agenda van vergadering " + vg);
        houd(vg, lid -> true, verslag("behandeld", "Bijsturen: de grondverwerving versnellen."));

        assertThat(taskService.createTaskQuery().taskId(wonen.getId()).count()).as("completed by the meeting").isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(bespreking.getId())
                .taskDefinitionKey("UserTask_VoortgangBesprekenInRegiocommissie").count()).as("the other ambities wait").isEqualTo(4);
        List<Object> datums = historyService.createHistoricVariableInstanceQuery().processInstanceId(bespreking.getId())
                .variableName("vergaderdatumRegiocommissie").list().stream().map(v -> v.getValue()).filter(java.util.Objects::nonNull).toList();
        assertThat(datums).containsExactly("2027-01-20");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(bespreking.getId())
                .variableName("besprekingRegiocommissie").list().stream().map(v -> v.getValue()).filter(java.util.Objects::nonNull).toList())
                .containsExactly("Bijsturen: de grondverwerving versnellen.");
        assertThat(stelBesluitenlijstVast(vg)).contains("Voortgang van de uitvoering, 2027-K1, ambitie wonen");
        engine.getRuntimeService().deleteProcessInstance(bespreking.getId(), "test: the other ambities are not reviewed here");
    }

    // ------------------------------------------------------------------ steps

    private void klok(String tijdstip) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(tijdstip).atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** A proposal of the ambitie wonen, adopted by the bestuurstafel: waiting for beeldvorming (or the start meeting). */
    private String voorstel(boolean startbijeenkomst, String... gemeenten) {
        return voorstel("wonen", startbijeenkomst, gemeenten);
    }

    private String voorstel(String ambitie, boolean startbijeenkomst, String... gemeenten) {
        Map<String, Object> start = new HashMap<>();
        start.put("titel", "Regionale woonagenda");
        start.put("ambitie", ambitie);
        start.put("soortBesluit", "kaderstellend");
        start.put("deelnemendeGemeenten", SpinValues.jsonValue(Spin.JSON(List.of(gemeenten))).create());
        start.put("initiatief", "bestuurstafel");
        start.put("startbijeenkomst", startbijeenkomst);
        String nr = runtimeService.startProcessInstanceByKey("regionaalVoorstel", start).getBusinessKey();
        if (startbijeenkomst) {
            return nr;
        }
        griffie.voltooi(nr, "werkgroep-" + ambitie, "UserTask_VoorstelVoorbereiden", Map.of("voorstelTekst", "Samen 2.000 woningen per jaar"));
        griffie.voltooi(nr, "bestuurstafel-" + ambitie, "UserTask_VoorstelVaststellen", Map.of("besluitBestuurstafel", "vaststellen"));
        return nr;
    }

    private String plan(String soort, String datum, String tijd) {
        return start(WONEN, soort, datum, tijd, null);
    }

    /**
     * Plans a meeting. The test methods share one database, and a regiocommissie has one meeting at a time: each
     * meeting starts a few minutes after the time given, one more for each meeting (never enough to cross a 24-hour line
     * the tests draw: the meeting called again starts 30 minutes later the next day, plus one more minute).
     */
    private String start(String regiocommissie, String soort, String datum, String tijd, String aanleiding) {
        tijd = java.time.LocalTime.parse(tijd).plusMinutes(MINUUT.getAndIncrement()).toString();
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_REGIOCOMMISSIE, regiocommissie);
        formulier.put(VAR_SOORT, soort);
        formulier.put(VAR_VERGADERDATUM, datum);
        formulier.put(VAR_AANVANGSTIJD, tijd);
        formulier.put(VAR_LOCATIE, "Stadhuis Leiden");
        if (aanleiding != null) {
            formulier.put(VAR_AANLEIDING, aanleiding);
        }
        ProcessInstance vergadering = runtimeService.startProcessInstanceByKey(PROCESS_ID, formulier);
        gepland.put(vergadering.getBusinessKey(), vergadering);
        return vergadering.getBusinessKey();
    }

    private static Map<String, Object> agendaformulier(List<String> keuze, List<String> samen) {
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_AGENDA_KEUZE, SpinValues.jsonValue(Spin.JSON(keuze).toString()).create());
        formulier.put(VAR_SAMEN_BEHANDELEN, SpinValues.jsonValue(Spin.JSON(samen).toString()).create());
        return formulier;
    }

    /** The regiogriffier adopts the agenda (the convocation goes out: the send job runs). */
    private void agenda(String vg, List<String> keuze, List<String> samen) {
        griffie.voltooi(vg, "regiogriffie", TASK_AGENDA_OPSTELLEN, agendaformulier(keuze, samen));
        assertThat(vergadering(vg)).isWaitingAt(TASK_VERGADERING_HOUDEN);
    }

    private static Map<String, Object> rij(String uitkomst) {
        Map<String, Object> rij = new HashMap<>();
        rij.put("uitkomst", uitkomst);
        rij.put("toelichterBestuurlijk", "wethouder Voorschoten");
        rij.put("toelichterMaatschappelijk", "Universiteit Leiden");
        return rij;
    }

    /** The meeting is held (the clock after its start): attendance per member, an outcome per agenda item. */
    @SafeVarargs
    private void houd(String vg, Predicate<SpinJsonNode> aanwezig, Map<String, Object>... punten) {
        String aanvang = (String) runtimeService.getVariable(vergadering(vg).getId(), VAR_AANVANG);
        klok(LocalDateTime.parse(aanvang).plusHours(2).toString());
        griffie.voltooi(vg, "regiogriffie", TASK_VERGADERING_HOUDEN, vergaderformulier(vg, aanwezig, List.of(punten)));
    }

    private Map<String, Object> vergaderformulier(String vg, Predicate<SpinJsonNode> aanwezig, List<Map<String, Object>> punten) {
        SpinJsonNode leden = (SpinJsonNode) runtimeService.getVariable(vergadering(vg).getId(), VAR_PRESENTIELIJST);
        SpinJsonNode presentielijst = Spin.JSON("[]");
        for (SpinJsonNode lid : leden.elements()) {
            SpinJsonNode rij = Spin.JSON("{}");
            rij.prop("aanwezig", aanwezig.test(lid));
            presentielijst.append(rij);
        }
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_VERLOOP, "gehouden");
        formulier.put(VAR_PRESENTIELIJST, SpinValues.jsonValue(presentielijst.toString()).create());
        formulier.put(VAR_AGENDAPUNTEN, SpinValues.jsonValue(Spin.JSON(new ArrayList<>(punten)).toString()).create());
        return formulier;
    }

    private String stelBesluitenlijstVast(String vg) {
        griffie.voltooi(vg, "regiogriffie", TASK_BESLUITENLIJST_VASTSTELLEN, Map.of());
        return (String) historisch(vg, VAR_BESLUITENLIJST);
    }

    private ProcessInstance voorstel(String nr) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).processDefinitionKey("regionaalVoorstel").singleResult();
    }

    private ProcessInstance vergadering(String vg) {
        return gepland.get(vg);
    }

    /** A proposal with a positive advice whose raad rejects it: the regiogriffie puts its verantwoording on an agenda. */
    private String totVerantwoording(String gemeente) {
        String nr = voorstel(false, gemeente);
        String vg = plan("regulier", "2027-01-20", "19:30");
        agenda(vg, List.of(nr), List.of(nr));
        houd(vg, lid -> true, rij("consensus"));
        stelBesluitenlijstVast(vg);
        griffie.voltooi(nr, "regiogriffie", "UserTask_AdviesOpstellen", Map.of("adviesType", "volledig",
                "adviesTekst", "De regiocommissie adviseert in te stemmen.", "adviesdatum", "2027-01-21"));
        griffie.collegesBiedenAan(nr);
        nl.route071.raad.Raadsvergaderingen.zorgVoor(engine, gemeente, "2027-02-10");
        griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_AdviesAgenderen", Map.of("raadsvergadering", "2027-02-10"));
        klok("2027-02-11T10:00");
        griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_RaadsbesluitVastleggen", Map.of("raadsbesluit", "verworpen", "besluitdatum", "2027-02-10"));
        assertThat(raadsbehandeling(nr)).isWaitingAt("UserTask_VerantwoordingAgenderen");
        return nr;
    }

    private ProcessInstance raadsbehandeling(String nr) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).processDefinitionKey("raadsbehandeling").singleResult();
    }

    /** The items the agenda form of this meeting offers (their keys). */
    private List<String> opties(String vg) {
        Task taak = griffie.taak(vg, "regiogriffie", TASK_AGENDA_OPSTELLEN);
        return Json.rijen(taskService.getVariable(taak.getId(), "wachtendeVoorstellen"), "opties").stream()
                .map(r -> (String) r.get("value")).toList();
    }

    private static Map<String, Object> verslag(String uitkomst, String verslag) {
        Map<String, Object> rij = new HashMap<>();
        rij.put("uitkomst", uitkomst);
        rij.put("verslag", verslag);
        return rij;
    }

    private Object vanInstantie(String instantie, String variabele) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).variableName(variabele).singleResult().getValue();
    }

    private Object historisch(String sleutel, String variabele) {
        String id = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(sleutel).singleResult().getId();
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(variabele).singleResult().getValue();
    }

    private Object historiek(String nr, String variabele) {
        String id = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr).processDefinitionKey("regionaalVoorstel")
                .singleResult().getId();
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(variabele).singleResult().getValue();
    }

    private static String fractie(SpinJsonNode regel) {
        return regel.prop("fractie").stringValue();
    }
}
