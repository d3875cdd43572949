package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;
import nl.route071.Modellen;
import nl.route071.ProcessCoverage;
import nl.route071.notificatie.Notificatie;
import nl.route071.notificatie.Notificaties;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path of {@code evaluatieSamenwerking}; the configured start of the cooperation is 2018-01-01. */
@Route071Test
@ProcessCoverage
class EvaluatieSamenwerkingProcessTest {

    static final String STARTDATUM = "2018-01-01";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Notificaties notificaties;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Rapportopslag opslag;
    @Autowired
    StarttimerBijwerken starttimerBijwerken;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    @Test
    void de_evaluatie_start_op_de_startdatum_van_de_samenwerking_en_meteen_als_die_voorbij_is() {
        // a fresh version schedules the start timer again (as after a model change), so this test owns the timer
        Modellen.deployMetFormulieren(repositoryService, "evaluatieSamenwerking (test)", "evaluatieSamenwerking.bpmn");
        Job starttimer = managementService.createJobQuery().processDefinitionKey(PROCESS_ID).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();

        assertThat(starttimer.getDuedate()).isEqualTo(dag(STARTDATUM));
        assertThat(managementService.createJobQuery().jobId(starttimer.getId()).executable().count())
                .as("a start date in the past is due at once").isEqualTo(1);

        managementService.executeJob(starttimer.getId());

        List<org.camunda.bpm.engine.history.HistoricProcessInstance> gestart = engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processDefinitionId(starttimer.getProcessDefinitionId()).list();
        assertThat(gestart).hasSize(1);
        assertThat(gestart.get(0).getBusinessKey()).isEqualTo(businessKey(STARTDATUM));
        assertThat(gestart.get(0).getStartActivityId()).isEqualTo(START_EVENT);
    }

    @Test
    void een_gewijzigde_startdatum_verzet_de_wachtende_starttimer_bij_het_opstarten() {
        Modellen.deployMetFormulieren(repositoryService, "evaluatieSamenwerking (test)", "evaluatieSamenwerking.bpmn");
        Job starttimer = managementService.createJobQuery().processDefinitionKey(PROCESS_ID).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        managementService.setJobDuedate(starttimer.getId(), dag("2030-06-01"));  // as planned under an earlier setting

        starttimerBijwerken.bijwerken();

        assertThat(managementService.createJobQuery().jobId(starttimer.getId()).singleResult().getDuedate()).isEqualTo(dag(STARTDATUM));
    }

