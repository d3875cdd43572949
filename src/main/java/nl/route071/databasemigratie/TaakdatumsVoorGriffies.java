package nl.route071.databasemigratie;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 55: the griffies' grants on the tasks open before get {@code TASK_ASSIGN}, as the engine now gives it
 * on every new task of a griffie ({@code toegang/Gemeentetenants}, {@code Autorisaties.griffie}), so a griffie may set the
 * due and follow-up date of its own open tasks in Tasklist. Only the grant per task of the group {@code regiogriffie} or
 * {@code griffie-<gemeente>} changes (no grant on all tasks, no other group, no revocation); its revision goes up. Running
 * it again changes nothing; without engine tables it does nothing. Plain JDBC, the same on H2 and PostgreSQL.
 */
@Component
class TaakdatumsVoorGriffies extends JavaMigratie {

    private static final Logger LOG = LoggerFactory.getLogger(TaakdatumsVoorGriffies.class);

    TaakdatumsVoorGriffies() {
        super("55", "griffies zetten de datums van hun open taken (TASK_ASSIGN)");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection verbinding = context.getConnection();
        if (!tabelBestaat(verbinding.getMetaData(), "ACT_RU_AUTHORIZATION")) {
            return;
        }
        int bit = TASK_ASSIGN.getValue();
        try (PreparedStatement sql = verbinding.prepareStatement("update ACT_RU_AUTHORIZATION set PERMS_ = PERMS_ + ?, REV_ = REV_ + 1"
                + " where TYPE_ = ? and RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> '*'"
                + " and (GROUP_ID_ = 'regiogriffie' or GROUP_ID_ like 'griffie-_%') and mod(PERMS_ / ?, 2) = 0")) {
            sql.setInt(1, bit);
            sql.setInt(2, AUTH_TYPE_GRANT);
            sql.setInt(3, Resources.TASK.resourceType());
            sql.setInt(4, bit);
            LOG.info("Task dates for griffies: TASK_ASSIGN added to {} task grants", sql.executeUpdate());
        }
    }
}
