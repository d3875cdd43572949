package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.voorstel.RegionaalVoorstelProcess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A gemeente's griffier treats the joint advice in Tasklist: agenda, then the council's decision. */
@BrowserTest
class GriffieInTasklistTest extends InDeBrowser {

    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void de_griffier_van_leiden_agendeert_het_advies_en_legt_het_raadsbesluit_vast_en_ziet_geen_taken_van_oegstgeest() {
        String nr = voorstellen.dienIn("Regionale woonagenda", "leiden", "oegstgeest");
        voorstellen.totRaadsbehandeling(nr);
        assertThat(voorstellen.griffie().aantalTaken(nr, "griffie-oegstgeest")).as("Oegstgeest has its own task").isEqualTo(1);

        tasklist.logInAls("griffier-leiden").kiesFilter("Taken van mijn groep");
        List<String> kaarten = tasklist.taakkaarten();
        assertThat(kaarten).filteredOn(kaart -> kaart.contains(nr)).singleElement().asString()
                .contains("Advies agenderen in de raad", "Regionale woonagenda", "leiden");
        assertThat(kaarten).noneMatch(kaart -> kaart.toLowerCase().contains("oegstgeest"));

        tasklist.openTaak(nr, "Advies agenderen in de raad");
        String agenderen = formulieren.vanOpenTaak(nr, "griffie-leiden", RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN);
        tasklist.pakOp().selecteer("Raadsvergadering", "woensdag 20 januari 2027, 20:00 (DEMO)");
        tasklist.schermafdruk(agenderen);
        tasklist.rondAf();

        tasklist.kiesFilter("Taken van mijn groep").openTaak(nr, "Raadsbesluit vastleggen");
        String raadsbesluit = formulieren.vanOpenTaak(nr, "griffie-leiden", RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN);
        assertThat(tasklist.waarde("Gezamenlijk advies aan de raden")).startsWith("De regiocommissie adviseert de raden in te stemmen");
        tasklist.pakOp()
                .kies("Besluit van de raad", "Ingestemd met het voorstel (conform een positief advies)")
                .vulDatumIn("Datum raadsbesluit", LocalDate.of(2027, 1, 21));
        tasklist.schermafdruk(raadsbesluit);
        tasklist.rondAf();
        voorstellen.griffie().voerJobsUit(nr);

        HistoricProcessInstance raadLeiden = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(nr).processDefinitionKey(RaadsbehandelingProcess.PROCESS_ID)
                .variableValueEquals(RaadsbehandelingProcess.VAR_GEMEENTE, "leiden").singleResult();
        assertThat(raadLeiden.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(raadLeiden.getEndActivityId()).isEqualTo(RaadsbehandelingProcess.END_AFGEROND);
        assertThat(waarde(raadLeiden, "raadsvergadering")).isEqualTo("2027-01-20");
        assertThat(waarde(raadLeiden, RaadsbehandelingProcess.VAR_RAADSBESLUIT)).isEqualTo("conform");
        assertThat(waarde(raadLeiden, "besluitdatum")).isEqualTo("2027-01-21");
        assertThat(waarde(raadLeiden, RaadsbehandelingProcess.VAR_GAAT_DOOR)).isEqualTo(true);

        String voorstel = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey(RegionaalVoorstelProcess.PROCESS_ID).singleResult().getId();
        SpinJsonNode uitkomsten = (SpinJsonNode) runtimeService.getVariable(voorstel, RegionaalVoorstelProcess.VAR_UITKOMSTEN);
        assertThat(uitkomsten.elements()).singleElement().satisfies(uitkomst -> {
            assertThat(uitkomst.prop("gemeente").stringValue()).isEqualTo("leiden");
            assertThat(uitkomst.prop("besluit").stringValue()).isEqualTo("conform");
            assertThat(uitkomst.prop("gaatDoor").boolValue()).isTrue();
        });
        assertThat(voorstellen.griffie().aantalTaken(nr, "griffie-oegstgeest")).as("Oegstgeest still to decide").isEqualTo(1);
    }

    private Object waarde(HistoricProcessInstance instantie, String naam) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie.getId())
                .variableName(naam).singleResult().getValue();
    }
}