    @Test
    void na_een_jaar_maakt_de_evaluatie_een_rapportage_en_stelt_de_strategische_unit_de_tussenevaluatie_op() {
        ProcessInstance evaluatie = start(STARTDATUM);
        assertThat(evaluatie).isWaitingAt(TIMER_EERSTE_JAAR);
        Job eersteJaar = timer(evaluatie);
        assertThat(eersteJaar.getDuedate()).isEqualTo(dag("2019-01-01"));

        voerUit(eersteJaar);

        assertThat(evaluatie).hasPassed(SERVICE_TUSSENRAPPORTAGE).isWaitingAt(TASK_TUSSENEVALUATIE_OPSTELLEN);
        Task taak = taak(evaluatie, GROEP_STRATEGISCHE_UNIT, TASK_TUSSENEVALUATIE_OPSTELLEN);
        assertThat(taak.getName()).isEqualTo("Tussenevaluatie opstellen");
        String rapportId = (String) runtimeService.getVariable(evaluatie.getId(), VAR_TUSSENRAPPORT_ID);
        EvaluatieRapport rapport = opslag.lees(rapportId).orElseThrow();
        assertThat(rapport.evaluatie()).isEqualTo("tussenevaluatie");
        assertThat(rapport.van()).isEqualTo(STARTDATUM);
        assertThat(rapport.tot()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void bij_een_startdatum_in_de_toekomst_wacht_de_tussenevaluatie_tot_een_jaar_na_de_start() {
        LocalDate start = LocalDate.now().plusMonths(2);
        ProcessInstance evaluatie = start(start.toString());
        Job eersteJaar = timer(evaluatie);

        assertThat(eersteJaar.getDuedate()).isEqualTo(dag(start.plusYears(1).toString()));
        assertThat(managementService.createJobQuery().jobId(eersteJaar.getId()).executable().count()).isZero();

        ClockUtil.setCurrentTime(dag(start.plusYears(1).plusDays(1).toString()));
        assertThat(managementService.createJobQuery().jobId(eersteJaar.getId()).executable().count()).isEqualTo(1);
        voerUit(eersteJaar);
        assertThat(evaluatie).isWaitingAt(TASK_TUSSENEVALUATIE_OPSTELLEN);
    }

    @Test
    void de_stuurgroep_besluit_niet_maar_legt_haar_voorstel_over_voortzetting_langs_regiocommissie_raden_en_colleges() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();

        String nr = stelVoorstelOp(evaluatie, "doorgaan");

        assertThat(evaluatie).isActive().isWaitingAt(CALL_VOORTZETTINGSVOORSTEL).hasNotPassed(END_VOORTGEZET);
        ProcessInstance voorstel = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).singleResult();
        assertThat(voorstel.getProcessDefinitionId()).startsWith("regionaalVoorstel:");
        assertThat(nr).startsWith("RV-");
        Map<String, Object> variabelen = runtimeService.getVariables(voorstel.getId());
        assertThat(variabelen).containsEntry("soortBesluit", "kaderstellend").containsEntry("initiatief", INITIATIEF_STUURGROEP)
                .containsEntry("bevoegdOrgaan", "college");
        assertThat(String.valueOf(variabelen.get("voorstelTekst"))).contains("doorgaan met de samenwerking zoals zij is")
                .contains("Na drie jaar ervaring");
        assertThat(String.valueOf(variabelen.get("deelnemendeGemeenten")))
                .contains("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude");
        assertThat(voorstel).isWaitingAt("UserTask_BeeldvormingHouden")
                .hasNotPassed("UserTask_VoorstelVoorbereiden", "UserTask_VoorstelVaststellen");
    }

    @Test
    void elk_college_besluit_over_voortzetting_na_de_wensen_en_bedenkingen_van_zijn_raad_en_de_uitkomst_verschilt_per_gemeente() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();
        String nr = stelVoorstelOp(evaluatie, "doorgaan");

        collegesBesluiten(evaluatie, nr, Map.of("oegstgeest", "afgewezen"));

