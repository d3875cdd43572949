package nl.route071.evaluatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import nl.route071.Route071Test;
import nl.route071.evaluatie.EvaluatieRapport.AmbitieTelling;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A proposal whose history the engine deleted no longer counts in the report once the tables are cleaned up. */
@Route071Test
class RapportgegevensOpruimenTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService historyService;
    @Autowired
    EvaluatieRapportage rapportage;
    @Autowired
    RapportgegevensOpruimen opruimen;

    @AfterEach
    void klokTerug() {
        Voorstelroute.klokTerug();
    }

    @Test
    void een_voorstel_waarvan_de_historie_is_verwijderd_telt_na_het_opruimen_niet_meer_mee() {
        Voorstelroute route = new Voorstelroute(engine);
        String weg = route.dienIn("2013-03-04", "Historie verwijderd", "wonen", "kaderstellend", "leiden");
        route.bestuurstafel(weg, "wonen", "intrekken");
        String blijft = route.dienIn("2013-03-05", "Historie blijft", "energie", "kaderstellend", "leiden");
        route.bestuurstafel(blijft, "energie", "intrekken");
        assertThat(ingediend()).containsExactlyInAnyOrder(tuple("wonen", 1), tuple("energie", 1));

        List<String> ids = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(weg).list().stream()
                .map(HistoricProcessInstance::getId).toList();
        historyService.deleteHistoricProcessInstances(ids);
        int verwijderd = opruimen.ruimOp();

        assertThat(verwijderd).as("instances removed from the report tables").isGreaterThanOrEqualTo(ids.size());
        assertThat(ingediend()).containsExactly(tuple("energie", 1));
        assertThat(opruimen.ruimOp()).as("a second pass finds nothing more").isZero();
    }

    private List<org.assertj.core.groups.Tuple> ingediend() {
        return rapportage.bereken("actueel", LocalDate.parse("2013-01-01"), LocalDate.parse("2013-12-31")).perAmbitie().stream()
                .map(t -> tuple(t.ambitie(), t.ingediend())).toList();
    }
}
