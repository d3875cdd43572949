package nl.route071.databasemigratie;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;


import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 4: creates the engine's tables on a fresh database with Camunda's own create scripts for that
 * database, read from the engine jar ({@code org/camunda/bpm/engine/db/create/activiti.<type>.create.<part>.sql}), in
 * the order the engine itself runs them. A database whose engine tables already exist (created by the engine
 * before Route071 let Flyway do it) is left as it is and only gets the version recorded.
 *
 * <p>An upgrade of Camunda is a new migration that runs Camunda's upgrade scripts for the new version
 * ({@code org/camunda/bpm/engine/db/upgrade/...}); see docs/operations.md.
 */
@Component
class CamundaSchema extends JavaMigratie {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaSchema.class);
    /** The parts of the schema in the engine's own order (engine, history, identity, CMMN, DMN). */
    static final List<String> DELEN = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    CamundaSchema() {
        super("4", "camunda schema");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection verbinding = context.getConnection();
        if (tabelBestaat(verbinding.getMetaData(), "ACT_GE_PROPERTY")) {
            LOG.info("The engine's tables exist already; Flyway only records them as version 4");
            return;
        }
        String type = databasetype(verbinding.getMetaData().getDatabaseProductName());
        for (String deel : DELEN) {
            ScriptUtils.executeSqlScript(verbinding, new EncodedResource(new ClassPathResource(script(type, deel)),
                    StandardCharsets.UTF_8));
        }
        LOG.info("Created the engine's tables with Camunda's {} scripts", type);
    }

    static String script(String type, String deel) {
        return "org/camunda/bpm/engine/db/create/activiti." + type + ".create." + deel + ".sql";
    }

    /** Camunda's name of the database, as in its script names. */
    static String databasetype(String product) {
        String naam = product.toLowerCase(Locale.ROOT);
        if (naam.contains("postgres")) {
            return "postgres";
        }
        if (naam.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Route071 creates the engine's schema on H2 and PostgreSQL only, not on " + product);
    }

}
