package nl.route071.raad;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests that drive the route on chosen days (outside the DEMO calendar): the griffie puts the meeting in its raad
 * calendar first, as it would on {@code /raadskalender}, through the real {@link Raadskalender} (which also rewrites
 * the choices of open "Advies agenderen" tasks).
 */
public final class Raadsvergaderingen {

    private Raadsvergaderingen() {
    }

    /** Makes sure the gemeente's calendar has a meeting (taking place) on the day. */
    public static void zorgVoor(ProcessEngine engine, String gemeente, String datum) {
        kalender(engine).voegToe(gemeente, LocalDate.parse(datum), null, null, "test");
    }

    static Raadskalender kalender(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return new Raadskalender(new JdbcTemplate(configuratie.getDataSource()), engine.getTaskService(), engine.getRuntimeService());
    }
}
