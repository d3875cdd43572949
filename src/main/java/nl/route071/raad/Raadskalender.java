package nl.route071.raad;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The raadsvergaderingen of each gemeente, table {@code route071_raadsvergadering} (migration V15): reference data kept
 * by the griffie of that gemeente on {@code /raadskalender/<gemeente>}, seeded with DEMO dates
 * ({@link RaadskalenderBijStart}). The council treatment reads it twice: the meetings the griffie may choose in
 * "Advies agenderen" ({@link #keuzes}, written on the task as {@value #VAR_KEUZES}), and the first meeting that can
 * treat the advice ({@link #eerste}). A change of the calendar rewrites the choices of every open "Advies agenderen"
 * task of that gemeente in the same transaction, so Tasklist and the server's check (the form's {@code valuesKey})
 * always offer the calendar as it is.
 */
@Service
public class Raadskalender {

    /** The task variable (local to "Advies agenderen") with the meetings to choose from: [{label, value}]. */
    public static final String VAR_KEUZES = "raadsvergaderingen";
    static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));
    static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    static final LocalTime STANDAARD_AANVANG = LocalTime.of(20, 0);
    static final String STANDAARD_OMSCHRIJVING = "Raadsvergadering";

    private static final RowMapper<Raadsvergadering> RIJ = (rs, i) -> new Raadsvergadering(rs.getString("gemeente"),
            rs.getDate("datum").toLocalDate(), LocalTime.parse(rs.getString("aanvang")), rs.getString("omschrijving"),
            rs.getBoolean("demo"), rs.getBoolean("geannuleerd"), rs.getInt("versie"), rs.getTimestamp("gewijzigd").toInstant(),
            rs.getString("gewijzigd_door"));

    /** {@code processes/raadsvergaderingAfgelast.bpmn}: the term watched again after a chosen meeting is cancelled. */
    public static final String PROCES_AFGELAST = "raadsvergaderingAfgelast";

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    Raadskalender(JdbcTemplate jdbc, TaskService taskService, @Lazy RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** Every meeting of the gemeente, cancelled ones included, oldest first. */
    public List<Raadsvergadering> alle(String gemeente) {
        return jdbc.query("SELECT * FROM route071_raadsvergadering WHERE gemeente = ? ORDER BY datum", RIJ, gemeente);
    }

    /** The meetings that take place (not cancelled) on or after the day, oldest first. */
    public List<Raadsvergadering> vanaf(String gemeente, LocalDate dag) {
        return jdbc.query("SELECT * FROM route071_raadsvergadering WHERE gemeente = ? AND datum >= ? AND geannuleerd = ? "
                + "ORDER BY datum", RIJ, gemeente, Date.valueOf(dag), false);
    }

    public Optional<Raadsvergadering> vergadering(String gemeente, LocalDate datum) {
        return jdbc.query("SELECT * FROM route071_raadsvergadering WHERE gemeente = ? AND datum = ?", RIJ, gemeente,
                Date.valueOf(datum)).stream().findFirst();
    }

    /** The first meeting that takes place on or after the day: the first that can treat an advice of that day. */
    public Optional<Raadsvergadering> eerste(String gemeente, LocalDate dag) {
        return vanaf(gemeente, dag).stream().findFirst();
    }

    /** The choices of "Advies agenderen": every meeting from the advice date on, as form-js options. */
    public List<Map<String, Object>> keuzes(String gemeente, LocalDate vanaf) {
        return vanaf(gemeente, vanaf).stream().map(v -> {
            Map<String, Object> optie = new LinkedHashMap<>();
            optie.put("label", v.keuzetekst());
            optie.put("value", v.datum().toString());
            return optie;
        }).toList();
    }

    /**
     * Adds a meeting, or puts a cancelled one back on (its version raised). A meeting that already takes place is
     * left as it is.
     *
     * @return true when the calendar changed
     */
    @Transactional
    public boolean voegToe(String gemeente, LocalDate datum, LocalTime aanvang, String omschrijving, String door) {
        LocalTime tijd = (aanvang == null ? STANDAARD_AANVANG : aanvang).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String tekst = omschrijving == null || omschrijving.isBlank() ? STANDAARD_OMSCHRIJVING : omschrijving.strip();
        if (tekst.length() > 200) {
            throw new BadUserRequestException("De omschrijving is langer dan 200 tekens.");
        }
        Optional<Raadsvergadering> bestaand = vergadering(gemeente, datum);
        if (bestaand.isPresent() && !bestaand.get().geannuleerd()) {
            return false;
        }
        Timestamp nu = Timestamp.from(Instant.now());
        if (bestaand.isPresent()) {
            jdbc.update("UPDATE route071_raadsvergadering SET geannuleerd = ?, aanvang = ?, omschrijving = ?, demo = ?, "
                    + "versie = versie + 1, gewijzigd = ?, gewijzigd_door = ? WHERE gemeente = ? AND datum = ?",
                    false, tijd.toString(), tekst, false, nu, door, gemeente, Date.valueOf(datum));
        }
        else {
            jdbc.update("INSERT INTO route071_raadsvergadering (gemeente, datum, aanvang, omschrijving, demo, geannuleerd, versie, "
                    + "gewijzigd, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    gemeente, Date.valueOf(datum), tijd.toString(), tekst, false, false, 0, nu, door);
        }
        keuzesBijwerken(gemeente);
        return true;
    }

    /**
     * Cancels a meeting: it stays in the calendar as cancelled (a subscribed calendar app removes it) and is no longer
     * a choice in "Advies agenderen". A council treatment that already chose it keeps its date: the griffie records the
     * raad's decision, or its postponement, in "Raadsbesluit vastleggen".
     *
     * @return true when the calendar changed
     */
    @Transactional
    public boolean annuleer(String gemeente, LocalDate datum, String door) {
        Raadsvergadering vergadering = vergadering(gemeente, datum).orElseThrow(() -> new BadUserRequestException(
                "Er staat geen raadsvergadering op " + KORT.format(datum) + " in deze raadskalender."));
        if (vergadering.geannuleerd()) {
            return false;
        }
        jdbc.update("UPDATE route071_raadsvergadering SET geannuleerd = ?, versie = versie + 1, gewijzigd = ?, gewijzigd_door = ? "
                + "WHERE gemeente = ? AND datum = ?", true, Timestamp.from(Instant.now()), door, gemeente, Date.valueOf(datum));
        keuzesBijwerken(gemeente);
        termijnOpnieuwBewaken(gemeente, datum);
        return true;
    }

    /**
     * Every council treatment of the gemeente that chose the cancelled meeting and still waits for the raad's decision
     * gets an instance of {@code raadsvergaderingAfgelast} in this transaction: it warns again when the next meeting lies
     * after the term. The calendar page runs this as the application ({@code web/Aanmelding.alsGebruiker}).
     */
    private void termijnOpnieuwBewaken(String gemeente, LocalDate datum) {
        for (ProcessInstance raad : runtimeService.createProcessInstanceQuery().processDefinitionKey(RaadsbehandelingProcess.PROCESS_ID)
                .activityIdIn(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN)
                .variableValueEquals(RaadsbehandelingProcess.VAR_GEMEENTE, gemeente)
                .variableValueEquals(RaadsbehandelingProcess.VAR_RAADSVERGADERING, datum.toString()).list()) {
            Map<String, Object> variabelen = new HashMap<>(runtimeService.getVariables(raad.getId(), List.of("voorstelnummer", "titel",
                    "ambitie", RaadsbehandelingProcess.VAR_GEMEENTE, "adviesdatum", RaadsbehandelingProcess.VAR_TERMIJNDATUM)));
            variabelen.put(VolgendeRaadsvergaderingDelegate.VAR_AFGELASTE_RAADSVERGADERING, datum.toString());
            variabelen.put(VolgendeRaadsvergaderingDelegate.VAR_RAADSBEHANDELING, raad.getId());
            runtimeService.startProcessInstanceByKey(PROCES_AFGELAST, raad.getBusinessKey(), variabelen);
        }
    }

    /** Loads one DEMO meeting unless the day is in the calendar already (also when cancelled there). */
    boolean laadDemo(String gemeente, LocalDate datum, LocalTime aanvang, String omschrijving) {
        if (vergadering(gemeente, datum).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO route071_raadsvergadering (gemeente, datum, aanvang, omschrijving, demo, geannuleerd, versie, "
                + "gewijzigd, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                gemeente, Date.valueOf(datum), aanvang.toString(), omschrijving, true, false, 0, Timestamp.from(Instant.now()),
                "DEMO");
        return true;
    }

    /** Writes the choices on every open "Advies agenderen" task of the gemeente. */
    void keuzesBijwerken(String gemeente) {
        for (Task taak : taskService.createTaskQuery().processDefinitionKey(RaadsbehandelingProcess.PROCESS_ID)
                .taskDefinitionKey(RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN)
                .processVariableValueEquals(RaadsbehandelingProcess.VAR_GEMEENTE, gemeente).list()) {
            LocalDate advies = Termijnbewaking.adviesdatum(taskService.getVariable(taak.getId(), "adviesdatum"));
            taskService.setVariableLocal(taak.getId(), VAR_KEUZES, keuzelijst(keuzes(gemeente, advies)));
        }
    }

    /** The choices as a Json variable, as form-js reads a {@code valuesKey}. */
    static Object keuzelijst(List<Map<String, Object>> keuzes) {
        return SpinValues.jsonValue(Spin.JSON(keuzes)).create();
    }
}
