package nl.route071.databasemigratie;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.route071.toegang.Gemeentetenants;

import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 7: puts the council and college instances that were running before the gemeenten became tenants
 * ({@link Gemeentetenants}) into the tenant of their gemeente, as the engine does for a new instance, so that the
 * griffie, college and burgemeester of a gemeente see them through their grant on the process definition and the
 * other gemeenten do not.
 *
 * <ul>
 * <li>Every <b>running</b> instance of {@link Gemeentetenants#PROCESSEN} without a tenant gets the tenant named by its
 * {@code gemeente} variable (a string on the instance itself); an instance without one is left alone.</li>
 * <li>Its rows in the engine's runtime and history tables that carry a tenant id (executions, tasks, identity links,
 * variables, jobs, event subscriptions, incidents, external tasks; the instance's history, its activities, tasks,
 * variables, details, identity links, comments, attachments, operation log, incidents, job log, external task log
 * and decisions) get that tenant id, where they have none. As the engine does for a new instance, the contents of
 * variables ({@code ACT_GE_BYTEARRAY}) and the inputs and outputs of decisions ({@code ACT_HI_DEC_IN/OUT}) stay
 * without one.</li>
 * <li>The engine's grant per open task for a candidate group that is the gemeente's own griffie, college or
 * burgemeester loses READ (they read the task through {@code READ_TASK} on the definition), keeping everything else;
 * its revision goes up.</li>
 * </ul>
 * <b>Completed instances are left as they are</b>: their history stays without a tenant (visible to whoever could
 * see it before; the history cleanup removes it in time) and they have no open tasks. Running it again changes
 * nothing, and on a fresh database (no such instances, or no engine tables at all) it does nothing. Plain JDBC, the
 * same on H2 and PostgreSQL; in Flyway's transaction, so it is all or nothing.
 */
@Component
class GemeentetenantsInvullen extends JavaMigratie {

    private static final Logger LOG = LoggerFactory.getLogger(GemeentetenantsInvullen.class);
    /** Statements per JDBC batch. */
    private static final int PARTIJ = 1000;
    /** Instance ids per statement. */
    private static final int GROEP = 100;

    /**
     * A table with a tenant id, and which of its rows belong to some process instances ({@code %s}: their ids), through
     * an indexed column: event subscriptions and external tasks have no index on their process instance, so through
     * their execution.
     */
    record Tabel(String naam, String vanInstanties) {
    }

