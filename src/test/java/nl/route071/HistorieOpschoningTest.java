package nl.route071;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import nl.route071.evaluatie.Voorstelroute;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup as configured in application.yaml: ten years after a proposal has ended its whole history goes,
 * in the night window; running proposals and younger ones stay. On the shared process context: the cleanup also
 * removes other tests' history that ended more than ten years before the moved clock (proposals of 2020 and before),
 * which no later test reads; it runs its batches until none is left, as the job executor would.
 */
@Route071Test
class HistorieOpschoningTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void klokTerug() {
        Voorstelroute.klokTerug();
    }

    @Test
    void tien_jaar_na_het_einde_verdwijnt_de_historie_van_een_voorstel_in_het_nachtvenster_en_de_rest_blijft() {
        Voorstelroute route = new Voorstelroute(engine);
        String oud = route.dienIn("2020-03-02", "Ingetrokken in 2020", "wonen", "kaderstellend", "leiden");
        route.bestuurstafel(oud, "wonen", "intrekken");
        String lopend = route.dienIn("2020-03-03", "Loopt nog", "wonen", "kaderstellend", "leiden");
        route.bestuurstafel(lopend, "wonen", "vaststellen");
        String jonger = route.dienIn("2024-05-06", "Ingetrokken in 2024", "energie", "kaderstellend", "leiden");
        route.bestuurstafel(jonger, "energie", "intrekken");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(oud).singleResult()
                .getRemovalTime()).as("removal time: end + historyTimeToLive 3650 days").isEqualTo(moment(2030, 2, 28, 10));

        // eleven years on, at two at night: inside the cleanup window 01:00-05:00
        ClockUtil.setCurrentTime(moment(2031, 6, 1, 2));
        Job opschonen = engine.getHistoryService().cleanUpHistoryAsync();
        assertThat(opschonen.getDuedate()).as("due at the start of the window").isEqualTo(moment(2031, 6, 1, 1));
        managementService.executeJob(opschonen.getId());
        for (int batch = 0; batch < 100 && managementService.createJobQuery().jobId(opschonen.getId()).executable().count() > 0; batch++) {
            managementService.executeJob(opschonen.getId());  // a full batch of 500 reschedules the job at once
        }

        assertThat(historie(oud)).as("history of the proposal ended in 2020").containsOnly(0L);
        assertThat(historie(lopend)).as("history of the running proposal").doesNotContain(0L);
        assertThat(historie(jonger)).as("history of the proposal ended in 2024").doesNotContain(0L);
    }

    /** Process instances, variables, tasks and activities in the history of a proposal. */
    private List<Long> historie(String nummer) {
        List<String> instanties = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer).list()
                .stream().map(p -> p.getId()).toList();
        String[] ids = instanties.toArray(String[]::new);
        return List.of((long) instanties.size(),
                ids.length == 0 ? 0 : historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).count(),
                ids.length == 0 ? 0 : historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(nummer).count(),
                ids.length == 0 ? 0 : historyService.createHistoricActivityInstanceQuery().processInstanceId(ids[0]).count());
    }

    private static Date moment(int jaar, int maand, int dag, int uur) {
        return Date.from(LocalDateTime.of(jaar, maand, dag, uur, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
