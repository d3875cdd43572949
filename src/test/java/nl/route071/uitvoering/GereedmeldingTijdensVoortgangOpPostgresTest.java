package nl.route071.uitvoering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import nl.route071.Griffie;
import nl.route071.OpPostgres;
import nl.route071.Route071Test;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #26: a user completes "Uitvoering gereed melden" (its terminate end ends the whole uitvoering) while the
 * job executor is continuing the progress loop after a "Voortgang tussentijds melden" (the async
 * {@code Gateway_MeldingSamenvoegen}, which opens the next progress task). On PostgreSQL this once failed the user's
 * completion with a persistence error (ENGINE-03004, a foreign key violation on deleting the executions), a 500 in
 * Tasklist. Deterministic: the loop's job runs in a transaction that is held open with a latch after the engine has
 * written its changes (the job mid-flight), the completion runs against the state before it and waits on the job's row
 * locks; then the job commits and the completion goes on. The user's completion must win: the uitvoering ends, the
 * report stays, the next progress task is gone, and no database error reaches the user.
 */
@Route071Test
@OpPostgres
class GereedmeldingTijdensVoortgangOpPostgresTest {

    private static final String GROEP = "uitvoering-oegstgeest";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PlatformTransactionManager transacties;
    @Autowired
    DataSource dataSource;

    Griffie griffie;
    ExecutorService draden;

    @BeforeEach
    void setUp() {
        init(engine);
        griffie = new Griffie(engine);
        draden = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void tearDown() {
        draden.shutdownNow();
    }

    /** The completion reads the state before the job's commit and writes after it (found as an optimistic lock). */
    @Test
    void gereedmelden_terwijl_de_melding_nog_verwerkt_wordt_rondt_de_uitvoering_af_zonder_databasefout() throws Exception {
        Opzet opzet = meldVoortgang();
        Future<?> job = houdJobVast(opzet);

        Future<Throwable> gereedmelding = meldGereed(opzet);
        wachtOpSlot(null, "a lock held by the job");
        loslaten.countDown();
        job.get(60, TimeUnit.SECONDS);

        controleerAfgerond(opzet, gereedmelding.get(60, TimeUnit.SECONDS));
    }

    /**
     * The interleaving of the issue: the completion has read the execution tree before the job's commit and reads the
     * jobs and tasks after it. Held there by an exclusive lock on ACT_RU_JOB that queues behind the job's transaction
     * (PostgreSQL grants locks in order, so the completion's read of the jobs waits until the test lets go). Before
     * the fix this failed with ENGINE-03004: the delete of the process instance violated act_fk_exe_procinst.
     */
    @Test
    void gereedmelden_dat_de_melding_half_ziet_rondt_de_uitvoering_af_zonder_databasefout() throws Exception {
        Opzet opzet = meldVoortgang();
        Future<?> job = houdJobVast(opzet);
        CountDownLatch slotLoslaten = new CountDownLatch(1);
        Future<?> slot = draden.submit(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("lock table act_ru_job in access exclusive mode");
                wacht(slotLoslaten);
                c.commit();
            }
            return null;
        });
        wachtOpSlot("AccessExclusiveLock", "the exclusive lock queued behind the job");

        Future<Throwable> gereedmelding = meldGereed(opzet);
        wachtOpSlot("AccessShareLock", "the completion's read of the jobs queued behind the exclusive lock");
        loslaten.countDown();
        job.get(60, TimeUnit.SECONDS);
        slotLoslaten.countDown();
        slot.get(60, TimeUnit.SECONDS);

        controleerAfgerond(opzet, gereedmelding.get(60, TimeUnit.SECONDS));
    }

    private final CountDownLatch loslaten = new CountDownLatch(1);

    record Opzet(ProcessInstance uitvoering, Job lus, Task gereed) {
    }

    /** An uitvoering whose progress was just reported: the loop's job is due, "Uitvoering gereed melden" is open. */
    private Opzet meldVoortgang() {
        String nr = "RV-TEST-" + UUID.randomUUID();
        ProcessInstance uitvoering = runtimeService.startProcessInstanceByKey(UitvoeringProcess.PROCESS_ID, nr,
                Map.of("voorstelnummer", nr, "titel", "Regionale woonagenda", "ambitie", "wonen", "gemeente", "oegstgeest"));
        griffie.voltooi(nr, GROEP, UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "zelf"));

        // a colleague reports progress; the loop's continuation is left to the job executor
        Task melding = griffie.taak(nr, GROEP, UitvoeringProcess.TASK_VOORTGANG_TUSSENTIJDS_MELDEN);
        taskService.complete(melding.getId(), Map.of("voortgangsstatus", "op-schema", "voortgang", "Eerste fase loopt."));
        Job lus = managementService.createJobQuery().processInstanceId(uitvoering.getId())
                .activityId("Gateway_MeldingSamenvoegen").singleResult();
        assertThat(lus).as("the progress loop continues in a job of its own").isNotNull();
        // (found with a plain task query: Griffie.taak would run the due jobs first)
        Task gereed = taskService.createTaskQuery().processInstanceId(uitvoering.getId())
                .taskDefinitionKey(UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN).singleResult();
        return new Opzet(uitvoering, lus, gereed);
    }

    /** The job executor runs the loop's job and has written its changes; its transaction stays open until released. */
    private Future<?> houdJobVast(Opzet opzet) throws Exception {
        CountDownLatch geschreven = new CountDownLatch(1);
        Future<?> job = draden.submit(() -> new TransactionTemplate(transacties).executeWithoutResult(status -> {
            managementService.executeJob(opzet.lus().getId());
            geschreven.countDown();
            wacht(loslaten);
        }));
        while (!geschreven.await(100, TimeUnit.MILLISECONDS)) {
            if (job.isDone()) {
                job.get(); // the job failed before it was held: its exception
                throw new AssertionError("the job ended without being held");
            }
        }
        return job;
    }

    /** The user completes "Uitvoering gereed melden"; the future holds what the user got (null: completed). */
    private Future<Throwable> meldGereed(Opzet opzet) {
        return draden.submit(() -> {
            try {
                taskService.complete(opzet.gereed().getId(), Map.of("gereedDatum", "2027-06-30", "eindverslag", "Gereed."));
                return null;
            }
            catch (RuntimeException e) {
                return e;
            }
        });
    }

    private void controleerAfgerond(Opzet opzet, Throwable fout) {
        ProcessInstance uitvoering = opzet.uitvoering();
        assertThat(fout).as("the user's completion gets no error").isNull();
        assertThat(uitvoering).isEnded().hasPassed(UitvoeringProcess.END_AFGEROND);
        assertThat(taskService.createTaskQuery().processInstanceId(uitvoering.getId()).count())
                .as("the next progress task went with the uitvoering").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(uitvoering.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(uitvoering.getId())
                .variableName(UitvoeringProcess.VAR_RAPPORTAGES).singleResult().getValue().toString())
                .as("the report made before the completion is kept").contains("Eerste fase loopt.");
    }

    /** Waits until PostgreSQL shows a backend waiting for a lock (of this mode on ACT_RU_JOB, or any). */
    private void wachtOpSlot(String modusOpJobtabel, String wat) throws Exception {
        String sql = modusOpJobtabel == null ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from pg_locks l join pg_class t on t.oid = l.relation where t.relname = 'act_ru_job' "
                        + "and not l.granted and l.mode = '" + modusOpJobtabel + "'";
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            while (System.nanoTime() < tot) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("never seen: " + wat);
    }

    private static void wacht(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
