package nl.route071.e2e;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 1 March 2027 is stored as 2027-03-01 (after the beeldvorming of 2 December 2026) for every way of entering it, whatever language the browser asks for:
 * typed as dd-mm-jjjj, typed without leading zeros, typed with slashes, and picked in the calendar. The field
 * shows the date in words beside it. Run in an nl-NL and an en-US browser by the two subclasses.
 */
abstract class DatumInvoer extends InDeBrowser {

    private static final String VELD = "Datum vergadering regiocommissie (oordeelsvorming)";
    private static final LocalDate EERSTE_MAART = LocalDate.of(2027, 3, 1);

    @Autowired
    HistoryService historyService;

    @Test
    void een_maart_2027_wordt_op_elke_manier_van_invoeren_2027_03_01() {
        Map<String, Consumer<Tasklist>> manieren = new LinkedHashMap<>();
        manieren.put("getypt als 01-03-2027", t -> t.typDatum(VELD, "01-03-2027"));
        manieren.put("getypt als 1-3-2027", t -> t.typDatum(VELD, "1-3-2027"));
        manieren.put("getypt als 01/03/2027", t -> t.typDatum(VELD, "01/03/2027"));
        manieren.put("gekozen in de kalender", t -> t.kiesInKalender(VELD, EERSTE_MAART));

        Map<String, String> nummers = new LinkedHashMap<>();
        for (String manier : manieren.keySet()) {
            String nr = voorstellen.dienIn("Datum " + manier, "leiden");
            voorstellen.totOordeelsvorming(nr);
            nummers.put(manier, nr);
        }
        tasklist.logInAls("regiogriffier");
        assertThat(((JavascriptExecutor) tasklist.driver()).executeScript("return navigator.language")).asString()
                .startsWith(taal().substring(0, 2));
        for (Map.Entry<String, Consumer<Tasklist>> manier : manieren.entrySet()) {
            String nr = nummers.get(manier.getKey());
            tasklist.kiesFilter("Taken van mijn groep").openTaak(nr, "Oordeelsvorming houden").pakOp();
            assertThat(tasklist.placeholder(VELD)).isEqualTo("dd-mm-jjjj");
            manier.getValue().accept(tasklist);
            assertThat(tasklist.waarde(VELD)).as(manier.getKey()).isEqualTo("01-03-2027");
            assertThat(tasklist.datumInWoorden(VELD)).as(manier.getKey()).isEqualTo("1 maart 2027");
            tasklist.rondAf();

            String voorstel = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nr)
                    .processDefinitionKey(PROCESS_ID).singleResult().getId();
            HistoricVariableInstance datum = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(voorstel).variableName("vergaderdatumOordeelsvorming").singleResult();
            assertThat(datum).as("%s in %s stored", manier.getKey(), taal()).isNotNull();
            assertThat(datum.getValue()).as("%s in a browser asking for %s", manier.getKey(), taal()).isEqualTo("2027-03-01");
        }
    }
}
