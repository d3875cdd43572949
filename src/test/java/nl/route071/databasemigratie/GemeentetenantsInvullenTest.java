package nl.route071.databasemigratie;

import static nl.route071.college.CollegebesluitProcess.TASK_COLLEGEBESLUIT_VASTLEGGEN;
import static nl.route071.raad.RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.route071.Griffie;
import nl.route071.Route071Test;
import nl.route071.college.CollegebesluitProcess;
import nl.route071.evaluatie.Voorstelroute;
import nl.route071.toegang.Gemeentetenants;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 7 on a database from before the gemeenten were tenants: a proposal at the councils of Leiden and
 * Voorschoten is made "old" again by SQL (no tenant ids, the griffies' task grants with READ), then migrated.
 */
@Route071Test
class GemeentetenantsInvullenTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GemeentetenantsInvullen migratie;

    @AfterEach
    void opruimen() {
        identityService.clearAuthentication();
        Voorstelroute.klokTerug();
    }

    @Test
    void een_raadsbehandeling_van_voor_de_tenants_staat_na_de_migratie_alleen_nog_bij_de_eigen_griffie() throws Exception {
        Griffie griffie = new Griffie(engine);
        Voorstelroute route = new Voorstelroute(engine);
        String nr = route.dienIn("2026-01-05", "Regionale woonagenda (tenantmigratie)", "wonen", "kaderstellend", "leiden", "voorschoten");
        route.bestuurstafel(nr, "wonen", "vaststellen");
        route.consensus(nr);
        route.advies(nr, "volledig", "2026-02-10");
        griffie.collegesBiedenAan(nr);
        Task leiden = griffie.taak(nr, "griffie-leiden", TASK_ADVIES_AGENDEREN);
        Task voorschoten = griffie.taak(nr, "griffie-voorschoten", TASK_ADVIES_AGENDEREN);
        Map<String, String> gemeentePerInstantie = new TreeMap<>();
        for (ProcessInstance instantie : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKeyIn(Gemeentetenants.PROCESSEN.toArray(String[]::new)).list()) {
            gemeentePerInstantie.put(instantie.getId(), (String) runtimeService.getVariable(instantie.getId(), "gemeente"));
        }
        assertThat(gemeentePerInstantie).as("the council treatments of the proposal").hasSize(2).containsValues("leiden", "voorschoten");
        assertThat(leiden.getTenantId()).as("made by the new code").isEqualTo("leiden");

        assertThat(zonderTenant(gemeentePerInstantie.keySet())).as("rows without a tenant, made by the new code").isEmpty();

        maakOud(gemeentePerInstantie.keySet());
        assertThat(zonderTenant(gemeentePerInstantie.keySet())).as("rows without a tenant in the old database").isNotEmpty();

        // the old database as Leiden's griffier sees it in Tasklist: Voorschoten's council task in her list
        assertThat(ziet("griffier-leiden", "griffie-leiden", "leiden", nr)).contains(leiden.getId(), voorschoten.getId());
        assertThat(taskService.createTaskQuery().tenantIdIn("leiden").processInstanceBusinessKey(nr).list()).isEmpty();

        migreer();

        assertThat(ziet("griffier-leiden", "griffie-leiden", "leiden", nr)).containsExactly(leiden.getId());
        assertThat(ziet("griffier-voorschoten", "griffie-voorschoten", "voorschoten", nr)).containsExactly(voorschoten.getId());
        assertThat(taskService.createTaskQuery().tenantIdIn("leiden").processInstanceBusinessKey(nr).list())
                .extracting(Task::getId).containsExactly(leiden.getId());
        assertThat(taakrecht(leiden.getId(), "griffie-leiden")).satisfies(recht -> {
            assertThat(recht.isPermissionGranted(READ)).as("READ per task").isFalse();
            assertThat(recht.isPermissionGranted(TASK_WORK)).as("TASK_WORK per task").isTrue();
        });
        identityService.setAuthentication("griffier-leiden", List.of("griffie-leiden"), List.of("leiden"));
        taskService.claim(leiden.getId(), "griffier-leiden");
        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(leiden.getId()).singleResult().getAssignee()).isEqualTo("griffier-leiden");

        gemeentePerInstantie.forEach((instantie, gemeente) -> {
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instantie).singleResult().getTenantId())
                    .isEqualTo(gemeente);
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instantie).list())
                    .as("the completed college task and the open council task").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(taak -> assertThat(taak.getTenantId()).isEqualTo(gemeente));
        });
        assertThat(zonderTenant(gemeentePerInstantie.keySet())).as("rows of the instances still without a tenant").isEmpty();

        Map<String, String> voor = toestand(gemeentePerInstantie.keySet());
        migreer();
        assertThat(toestand(gemeentePerInstantie.keySet())).as("a second run changes nothing").isEqualTo(voor);
        assertThat(GemeentetenantsInvullen.vulIn(jdbc)).isEqualTo(new GemeentetenantsInvullen.Telling(0, 0, 0));
    }

    @Test
    void een_lopend_collegebesluit_krijgt_zijn_tenant_een_afgerond_en_een_zonder_gemeente_blijven_zoals_ze_waren() throws Exception {
        String nr = "RV-TENANTMIGRATIE-" + UUID.randomUUID();
        String lopend = collegebesluit(nr, "leiderdorp");
        String afgerond = collegebesluit(nr, "zoeterwoude");
        new Griffie(engine).voltooi(nr, "college-zoeterwoude", TASK_COLLEGEBESLUIT_VASTLEGGEN,
                Map.of(CollegebesluitProcess.VAR_COLLEGEBESLUIT, "ingestemd", "besluitdatum", "2026-12-15"));
        String zonderGemeente = collegebesluit(nr, "oegstgeest");
        Task taak = taskService.createTaskQuery().processInstanceId(lopend).singleResult();
        Task taakZonderGemeente = taskService.createTaskQuery().processInstanceId(zonderGemeente).singleResult();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(afgerond).singleResult())
                .satisfies(h -> assertThat(h.getEndTime()).isNotNull()).satisfies(h -> assertThat(h.getTenantId()).isEqualTo("zoeterwoude"));

        maakOud(List.of(lopend, afgerond, zonderGemeente));
        jdbc.update("delete from ACT_RU_VARIABLE where NAME_ = 'gemeente' and EXECUTION_ID_ = ?", zonderGemeente);
        assertThat(zietTaak("college-oegstgeest", "college-oegstgeest", "oegstgeest", taakZonderGemeente.getId())).isTrue();

        migreer();

        assertThat(zietTaak("college-leiderdorp", "college-leiderdorp", "leiderdorp", taak.getId())).as("own college").isTrue();
        assertThat(zietTaak("college-leiden", "college-leiden", "leiden", taak.getId())).as("another gemeente's college").isFalse();
        assertThat(taakrecht(taak.getId(), "college-leiderdorp").isPermissionGranted(READ)).isFalse();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(lopend).singleResult().getTenantId())
                .isEqualTo("leiderdorp");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(afgerond).singleResult().getTenantId())
                .as("a completed instance is left as it is").isNull();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(afgerond).list()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getTenantId()).isNull());
        assertThat(taskService.createTaskQuery().taskId(taakZonderGemeente.getId()).singleResult().getTenantId())
                .as("an instance without its gemeente is skipped").isNull();
        assertThat(taakrecht(taakZonderGemeente.getId(), "college-oegstgeest").isPermissionGranted(READ)).isTrue();
        runtimeService.deleteProcessInstance(zonderGemeente, "test: made without its gemeente");
    }

    @Test
    void op_een_database_zonder_de_tabellen_van_de_engine_doet_de_migratie_niets() throws Exception {
        try (Connection leeg = DriverManager.getConnection("jdbc:h2:mem:leeg-" + UUID.randomUUID(), "sa", "")) {
            migratie.migrate(AlsFlyway.context(leeg));
            try (ResultSet tabellen = leeg.getMetaData().getTables(null, "PUBLIC", "%", null)) {
                assertThat(tabellen.next()).as("a table made").isFalse();
            }
        }
    }

    private String collegebesluit(String nr, String gemeente) {
        return runtimeService.startProcessInstanceByKey(CollegebesluitProcess.PROCESS_ID, nr, Map.of("voorstelnummer", nr,
                "titel", "Gezamenlijke inkoop (tenantmigratie)", "ambitie", "economie", "gemeente", gemeente)).getId();
    }

    /** The ids of the proposal's open council tasks a user sees, authenticated as Tasklist does: groups and tenants. */
    private List<String> ziet(String gebruiker, String groep, String tenant, String nr) {
        return ziet(gebruiker, groep, tenant, taskService.createTaskQuery().processInstanceBusinessKey(nr).taskDefinitionKey(TASK_ADVIES_AGENDEREN));
    }

    /** Whether the user sees the task, authenticated as Tasklist does. */
    private boolean zietTaak(String gebruiker, String groep, String tenant, String taak) {
        return !ziet(gebruiker, groep, tenant, taskService.createTaskQuery().taskId(taak)).isEmpty();
    }

    private List<String> ziet(String gebruiker, String groep, String tenant, TaskQuery zoekvraag) {
        identityService.setAuthentication(gebruiker, List.of(groep), List.of(tenant));
        try {
            return zoekvraag.listPage(0, 100).stream().map(Task::getId).toList();
        }
        finally {
            identityService.clearAuthentication();
        }
    }

    private Authorization taakrecht(String taak, String groep) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak).groupIdIn(groep)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    }

    /** Runs the migration as Flyway does: on one connection, in a transaction. */
    private void migreer() throws Exception {
        AlsFlyway.migreer(migratie, dataSource);
    }

    // ------------------------------------------------------------------ the database before the gemeenten were tenants

    /**
     * Takes the tenant ids off every row of the instances (every engine table with a tenant id and a process instance
     * column, as the database reports them, and the identity links and decision inputs and outputs through their task
     * or decision) and gives the gemeente groups' task grants READ again.
     */
    private void maakOud(Iterable<String> instanties) throws SQLException {
        List<String[]> tabellen = tabellenMetInstantie();
        for (String instantie : instanties) {
            for (String[] tabel : tabellen) {
                jdbc.update("update " + tabel[0] + " set TENANT_ID_ = null where " + tabel[1], instantie);
            }
            jdbc.query("select A.ID_, A.GROUP_ID_, A.PERMS_ from ACT_RU_AUTHORIZATION A join ACT_RU_TASK T on T.ID_ = A.RESOURCE_ID_ "
                    + "where A.TYPE_ = 1 and A.RESOURCE_TYPE_ = ? and T.PROC_INST_ID_ = ?", rij -> {
                        if (Gemeentetenants.gemeentegroep(rij.getString(2))) {
                            jdbc.update("update ACT_RU_AUTHORIZATION set PERMS_ = ? where ID_ = ?", rij.getInt(3) | READ.getValue(), rij.getString(1));
                        }
                    }, Resources.TASK.resourceType(), instantie);
        }
    }

    /**
     * Every engine table with a tenant id and a process instance column, as the database reports them, and the identity
     * links through their task: {table, condition with the instance id}. (The engine gives the inputs and outputs of a
     * decision no tenant, nor the contents of variables.)
     */
    private List<String[]> tabellenMetInstantie() throws SQLException {
        Map<String, List<String>> kolommen = new TreeMap<>();
        try (Connection verbinding = dataSource.getConnection()) {
            DatabaseMetaData metadata = verbinding.getMetaData();
            try (ResultSet rijen = metadata.getColumns(null, null, null, null)) {
                while (rijen.next()) {
                    String tabel = rijen.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                    if (tabel.startsWith("ACT_")) {
                        kolommen.computeIfAbsent(tabel, t -> new ArrayList<>()).add(rijen.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        List<String[]> tabellen = new ArrayList<>();
        kolommen.forEach((tabel, namen) -> namen.stream().filter(List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_")::contains)
                .filter(k -> namen.contains("TENANT_ID_")).findFirst().ifPresent(k -> tabellen.add(new String[] { tabel, k + " = ?" })));
        assertThat(tabellen).as("tables found").extracting(t -> t[0]).contains("ACT_RU_TASK", "ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_HI_JOB_LOG");
        tabellen.add(new String[] { "ACT_RU_IDENTITYLINK", "TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)" });
        tabellen.add(new String[] { "ACT_HI_IDENTITYLINK", "TASK_ID_ in (select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = ?)" });
        return tabellen;
    }

    /** Per table, how many rows of the instances have no tenant id (tables with none left out). */
    private Map<String, Integer> zonderTenant(Iterable<String> instanties) throws SQLException {
        Map<String, Integer> aantallen = new TreeMap<>();
        for (String[] tabel : tabellenMetInstantie()) {
            for (String instantie : instanties) {
                Integer aantal = jdbc.queryForObject("select count(*) from " + tabel[0] + " where TENANT_ID_ is null and " + tabel[1],
                        Integer.class, instantie);
                if (aantal != null && aantal > 0) {
                    aantallen.merge(tabel[0], aantal, Integer::sum);
                }
            }
        }
        return aantallen;
    }

    /** The tenant ids of the instances' rows and the revision and permissions of their task grants. */
    private Map<String, String> toestand(Iterable<String> instanties) throws SQLException {
        Map<String, String> toestand = new TreeMap<>();
        for (String[] tabel : tabellenMetInstantie()) {
            for (String instantie : instanties) {
                toestand.put(tabel[0] + "/" + instantie, jdbc.queryForList("select TENANT_ID_ from " + tabel[0] + " where " + tabel[1], String.class, instantie).stream().map(String::valueOf).sorted().collect(Collectors.joining(",")));
            }
        }
        for (String instantie : instanties) {
            jdbc.query("select A.ID_, A.PERMS_, A.REV_ from ACT_RU_AUTHORIZATION A join ACT_RU_TASK T on T.ID_ = A.RESOURCE_ID_ "
                    + "where A.RESOURCE_TYPE_ = ? and T.PROC_INST_ID_ = ?", rij -> {
                        toestand.put("grant/" + rij.getString(1), rij.getInt(2) + "@" + rij.getInt(3));
                    }, Resources.TASK.resourceType(), instantie);
        }
        return Collections.unmodifiableMap(toestand);
    }
}
