package nl.route071.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import nl.route071.EngineVanDezeContext;
import nl.route071.Griffie;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.raad.RaadsbehandelingProcess;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications as the people receive them: a real SMTP server in the JVM (GreenMail) on a free port, the
 * application configured to send through it, the route driven as in Tasklist. Also what happens when that
 * server is down, and the reminder and escalation of the 2-month term with a moved engine clock. The one test
 * class with a context of its own (the SMTP settings), docs/testing.md.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:route071-notificaties;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestExecutionListeners(listeners = EngineVanDezeContext.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class NotificatiesPerMailTest {

    static final int POORT = vrijePoort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry eigenschappen) {
        eigenschappen.add("spring.mail.host", () -> "127.0.0.1");
        eigenschappen.add("spring.mail.port", () -> POORT);
        eigenschappen.add("route071.smtp.from", () -> "route071@route071.test");
    }

    @TestConfiguration
    static class EenmaalMislukken {
        static final AtomicInteger POGINGEN = new AtomicInteger();

        /** For the test model: fails the engine transaction on the first call, after the mail went out. */
        @Bean("eenmaalMislukken")
        Runnable eenmaalMislukken() {
            return () -> {
                if (POGINGEN.incrementAndGet() == 1) {
                    throw new IllegalStateException("database weg na het versturen (test)");
                }
            };
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Notificaties notificaties;

    GreenMail smtp;
    Griffie griffie;
    Voorstelroute route;

    @BeforeEach
    void mailserverAan() {
        smtp = new GreenMail(new ServerSetup(POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        griffie = new Griffie(engine);
        route = new Voorstelroute(engine);
    }

    @AfterEach
    void mailserverUit() {
        smtp.stop();
        Voorstelroute.klokTerug();
    }

    // ------------------------------------------------------------------ the whole route

    @Test
    void langs_de_hele_route_hoort_iedereen_wat_hij_moet_doen() throws Exception {
        String nr = route.dienIn("2026-01-05", "Regionale woonagenda", "wonen", "kaderstellend", "leiden", "voorschoten");
        route.bestuurstafel(nr, "wonen", "vaststellen");
        route.consensus(nr);
        route.advies(nr, "volledig", "2026-02-10");
        route.raadsbesluit(nr, "leiden", "conform", "2026-03-02");
        route.raadsbesluit(nr, "voorschoten", "verworpen", "2026-03-09", Map.of(), "De raad wacht op de woningmarktanalyse.");
        route.kwartaalVerstreken(nr, "2026-03-10");
        route.uitvoeringOrganiseren(nr, "leiden");
        route.kwartaalVerstreken(nr, "2026-06-15");

        Map<String, MimeMessage> mails = mails();
        assertThat(mails.values()).extracting(NotificatiesPerMailTest::onderwerp).containsExactlyInAnyOrder(
                "Voorstel " + nr + " ligt klaar voor de bestuurstafel: Regionale woonagenda",
                "Voorstel " + nr + " op de agenda van de regiocommissie: Regionale woonagenda",
                "Gezamenlijk advies over " + nr + " voor de raad van Leiden: Regionale woonagenda",
                "Gezamenlijk advies over " + nr + " voor de raad van Voorschoten: Regionale woonagenda",
                "Voorstel " + nr + " aan de raad van Leiden aanbieden: Regionale woonagenda",
                "Voorstel " + nr + " aan de raad van Voorschoten aanbieden: Regionale woonagenda",
                "Voorstel " + nr + " aangeboden aan de raad van Leiden: u kunt het agenderen",
                "Voorstel " + nr + " aangeboden aan de raad van Voorschoten: u kunt het agenderen",
                "Raad van Leiden heeft besloten over " + nr + ": conform",
                "Raad van Voorschoten heeft besloten over " + nr + ": verworpen",
                "Verantwoording van Voorschoten over " + nr + " op de agenda van de regiocommissie",
                "Uitkomst van de besluitvorming over " + nr + ": de gemeenten die instemden gaan door naar de uitvoering",
                "Voortgangsrapportage gevraagd over de uitvoering van " + nr + " in Leiden");

        assertThat(aan(mail(mails, "ligt klaar voor de bestuurstafel"))).containsExactlyInAnyOrder("bestuurstafel-wonen@route071.test",
                "maatschappelijk-wonen@route071.test");
        assertThat(aan(mail(mails, "Voorstel " + nr + " op de agenda"))).containsExactly(
                "regiogriffier@route071.test", "griffie-leiden@route071.test", "griffie-voorschoten@route071.test");
        MimeMessage adviesLeiden = mail(mails, "voor de raad van Leiden");
        assertThat(aan(adviesLeiden)).containsExactly("griffie-leiden@route071.test");
        assertThat(bijlagen(adviesLeiden)).as("the advice letter").containsExactly("advies-" + nr + ".pdf");
        assertThat(tekst(adviesLeiden)).contains("op 10 februari 2026 een gezamenlijk advies (volledig)")
                .contains("Uiterste besluitdatum: 10 april 2026")
                .contains("Het college van Leiden biedt het voorstel eerst aan de raad aan").doesNotContain("Wilt u het advies agenderen");
        assertThat(aan(mail(mails, "aan de raad van Leiden aanbieden"))).containsExactly("college-leiden@route071.test");
        assertThat(aan(mail(mails, "aangeboden aan de raad van Leiden"))).containsExactly("griffie-leiden@route071.test");
        assertThat(aan(mail(mails, "voor de raad van Voorschoten"))).containsExactly("griffie-voorschoten@route071.test");
        assertThat(aan(mail(mails, "Raad van Voorschoten heeft besloten"))).containsExactlyInAnyOrder(
                "regiogriffier@route071.test", "bestuurstafel-wonen@route071.test", "maatschappelijk-wonen@route071.test");
        assertThat(aan(mail(mails, "Verantwoording van Voorschoten"))).containsExactlyInAnyOrder(
                "regiogriffier@route071.test", "griffie-voorschoten@route071.test", "bestuurstafel-wonen@route071.test",
                "maatschappelijk-wonen@route071.test");
        MimeMessage doorgang = mail(mails, "Uitkomst van de besluitvorming");
        assertThat(aan(doorgang)).containsExactlyInAnyOrder("regiogriffier@route071.test", "bestuurstafel-wonen@route071.test",
                "maatschappelijk-wonen@route071.test", "griffie-leiden@route071.test", "griffie-voorschoten@route071.test");
        assertThat(tekst(doorgang)).contains("- Leiden: conform, gaat door").contains("- Voorschoten: verworpen, gaat niet door");
        assertThat(aan(mail(mails, "Voortgangsrapportage gevraagd"))).containsExactly("uitvoering-leiden@route071.test");
        assertThat(mails.values()).allSatisfy(m -> assertThat(m.getFrom()[0].toString()).isEqualTo("route071@route071.test"));

        // every mail recorded: who, what, when, for which proposal, with its own Message-ID
        List<Notificatie> geregistreerd = notificaties.lijst(nr, 100);
        assertThat(geregistreerd).hasSize(13).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(Notificatie.VERZONDEN);
            assertThat(n.verzonden()).isNotNull();
            assertThat(n.voorstelnummer()).isEqualTo(nr);
        });
        assertThat(geregistreerd).extracting(Notificatie::messageId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("<[0-9a-f-]{36}@route071>"))
                .containsExactlyInAnyOrderElementsOf(mails.keySet());
    }

    // ------------------------------------------------------------------ the college offers, then the griffie agendas

    @Test
    void het_college_hoort_dat_het_moet_aanbieden_en_de_griffie_pas_daarna_dat_zij_kan_agenderen() throws Exception {
        Voorstelroute.op("2026-02-10");
        ProcessInstance raad = startRaadsbehandeling("kaderstellend", "2026-02-10");
        String nr = raad.getBusinessKey();
        griffie.voerJobsUit(nr);

        Map<String, MimeMessage> bijAdvies = mails();
        assertThat(bijAdvies.values()).extracting(NotificatiesPerMailTest::onderwerp).containsExactlyInAnyOrder(
                "Gezamenlijk advies over " + nr + " voor de raad van Voorschoten: Regionale woonagenda",
                "Voorstel " + nr + " aan de raad van Voorschoten aanbieden: Regionale woonagenda");
        MimeMessage aanbieden = mail(bijAdvies, "aanbieden");
        assertThat(aan(aanbieden)).containsExactly("college-voorschoten@route071.test");
        assertThat(tekst(aanbieden)).contains("op 10 februari 2026 een gezamenlijk advies (volledig)")
                .contains("Uiterste besluitdatum: 10 april 2026").contains("\"Voorstel aan de raad aanbieden\" in Tasklist");
        assertThat(aan(mail(bijAdvies, "Gezamenlijk advies"))).containsExactly("griffie-voorschoten@route071.test");
        assertThat(tekst(mail(bijAdvies, "Gezamenlijk advies"))).doesNotContain("Wilt u het advies agenderen")
                .contains("Daarna krijgt u\nbericht");
        assertThat(griffie.aantalTaken(nr, "griffie-voorschoten")).as("nothing to agenda yet").isZero();
        assertThat(griffie.aantalTaken(nr, "college-voorschoten")).isEqualTo(1);
        smtp.reset();

        griffie.collegesBiedenAan(nr);

        MimeMessage agenderen = enige(mails());
        assertThat(onderwerp(agenderen)).isEqualTo("Voorstel " + nr + " aangeboden aan de raad van Voorschoten: u kunt het agenderen");
        assertThat(aan(agenderen)).containsExactly("griffie-voorschoten@route071.test");
        assertThat(tekst(agenderen)).contains("op\n10 februari 2026 aan de raad aangeboden").contains("Wilt u het advies agenderen in uw raad?")
                .contains("Uiterste besluitdatum: 10 april 2026").contains("\"Advies agenderen in de raad\" nu in Tasklist");
        assertThat(griffie.taak(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN)).as("the task the mail names").isNotNull();
    }

    // ------------------------------------------------------------------ nothing lost

    @Test
    void zonder_mailserver_wordt_de_melding_een_incident_en_na_herstel_komt_precies_een_mail() {
        ProcessInstance raad = startRaadsbehandeling("kaderstellend", "2026-02-10");
        Job job = managementService.createJobQuery().processInstanceId(raad.getId()).activityId("SendTask_AdviesMelden").singleResult();
        smtp.stop();

        int pogingen = 0;
        while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0 && pogingen < 10) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
            pogingen++;
        }

        assertThat(pogingen).as("R5/PT5M: five attempts").isEqualTo(5);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(raad.getId()).singleResult();
        assertThat(incident).as("incident in Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("SendTask_AdviesMelden");
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(taskService.createTaskQuery().processInstanceId(raad.getId()).count()).as("griffie not yet told").isZero();
        assertThat(notificaties.lijst(raad.getBusinessKey(), 10)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(Notificatie.MISLUKT));

        smtp = new GreenMail(new ServerSetup(POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(aan(smtp.getReceivedMessages()[0])).containsExactly("griffie-voorschoten@route071.test");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(raad.getId()).count()).isZero();
        assertThat(notificaties.lijst(raad.getBusinessKey(), 10)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(Notificatie.VERZONDEN));
        griffie.voerJobsUit(raad.getBusinessKey());
        assertThat(taskService.createTaskQuery().processInstanceId(raad.getId()).taskDefinitionKey(
                "UserTask_VoorstelAanRaadAanbieden").count()).isEqualTo(1);
    }

    @Test
    void faalt_de_transactie_na_het_versturen_dan_stuurt_de_herhaling_niet_nog_een_mail() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("notificatieProef").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Proef")
                .sendTask("SendTask_ProefMelden").camundaAsyncBefore().camundaDelegateExpression("${notificatie}")
                .camundaInputParameter("soort", "raadsbesluit").camundaInputParameter("ontvangers", "griffie-leiden")
                .camundaExecutionListenerExpression("end", "${eenmaalMislukken.run()}")
                .endEvent("EndEvent_Proef").done();
        repositoryService.createDeployment().name("notificatieProef").addModelInstance("notificatieProef.bpmn", model).deploy();
        String nr = "RV-PROEF-" + UUID.randomUUID();
        ProcessInstance proef = runtimeService.startProcessInstanceByKey("notificatieProef", nr,
                Map.of("titel", "Proef", "gemeente", "leiden", "raadsbesluit", "conform"));
        Job job = managementService.createJobQuery().processInstanceId(proef.getId()).singleResult();
        EenmaalMislukken.POGINGEN.set(0);

        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("database weg");
        assertThat(smtp.getReceivedMessages()).as("the mail went out before the transaction failed").hasSize(1);
        managementService.executeJob(job.getId());

        assertThat(EenmaalMislukken.POGINGEN.get()).isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(proef.getId()).count()).as("ended").isZero();
        assertThat(smtp.getReceivedMessages()).as("the retry does not send again").hasSize(1);
        assertThat(notificaties.lijst(nr, 10)).singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(Notificatie.VERZONDEN));
    }

    // ------------------------------------------------------------------ the 2-month term

    @Test
    void na_zes_weken_een_herinnering_en_na_twee_maanden_een_escalatie_aan_griffie_regiogriffie_en_stuurgroep() throws Exception {
        Voorstelroute.op("2026-02-10");
        ProcessInstance raad = startRaadsbehandeling("kaderstellend", "2026-02-10");
        String nr = raad.getBusinessKey();
        griffie.voerJobsUit(nr);
        griffie.collegesBiedenAan(nr);
        Task agenderen = griffie.taak(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        assertThat(agenderen.getDueDate()).as("term date as due date in Tasklist").isEqualTo(dag("2026-04-10"));
        smtp.reset();

        Voorstelroute.op("2026-03-23");
        griffie.voerJobsUit(nr);
        assertThat(smtp.getReceivedMessages()).as("not yet six weeks").isEmpty();

        Voorstelroute.op("2026-03-24");
        griffie.voerJobsUit(nr);
        MimeMessage herinnering = enige(mails());
        assertThat(onderwerp(herinnering)).isEqualTo("Herinnering: raad van Voorschoten besluit uiterlijk 10 april 2026 over " + nr);
        assertThat(aan(herinnering)).containsExactly("griffie-voorschoten@route071.test", "regiogriffier@route071.test",
                "stuurgroep@route071.test");
        smtp.reset();

        griffie.voltooi(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN, Map.of("raadsvergadering", "2026-04-20"));
        Task besluiten = griffie.taak(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN);
        assertThat(besluiten.getDueDate()).isEqualTo(dag("2026-04-10"));

        Voorstelroute.op("2026-04-10");
        griffie.voerJobsUit(nr);
        MimeMessage escalatie = enige(mails());
        assertThat(onderwerp(escalatie)).isEqualTo("Termijn verstreken: raad van Voorschoten heeft nog niet besloten over " + nr);
        assertThat(aan(escalatie)).containsExactly("griffie-voorschoten@route071.test", "regiogriffier@route071.test",
                "stuurgroep@route071.test");
        assertThat(tekst(escalatie)).contains("op\n10 april 2026 verstreken").contains("advies van 10 februari 2026");
        assertThat(raad).isNotNull();
    }

    @Test
    void een_raad_die_binnen_zes_weken_besluit_krijgt_geen_herinnering_en_een_niet_kaderstellend_besluit_heeft_geen_termijn() {
        Voorstelroute.op("2026-02-10");
        String opTijd = startRaadsbehandeling("kaderstellend", "2026-02-10").getBusinessKey();
        String verordening = startRaadsbehandeling("verordening", "2026-02-10").getBusinessKey();
        griffie.collegesBiedenAan(opTijd);
        griffie.collegesBiedenAan(verordening);
        griffie.voltooi(opTijd, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN, Map.of("raadsvergadering", "2026-03-02"));
        griffie.voltooi(opTijd, "griffie-voorschoten", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN,
                Map.of("raadsbesluit", "verworpen", "besluitdatum", "2026-03-02"));
        assertThat(griffie.taak(verordening, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN).getDueDate()).isNull();
        smtp.reset();

        Voorstelroute.op("2026-04-11");
        griffie.voerJobsUit(opTijd);
        griffie.voerJobsUit(verordening);

        assertThat(smtp.getReceivedMessages()).as("no reminder, no escalation").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(verordening).count()).isEqualTo(1);
    }

    @Test
    void ligt_de_eerste_raadsvergadering_na_de_termijn_dan_mailt_route071_griffie_regiogriffie_en_stuurgroep() throws Exception {
        nl.route071.raad.Raadsvergaderingen.zorgVoor(engine, "voorschoten", "2034-09-20");
        ProcessInstance raad = startRaadsbehandeling("kaderstellend", "2034-07-01");
        String nr = raad.getBusinessKey();
        griffie.voerJobsUit(nr);
        smtp.reset();

        griffie.collegesBiedenAan(nr);

        Map<String, MimeMessage> mails = mails();
        assertThat(mails).as("the term mail and the griffie's 'u kunt agenderen'").hasSize(2);
        MimeMessage melding = mail(mails, "Termijn niet haalbaar");
        assertThat(onderwerp(melding)).isEqualTo("Termijn niet haalbaar: de raad van Voorschoten vergadert pas na 1 september 2034 over " + nr);
        assertThat(aan(melding)).containsExactly("griffie-voorschoten@route071.test", "regiogriffier@route071.test",
                "stuurgroep@route071.test");
        assertThat(String.valueOf(melding.getContent()).replace("\r\n", "\n")).contains("Eerste raadsvergadering in de kalender: 20 september 2034")
                .contains("heeft vóór die datum geen raadsvergadering")
                .contains("(advies van 1 juli 2034)").contains("/raadskalender/voorschoten");
        assertThat(griffie.taak(nr, "griffie-voorschoten", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN)).isNotNull();
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance startRaadsbehandeling(String soortBesluit, String adviesdatum) {
        String nr = "RV-TEST-" + UUID.randomUUID();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("voorstelnummer", nr);
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("soortBesluit", soortBesluit);
        variabelen.put("gemeente", "voorschoten");
        variabelen.put("adviesType", "volledig");
        variabelen.put("adviesTekst", "Stem in met de woonagenda");
        variabelen.put("adviesdatum", adviesdatum);
        return runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
    }

    /** The mails received, one per Message-ID (GreenMail keeps a copy per recipient, per mailbox). */
    private Map<String, MimeMessage> mails() throws MessagingException {
        Map<String, MimeMessage> mails = new LinkedHashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            mails.putIfAbsent(m.getMessageID(), m);
        }
        return mails;
    }

    private static MimeMessage mail(Map<String, MimeMessage> mails, String inOnderwerp) {
        return mails.values().stream().filter(m -> onderwerp(m).contains(inOnderwerp)).reduce((a, b) -> {
            throw new AssertionError("more than one mail with " + inOnderwerp);
        }).orElseThrow(() -> new AssertionError("no mail with " + inOnderwerp));
    }

    private static MimeMessage enige(Map<String, MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.values().iterator().next();
    }

    private static String onderwerp(MimeMessage mail) {
        try {
            return mail.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> aan(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tekst(MimeMessage mail) {
        try {
            if (mail.getContent() instanceof jakarta.mail.Multipart delen) {
                // the advice mail: the text and the advice letter as a PDF attachment (nl.route071.stukken.Adviesbrieven)
                return String.valueOf(((jakarta.mail.Multipart) delen.getBodyPart(0).getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
            }
        }
        catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
        return GreenMailUtil.getBody(mail).replace("\r\n", "\n");
    }

    /** The file names of the mail's attachments. */
    private static List<String> bijlagen(MimeMessage mail) throws MessagingException, IOException {
        List<String> namen = new java.util.ArrayList<>();
        if (mail.getContent() instanceof jakarta.mail.Multipart delen) {
            for (int i = 0; i < delen.getCount(); i++) {
                if (delen.getBodyPart(i).getFileName() != null) {
                    namen.add(delen.getBodyPart(i).getFileName());
                }
            }
        }
        return namen;
    }

    private static Date dag(String dag) {
        return Date.from(LocalDate.parse(dag).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