        assertThat(evaluatie).isEnded().hasPassed(TASK_EINDEVALUATIE_BESPREKEN, TASK_VOORTZETTINGSVOORSTEL_OPSTELLEN,
                CALL_VOORTZETTINGSVOORSTEL, SEND_VOORTZETTING_MELDEN, END_VOORTGEZET);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey("regionaalVoorstel").singleResult().getEndActivityId())
                .as("the proposal ends after the colleges, without uitvoering").isEqualTo("EndEvent_VoortzettingBesloten");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey("raadsbehandeling").count()).as("no raad decides the form of cooperation").isZero();
        String perGemeente = historisch(evaluatie, VAR_VOORTZETTING_PER_GEMEENTE).toString();
        assertThat(perGemeente).contains("{\"gemeente\":\"oegstgeest\",\"collegebesluit\":\"afgewezen\",\"voorstelOvergenomen\":false,\"voortzetting\":\"niet overgenomen\"}")
                .contains("{\"gemeente\":\"leiden\",\"collegebesluit\":\"ingestemd\",\"voorstelOvergenomen\":true,\"voortzetting\":\"doorgaan\"}");
        Notificatie voortzetting = notificaties.lijst(evaluatie.getBusinessKey(), 10).stream()
                .filter(n -> n.soort().equals("voortzetting")).findFirst().orElseThrow();
        assertThat(voortzetting.onderwerp())
                .isEqualTo("Besluiten van de colleges over de voortzetting van de regionale samenwerking (voorstel: doorgaan)");
        assertThat(voortzetting.ontvangers()).contains("stuurgroep@route071.test", "strategische-unit@route071.test",
                "regiogriffier@route071.test", "griffie-leiden@route071.test", "griffie-zoeterwoude@route071.test");
        assertThat(voortzetting.tekst()).contains(nr).contains("nadat zijn\ngemeenteraad wensen en bedenkingen kon geven; het laatste op 15 december 2020").contains("Motivering: Na drie jaar ervaring")
                .contains("- Oegstgeest: collegebesluit afgewezen, neemt het voorstel niet over")
                .contains("- Leiden: collegebesluit ingestemd, neemt het voorstel over (doorgaan met de samenwerking zoals zij is)");
    }

    @Test
    void nemen_de_colleges_het_voorstel_tot_aanpassen_over_dan_wordt_de_samenwerking_aangepast() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();
        String nr = stelVoorstelOp(evaluatie, "aanpassen");

        collegesBesluiten(evaluatie, nr, Map.of());

        assertThat(evaluatie).isEnded().hasPassed(END_AANGEPAST).hasNotPassed(END_VOORTGEZET, END_GESTOPT, END_NIET_AANGENOMEN);
    }

    @Test
    void neemt_geen_college_het_voorstel_over_dan_eindigt_de_evaluatie_zonder_gevolg_voor_de_samenwerking() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();
        String nr = stelVoorstelOp(evaluatie, "stoppen");

        collegesBesluiten(evaluatie, nr, Map.of("leiden", "afgewezen", "leiderdorp", "afgewezen", "oegstgeest", "afgewezen",
                "voorschoten", "afgewezen", "zoeterwoude", "afgewezen"));

        assertThat(evaluatie).isEnded().hasPassed(END_NIET_AANGENOMEN).hasNotPassed(END_GESTOPT, END_VOORTGEZET, END_AANGEPAST);
    }

    @Test
    void na_het_advies_geeft_elke_raad_eerst_wensen_en_bedenkingen_en_besluit_dan_zijn_college() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();
        String nr = stelVoorstelOp(evaluatie, "aanpassen");
        Voorstelroute route = new Voorstelroute(engine);
        route.consensus(nr);
        route.advies(nr, "volledig", "2020-11-20");
        Griffie griffie = new Griffie(engine);
        griffie.voerJobsUit(nr);

        for (String gemeente : GEMEENTEN) {
            assertThat(griffie.openTaken(nr).stream().filter(t -> taakVan(t, gemeente)).map(Task::getTaskDefinitionKey).toList())
                    .as("%s: first the raad's wensen en bedenkingen, no college decision yet, no raadsbesluit", gemeente)
                    .containsExactly("UserTask_WensenEnBedenkingenVastleggen");
        }
        griffie.voltooi(nr, "griffie-leiden", "UserTask_WensenEnBedenkingenVastleggen",
                Map.of("raadsvergaderingWensen", "2020-11-20", "wensenEnBedenkingen", "Houd de regiocommissie, maar met minder vergaderingen."));
        org.camunda.bpm.engine.task.Task besluit = griffie.taak(nr, "college-leiden", "UserTask_CollegebesluitVastleggen");
        assertThat(taskService.getVariable(besluit.getId(), "wensenEnBedenkingen"))
                .as("the college decides with its raad's wensen en bedenkingen before it").isEqualTo("Houd de regiocommissie, maar met minder vergaderingen.");
        assertThat(griffie.aantalTaken(nr, "college-voorschoten")).as("Voorschoten's raad has not spoken yet").isZero();
        assertThat(evaluatie).isWaitingAt(CALL_VOORTZETTINGSVOORSTEL);
        Voorstelroute.klokTerug();
    }

    @Test
    void trekt_de_stuurgroep_haar_voorstel_na_een_negatief_advies_in_dan_is_er_niet_besloten_en_geldt_haar_voorstel_niet() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();
        String nr = stelVoorstelOp(evaluatie, "doorgaan");
        Voorstelroute route = new Voorstelroute(engine);
        Voorstelroute.op("2020-11-10");
        route.stemming(nr, "2020-11-10", gemeente -> gemeente.equals("oegstgeest") ? "afwezig" : "tegen");
        route.advies(nr, "volledig", "2020-11-20");
        Griffie griffie = new Griffie(engine);
        assertThat(griffie.aantalTaken(nr, "bestuurstafel-economie")).as("no bestuurstafel weighs the continuation").isZero();

        griffie.voltooi(nr, GROEP_STUURGROEP, "UserTask_NegatiefAdviesVoortzettingAfwegen", Map.of("besluitNaNegatiefAdvies", "intrekken",
                "toelichtingNaNegatiefAdvies", "Eerst opnieuw met de raden in gesprek."));
        managementService.createJobQuery().processInstanceId(evaluatie.getId()).messages().list()
                .forEach(job -> managementService.executeJob(job.getId()));
        Voorstelroute.klokTerug();

        assertThat(evaluatie).isEnded().hasPassed(END_NIET_BESLOTEN).hasNotPassed(END_VOORTGEZET, END_AANGEPAST, END_GESTOPT, END_NIET_AANGENOMEN);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey("regionaalVoorstel").singleResult().getEndActivityId()).isEqualTo("EndEvent_VoorstelIngetrokken");
        Notificatie melding = notificaties.lijst(evaluatie.getBusinessKey(), 10).stream()
                .filter(n -> n.soort().startsWith("voortzetting")).findFirst().orElseThrow();
        assertThat(melding.soort()).as("no mail that says each college decided").isEqualTo("voortzetting-ingetrokken");
        assertThat(melding.onderwerp()).contains("Niet besloten over de voortzetting");
        assertThat(melding.tekst()).contains("trok het in na het negatieve advies").contains("geldt niet");
    }

    @Test
    void blijft_het_voorstel_over_voortzetting_onbeantwoord_dan_eindigt_de_evaluatie_na_de_termijn_niet_besloten() {
        ProcessInstance evaluatie = tot_voorstel_over_voortzetting();
        LocalDate gesteld = LocalDate.now();
        String nr = stelVoorstelOp(evaluatie, "stoppen");
        Job termijn = managementService.createJobQuery().processInstanceId(evaluatie.getId())
                .activityId(TIMER_VOORTZETTINGSVOORSTEL_ONBEANTWOORD).singleResult();
        assertThat(LocalDate.ofInstant(termijn.getDuedate().toInstant(), ZoneId.systemDefault()))
                .as("the setting route071.termijnen.voortzettingsvoorstel, six months").isIn(gesteld.plusMonths(6), LocalDate.now().plusMonths(6));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nr).count()).as("the regiocommissie has work open").isPositive();

        voerUit(termijn);

        assertThat(evaluatie).isEnded().hasPassed(TIMER_VOORTZETTINGSVOORSTEL_ONBEANTWOORD, SEND_VOORTZETTING_ONBEANTWOORD_MELDEN, END_ONBEANTWOORD)
                .hasNotPassed(SEND_VOORTZETTING_MELDEN, END_VOORTGEZET, END_AANGEPAST, END_GESTOPT, END_NIET_AANGENOMEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr).count()).as("the proposal's treatment stopped").isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nr).count()).as("no task of it is left open").isZero();
        assertThat(historisch(evaluatie, VAR_VOORTZETTINGSVOORSTELNUMMER)).isEqualTo(nr);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(evaluatie.getId())
                .variableName(VAR_BESLUITDATUM_VOORTZETTING).count()).as("no decision date: nobody decided").isZero();
        Notificatie melding = notificaties.lijst(evaluatie.getBusinessKey(), 10).stream()
                .filter(n -> n.soort().equals("voortzetting-onbeantwoord")).findFirst().orElseThrow();
        assertThat(melding.groepen()).contains(GROEP_STUURGROEP, GROEP_STRATEGISCHE_UNIT, "regiogriffie", "griffie-leiden", "griffie-zoeterwoude");
        assertThat(melding.onderwerp()).contains("Niet besloten over de voortzetting");
        assertThat(melding.tekst()).contains(nr).contains("6 maanden onbeantwoord").contains("het voorstel\nvan de stuurgroep (stoppen) geldt niet");
        assertThat(notificaties.lijst(evaluatie.getBusinessKey(), 10)).extracting(Notificatie::soort).doesNotContain("voortzetting");
    }

    @Test
    void een_tweede_evaluatie_van_dezelfde_samenwerking_stopt_meteen() {
        String sleutel = "EVALUATIE-TEST-" + UUID.randomUUID();
        ProcessInstance eerste = runtimeService.createProcessInstanceByKey(PROCESS_ID).businessKey(sleutel)
                .setVariable(VAR_STARTDATUM, STARTDATUM).execute();
        ProcessInstance tweede = runtimeService.createProcessInstanceByKey(PROCESS_ID).businessKey(sleutel)
                .setVariable(VAR_STARTDATUM, STARTDATUM).execute();

        assertThat(eerste).isWaitingAt(TIMER_EERSTE_JAAR);
        assertThat(tweede).isEnded().hasPassed(END_LIEP_AL).hasNotPassed(TIMER_EERSTE_JAAR);
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance start(String startdatum) {
        return runtimeService.createProcessInstanceByKey(PROCESS_ID).businessKey("EVALUATIE-TEST-" + UUID.randomUUID())
                .setVariable(VAR_STARTDATUM, startdatum).execute();
    }

    private ProcessInstance tot_voorstel_over_voortzetting() {
        ProcessInstance evaluatie = start(STARTDATUM);
        voerUit(timer(evaluatie));
        voltooi(evaluatie, GROEP_STRATEGISCHE_UNIT, TASK_TUSSENEVALUATIE_OPSTELLEN,
                Map.of("tussenevaluatieBevindingen", "De route werkt; de raden besluiten vaak later dan twee maanden."));
        voltooi(evaluatie, GROEP_STUURGROEP, TASK_TUSSENEVALUATIE_BESPREKEN,
                Map.of("tussenevaluatieAfspraken", "Griffies plannen raadsbehandeling bij het advies."));
        assertThat(evaluatie).isWaitingAt(TIMER_EINDEVALUATIE);
        Job eindevaluatie = timer(evaluatie);
        assertThat(eindevaluatie.getDuedate()).as("three months before the end of the third year").isEqualTo(dag("2020-10-01"));
        voerUit(eindevaluatie);
        assertThat(runtimeService.getVariable(evaluatie.getId(), VAR_EINDRAPPORT_ID)).isNotNull();
        voltooi(evaluatie, GROEP_STRATEGISCHE_UNIT, TASK_EINDEVALUATIE_OPSTELLEN, Map.of("eindevaluatieBevindingen", "Positief"));
        voltooi(evaluatie, GROEP_STUURGROEP, TASK_EINDEVALUATIE_BESPREKEN, Map.of("eindevaluatieAfspraken", "Voorstel aan de raden"));
        assertThat(evaluatie).isWaitingAt(TASK_VOORTZETTINGSVOORSTEL_OPSTELLEN);
        return evaluatie;
    }

    /** The stuurgroep proposes; returns the number of the regional proposal the evaluation started. */
    private String stelVoorstelOp(ProcessInstance evaluatie, String voortzetting) {
        voltooi(evaluatie, GROEP_STUURGROEP, TASK_VOORTZETTINGSVOORSTEL_OPSTELLEN,
                Map.of(VAR_VOORTZETTING, voortzetting, VAR_MOTIVERING, "Na drie jaar ervaring", "ambitie", "economie"));
        ProcessInstance voorstel = runtimeService.createProcessInstanceQuery().superProcessInstanceId(evaluatie.getId()).singleResult();
        new Griffie(engine).voerJobsUit(voorstel.getBusinessKey());
        return voorstel.getBusinessKey();
    }

    static final List<String> GEMEENTEN = List.of("leiden", "leiderdorp", "oegstgeest", "voorschoten", "zoeterwoude");

    /**
     * Consensus in the regiocommissie; then each raad gives its wensen en bedenkingen (1 December 2020) and each college
     * decides (ingestemd unless given) on 15 December 2020.
     */
    private void collegesBesluiten(ProcessInstance evaluatie, String nr, Map<String, String> afwijkend) {
        Voorstelroute route = new Voorstelroute(engine);
        route.consensus(nr);
        route.advies(nr, "volledig", "2020-11-20");
        Griffie griffie = new Griffie(engine);
        Voorstelroute.op("2020-12-01");
        for (String gemeente : GEMEENTEN) {
            griffie.voltooi(nr, "griffie-" + gemeente, "UserTask_WensenEnBedenkingenVastleggen",
                    Map.of("raadsvergaderingWensen", "2020-12-01", "wensenEnBedenkingen", "De raad van " + gemeente + " wil vaker horen hoe het gaat."));
        }
        Voorstelroute.op("2020-12-15");
        for (String gemeente : GEMEENTEN) {
            griffie.voltooi(nr, "college-" + gemeente, "UserTask_CollegebesluitVastleggen",
                    Map.of("collegebesluit", afwijkend.getOrDefault(gemeente, "ingestemd"), "besluitdatum", "2020-12-15"));
        }
        griffie.voerJobsUit(nr);
        managementService.createJobQuery().processInstanceId(evaluatie.getId()).messages().list()
                .forEach(job -> managementService.executeJob(job.getId()));
        Voorstelroute.klokTerug();
    }

    private boolean taakVan(Task taak, String gemeente) {
        return taskService.getIdentityLinksForTask(taak.getId()).stream()
                .anyMatch(link -> link.getGroupId() != null && link.getGroupId().endsWith("-" + gemeente));
    }

    private Object historisch(ProcessInstance evaluatie, String naam) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(evaluatie.getId())
                .variableName(naam).singleResult().getValue();
    }

    private Job timer(ProcessInstance evaluatie) {
        return managementService.createJobQuery().processInstanceId(evaluatie.getId()).timers().singleResult();
    }

    /** Runs the timer job, then the async send tasks it leads to, as the job executor would. */
    private void voerUit(Job job) {
        managementService.executeJob(job.getId());
        managementService.createJobQuery().processInstanceId(job.getProcessInstanceId()).messages().executable().list()
                .forEach(bericht -> managementService.executeJob(bericht.getId()));
    }

    private Task taak(ProcessInstance evaluatie, String groep, String activiteit) {
        List<Task> taken = taskService.createTaskQuery().processInstanceId(evaluatie.getId()).taskCandidateGroup(groep)
                .taskDefinitionKey(activiteit).list();
        assertThat(taken).as("open task %s for %s", activiteit, groep).hasSize(1);
        return taken.get(0);
    }

    private void voltooi(ProcessInstance evaluatie, String groep, String activiteit, Map<String, Object> formulier) {
        Task taak = taak(evaluatie, groep, activiteit);
        taskService.claim(taak.getId(), "test-" + groep);
        taskService.complete(taak.getId(), formulier);
    }

    private static Date dag(String dag) {
        return Date.from(LocalDate.parse(dag).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
