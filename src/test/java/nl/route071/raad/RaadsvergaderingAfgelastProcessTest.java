package nl.route071.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import nl.route071.Griffie;
import nl.route071.Route071Test;
import nl.route071.notificatie.Notificaties;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code raadsvergaderingAfgelast}: the griffie cancels the raad meeting chosen in "Advies agenderen" while the raad has
 * not yet decided; one method per path. Dates in 2035, which no other test or DEMO calendar uses.
 */
@Route071Test
class RaadsvergaderingAfgelastProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Raadskalender raadskalender;
    @Autowired
    Notificaties notificaties;
    @Autowired
    JdbcTemplate jdbc;

    Griffie griffie;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        griffie = new Griffie(engine);
    }

    /**
     * The 2035 meetings leave the shared test database again: the application never deletes a meeting (a cancelled one
     * stays), but other tests in this context ask for "the first raad meeting after" a date and must not find these.
     */
    @AfterEach
    void kalenderTerug() {
        jdbc.update("delete from route071_raadsvergadering where datum >= ? and datum < ?", java.sql.Date.valueOf("2035-01-01"),
                java.sql.Date.valueOf("2036-01-01"));
    }

    @Test
    void ligt_de_volgende_raadsvergadering_na_de_termijn_dan_horen_griffie_regiogriffie_en_stuurgroep_het_opnieuw() {
        raadskalender.voegToe("zoeterwoude", LocalDate.parse("2035-04-11"), null, null, "griffier-zoeterwoude");
        raadskalender.voegToe("zoeterwoude", LocalDate.parse("2035-06-13"), null, null, "griffier-zoeterwoude");
        ProcessInstance raad = agendeer("zoeterwoude", "2035-03-01", "2035-04-11");
        BpmnAwareTests.assertThat(raad).hasNotPassed(RaadsbehandelingProcess.SEND_RAADSVERGADERING_NA_TERMIJN)
                .variables().containsEntry(RaadsbehandelingProcess.VAR_TERMIJNDATUM, "2035-05-01")
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, false);

        raadskalender.annuleer("zoeterwoude", LocalDate.parse("2035-04-11"), "griffier-zoeterwoude");
        griffie.voerJobsUit(raad.getBusinessKey());

        HistoricProcessInstance waarschuwing = waarschuwing(raad.getBusinessKey());
        assertThat(waarschuwing.getEndActivityId()).isEqualTo("EndEvent_OpnieuwGemeld");
        BpmnAwareTests.assertThat(raad).isWaitingAt(RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN).variables()
                .containsEntry(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, "2035-06-13")
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, true);
        assertThat(notificaties.lijst(raad.getBusinessKey(), 10)).filteredOn(n -> n.soort().equals("termijn-raadsvergadering-afgelast"))
                .singleElement().satisfies(n -> {
                    assertThat(n.groepen()).containsExactly("griffie-zoeterwoude", "regiogriffie", "stuurgroep");
                    assertThat(n.onderwerp()).contains("11 april 2035", "Zoeterwoude", "is afgelast");
                });
    }

    @Test
    void ligt_de_volgende_raadsvergadering_binnen_de_termijn_dan_volgt_geen_melding() {
        raadskalender.voegToe("leiderdorp", LocalDate.parse("2035-04-10"), null, null, "griffier-leiderdorp");
        raadskalender.voegToe("leiderdorp", LocalDate.parse("2035-04-24"), null, null, "griffier-leiderdorp");
        ProcessInstance raad = agendeer("leiderdorp", "2035-03-01", "2035-04-10");

        raadskalender.annuleer("leiderdorp", LocalDate.parse("2035-04-10"), "griffier-leiderdorp");
        griffie.voerJobsUit(raad.getBusinessKey());

        assertThat(waarschuwing(raad.getBusinessKey()).getEndActivityId()).isEqualTo("EndEvent_BinnenTermijn");
        BpmnAwareTests.assertThat(raad).variables().containsEntry(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING, "2035-04-24")
                .containsEntry(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN, false);
        assertThat(notificaties.lijst(raad.getBusinessKey(), 10)).noneMatch(n -> n.soort().startsWith("termijn-raadsvergadering"));
    }

    @Test
    void een_afgelaste_vergadering_die_niemand_koos_start_niets() {
        raadskalender.voegToe("voorschoten", LocalDate.parse("2035-04-12"), null, null, "griffier-voorschoten");
        long voor = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Raadskalender.PROCES_AFGELAST).count();
        raadskalender.annuleer("voorschoten", LocalDate.parse("2035-04-12"), "griffier-voorschoten");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Raadskalender.PROCES_AFGELAST).count())
                .as("no council treatment chose it").isEqualTo(voor);
    }

    /** A council treatment of a kaderstellend proposal (term two months) with the chosen raad meeting. */
    private ProcessInstance agendeer(String gemeente, String adviesdatum, String raadsvergadering) {
        ProcessInstance raad = Proefraadsbehandeling.start(runtimeService, griffie, gemeente, "kaderstellend", adviesdatum);
        String nr = raad.getBusinessKey();
        griffie.voltooi(nr, "griffie-" + gemeente, RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN, Map.of("raadsvergadering", raadsvergadering));
        return raad;
    }

    private HistoricProcessInstance waarschuwing(String nr) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Raadskalender.PROCES_AFGELAST)
                .processInstanceBusinessKey(nr).singleResult();
    }
}