    static final List<Tabel> TABELLEN = List.of(
            new Tabel("ACT_RU_EXECUTION", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_RU_TASK", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_RU_IDENTITYLINK", "TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (%s))"),
            new Tabel("ACT_RU_VARIABLE", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ in (%s)"),
            new Tabel("ACT_RU_EVENT_SUBSCR", "EXECUTION_ID_ in (select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ in (%s))"),
            new Tabel("ACT_RU_INCIDENT", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_RU_EXT_TASK", "EXECUTION_ID_ in (select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ in (%s))"),
            new Tabel("ACT_HI_PROCINST", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_ACTINST", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_TASKINST", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_IDENTITYLINK", "TASK_ID_ in (select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ in (%s))"),
            new Tabel("ACT_HI_VARINST", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_DETAIL", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_COMMENT", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_ATTACHMENT", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_OP_LOG", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_INCIDENT", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_ in (%s)"),
            new Tabel("ACT_HI_EXT_TASK_LOG", "PROC_INST_ID_ in (%s)"),
            new Tabel("ACT_HI_DECINST", "PROC_INST_ID_ in (%s)"));

    /** What a run changed: instances given a tenant, rows given a tenant id, task grants that lost READ. */
    record Telling(int instanties, int rijen, int rechten) {
    }

    GemeentetenantsInvullen() {
        super("7", "gemeente tenants voor lopende raads- en collegebehandelingen");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection verbinding = context.getConnection();
        if (!tabelBestaat(verbinding.getMetaData(), "ACT_RU_EXECUTION")) {
            LOG.info("Gemeente tenants: no engine tables, nothing to do");
            return;
        }
        vulIn(new JdbcTemplate(new SingleConnectionDataSource(verbinding, true)));
    }

    /** Puts the running council and college instances without a tenant into their gemeente's tenant. */
    static Telling vulIn(JdbcTemplate jdbc) {
        long t0 = System.nanoTime();
        Map<String, String> tenantPerInstantie = zonderTenant(jdbc);
        if (tenantPerInstantie.isEmpty()) {
            LOG.info("Gemeente tenants: 0 council/college instances, 0 rows, 0 task grants in {} s", seconden(t0));
            return new Telling(0, 0, 0);
        }
        // per tenant its instances in groups of at most GROEP, each group one statement's arguments: {tenant, ids...}
        Map<Integer, List<Object[]>> groepenPerGrootte = new TreeMap<>();
        Map<String, List<String>> perTenant = new TreeMap<>();
        tenantPerInstantie.forEach((instantie, tenant) -> perTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(instantie));
        perTenant.forEach((tenant, instanties) -> {
            for (int i = 0; i < instanties.size(); i += GROEP) {
                List<Object> argumenten = new ArrayList<>();
                argumenten.add(tenant);
                argumenten.addAll(instanties.subList(i, Math.min(instanties.size(), i + GROEP)));
                groepenPerGrootte.computeIfAbsent(argumenten.size() - 1, n -> new ArrayList<>()).add(argumenten.toArray());
            }
        });
        int rijen = 0;
        for (Tabel tabel : TABELLEN) {
            for (Map.Entry<Integer, List<Object[]>> groepen : groepenPerGrootte.entrySet()) {
                String ids = String.join(", ", Collections.nCopies(groepen.getKey(), "?"));
                rijen += bijwerken(jdbc, "update " + tabel.naam() + " set TENANT_ID_ = ? where TENANT_ID_ is null and "
                        + tabel.vanInstanties().formatted(ids), groepen.getValue());
            }
        }
        int rechten = zonderLezen(jdbc, tenantPerInstantie);
        LOG.info("Gemeente tenants: {} council/college instances, {} rows, {} task grants in {} s", tenantPerInstantie.size(),
                rijen, rechten, seconden(t0));
        return new Telling(tenantPerInstantie.size(), rijen, rechten);
    }

    /** The running instances of the council and college processes without a tenant, with their gemeente. */
    private static Map<String, String> zonderTenant(JdbcTemplate jdbc) {
        String processen = Gemeentetenants.PROCESSEN.stream().sorted().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
        Map<String, String> tenants = new LinkedHashMap<>();
        jdbc.query("select E.ID_, V.TEXT_ from ACT_RU_EXECUTION E join ACT_RE_PROCDEF D on D.ID_ = E.PROC_DEF_ID_ "
                + "join ACT_RU_VARIABLE V on V.EXECUTION_ID_ = E.ID_ and V.NAME_ = ? and V.TYPE_ = 'string' and V.TASK_ID_ is null "
                + "where E.ID_ = E.PROC_INST_ID_ and E.TENANT_ID_ is null and D.KEY_ in (" + processen + ") order by E.ID_",
                (RowCallbackHandler) rij -> {
                    String gemeente = rij.getString(2);
                    if (gemeente != null && !gemeente.isBlank()) {
                        tenants.put(rij.getString(1), gemeente);
                    }
                }, Gemeentetenants.GEMEENTE);
        return tenants;
    }

    /**
     * The grants per open task of these instances for the gemeente's own griffie, college and burgemeester, less READ;
     * the number changed.
     */
    private static int zonderLezen(JdbcTemplate jdbc, Map<String, String> tenantPerInstantie) {
        int lezen = READ.getValue();
        List<Object[]> wijzigingen = new ArrayList<>();
        jdbc.query("select A.ID_, A.GROUP_ID_, A.PERMS_, T.PROC_INST_ID_ from ACT_RU_AUTHORIZATION A "
                + "join ACT_RU_TASK T on T.ID_ = A.RESOURCE_ID_ where A.TYPE_ = ? and A.RESOURCE_TYPE_ = ? "
                + "and A.GROUP_ID_ is not null", (RowCallbackHandler) rij -> {
                    String tenant = tenantPerInstantie.get(rij.getString(4));
                    int rechten = rij.getInt(3);
                    if (tenant != null && (rechten & lezen) != 0 && Gemeentetenants.gemeentegroepVan(rij.getString(2), tenant)) {
                        wijzigingen.add(new Object[] { rechten & ~lezen, rij.getString(1), rechten });
                    }
                }, AUTH_TYPE_GRANT, Resources.TASK.resourceType());
        return bijwerken(jdbc, "update ACT_RU_AUTHORIZATION set PERMS_ = ?, REV_ = REV_ + 1 where ID_ = ? and PERMS_ = ?",
                wijzigingen);
    }

    /** Runs the update for every row of arguments, in batches; the number of rows changed. */
    private static int bijwerken(JdbcTemplate jdbc, String sql, List<Object[]> argumenten) {
        int rijen = 0;
        for (int i = 0; i < argumenten.size(); i += PARTIJ) {
            for (int aantal : jdbc.batchUpdate(sql, argumenten.subList(i, Math.min(argumenten.size(), i + PARTIJ)))) {
                rijen += Math.max(aantal, 0);
            }
        }
        return rijen;
    }

    private static String seconden(long t0) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
    }

}
