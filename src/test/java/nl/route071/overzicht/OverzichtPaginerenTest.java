package nl.route071.overzicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.route071.ServerTest;
import nl.route071.evaluatie.Voorstelroute;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The overview in pages of 50, newest first: with many proposals a page reads only its own proposals' history.
 * On the shared server context: the 51 proposals start in 2090, so they are the newest whatever other tests
 * started, the totals are read from the engine, and the proposals are removed (with their history) afterwards.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverzichtPaginerenTest {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    final List<String> nummers = new ArrayList<>();

    @BeforeAll
    void eenenvijftig_voorstellen_op_opeenvolgende_dagen() {
        Voorstelroute route = new Voorstelroute(engine);
        try {
            for (int i = 0; i < 51; i++) {
                nummers.add(route.dienIn(java.time.LocalDate.of(2090, 1, 1).plusDays(i).toString(), "Voorstel " + i, "wonen",
                        "kaderstellend", "leiden"));
            }
        }
        finally {
            Voorstelroute.klokTerug();
        }
    }

    @AfterAll
    void klokTerugEnVoorstellenWeg() {
        Voorstelroute.klokTerug();
        for (String nummer : nummers) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer).list().forEach(
                    p -> engine.getRuntimeService().deleteProcessInstanceIfExists(p.getId(), "test opgeruimd", true, true, true, true));
            List<String> historie = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                    .list().stream().map(p -> p.getId()).toList();
            if (!historie.isEmpty()) {
                engine.getHistoryService().deleteHistoricProcessInstancesIfExists(historie);
            }
        }
    }

    /** All proposals on the overview: the other tests' as well. */
    private long totaal() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("regionaalVoorstel").count();
    }

    @Test
    void de_eerste_pagina_toont_de_vijftig_nieuwste_voorstellen_en_verwijst_naar_de_oudere() {
        String pagina = new Webapps(poort).logInAls("stuurgroep", "demo").get("/overzicht").body();

        assertThat(pagina).contains("<tr id=\"voorstel-" + nummers.get(50) + "\"")
                .contains("<tr id=\"voorstel-" + nummers.get(1) + "\"")
                .doesNotContain("<tr id=\"voorstel-" + nummers.get(0) + "\"")
                .containsPattern("Voorstel <span>1</span>–<span>50</span> van <span>" + totaal() + "</span>")
                .contains("href=\"/overzicht?pagina=2\"").doesNotContain("Nieuwere voorstellen");
        assertThat(pagina.split("<tr id=\"voorstel-", -1)).hasSize(51);
    }

    @Test
    void de_tweede_pagina_toont_het_oudste_voorstel() {
        String pagina = new Webapps(poort).logInAls("stuurgroep", "demo").get("/overzicht?pagina=2").body();

        assertThat(pagina).contains("<tr id=\"voorstel-" + nummers.get(0) + "\"")
                .doesNotContain("<tr id=\"voorstel-" + nummers.get(1) + "\"")
                .containsPattern("Voorstel <span>51</span>–<span>" + Math.min(100, totaal()) + "</span> van <span>" + totaal() + "</span>")
                .contains("href=\"/overzicht?pagina=1\"");
        if (totaal() <= 100) {
            assertThat(pagina).as("the last page").doesNotContain("Oudere voorstellen");
        }
    }
}
