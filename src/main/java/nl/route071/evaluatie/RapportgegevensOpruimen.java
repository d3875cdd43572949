package nl.route071.evaluatie;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The report tables follow the history: what the engine no longer has (history cleanup ten years after a proposal's
 * end, or an instance's history deleted by an administrator) leaves the tables too, every night after the cleanup
 * window ({@code route071.rapport.opruimen}, application.yaml). The engine deletes history in bulk, without the history
 * events {@link Rapportgegevens} sees, hence this pass. It removes only rows whose instance is missing from
 * {@code ACT_HI_PROCINST}, so a second node running it at the same time changes nothing more.
 */
@Component
@EnableScheduling
class RapportgegevensOpruimen {

    private static final Logger LOG = LoggerFactory.getLogger(RapportgegevensOpruimen.class);

    private final JdbcTemplate jdbc;

    RapportgegevensOpruimen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${route071.rapport.opruimen}")
    void elkeNacht() {
        ruimOp();
    }

    /** Removes the rows of instances whose history is gone; returns how many instances that were. */
    int ruimOp() {
        int stemmingen = jdbc.update("delete from route071_rapport_stemming where not exists "
                + "(select 1 from ACT_HI_PROCINST H where H.ID_ = route071_rapport_stemming.voorstel)");
        int instanties = jdbc.update("delete from route071_rapport_proces where not exists "
                + "(select 1 from ACT_HI_PROCINST H where H.ID_ = route071_rapport_proces.id)");
        if (instanties > 0 || stemmingen > 0) {
            LOG.info("Report figures: {} instances and {} votes whose history is gone removed", instanties, stemmingen);
        }
        return instanties;
    }
}
