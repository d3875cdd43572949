package nl.route071.e2e;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The regiogriffier records the weighted vote of the regiocommissie on the stemming form in Tasklist. */
@BrowserTest
class RegiogriffieInTasklistTest extends InDeBrowser {

    @Autowired
    RuntimeService runtimeService;

    @Test
    void de_regiogriffier_legt_een_stemming_vast_waarin_de_meerderheid_van_de_kiezers_voor_is_en_het_advies_volgt() {
        String nr = voorstellen.dienIn("Regionale woonagenda", "leiden", "voorschoten");
        voorstellen.totStemming(nr);

        tasklist.logInAls("regiogriffier").kiesFilter("Taken van mijn groep").openTaak(nr, "Stemming vastleggen");
        String formulier = formulieren.vanOpenTaak(nr, "regiogriffie", TASK_STEMMING_VASTLEGGEN);
        List<List<String>> tabel = tasklist.tabel();
        List<String> gemeenten = tabel.stream().map(rij -> rij.get(0)).toList();
        List<String> fracties = tabel.stream().map(rij -> rij.get(1)).toList();
        List<Long> gewichten = tabel.stream().map(rij -> Long.valueOf(rij.get(2))).toList();
        assertThat(fracties).as("one row per fractie of Leiden and Voorschoten").hasSizeGreaterThan(10);
        assertThat(gemeenten).containsOnly("Leiden", "Voorschoten");

        // the three smallest fracties vote against, the others for: the weighted majority is for
        List<Integer> tegen = IntStream.range(0, fracties.size()).boxed()
                .sorted(Comparator.comparing(gewichten::get)).limit(3).toList();
        long gewichtVoor = 0;
        long gewichtTegen = 0;
        tasklist.pakOp().vulDatumIn("Datum stemming", LocalDate.of(2026, 12, 9));
        for (int rij = 0; rij < fracties.size(); rij++) {
            boolean isTegen = tegen.contains(rij);
            String optie = gemeenten.get(rij) + " – " + fracties.get(rij) + " (";
            tasklist.vink(isTegen ? "Fracties die tegen stemden" : "Fracties die vóór stemden", optie);
            if (isTegen) {
                gewichtTegen += gewichten.get(rij);
            }
            else {
                gewichtVoor += gewichten.get(rij);
            }
        }
        assertThat(gewichtVoor).isGreaterThan(gewichtTegen);
        tasklist.schermafdruk(formulier);
        tasklist.rondAf();
        voorstellen.griffie().voerJobsUit(nr);

        String voorstel = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nr)
                .processDefinitionKey(PROCESS_ID).singleResult().getId();
        assertThat(runtimeService.getVariable(voorstel, VAR_STEMUITSLAG)).isEqualTo("aangenomen");
        assertThat(runtimeService.getVariable(voorstel, "stemdatum")).isEqualTo("2026-12-09");
        SpinJsonNode stemmen = (SpinJsonNode) runtimeService.getVariable(voorstel, VAR_STEMMEN);
        Map<String, String> vastgelegd = new HashMap<>();
        stemmen.elements().forEach(s -> vastgelegd.put(s.prop("fractie").stringValue() + "/" + s.prop("gemeente").stringValue(),
                s.prop("stem").stringValue()));
        List<String> verwacht = new ArrayList<>();
        for (int rij = 0; rij < fracties.size(); rij++) {
            verwacht.add(fracties.get(rij) + "/" + gemeenten.get(rij) + "=" + (tegen.contains(rij) ? "tegen" : "voor"));
        }
        assertThat(vastgelegd.entrySet()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactlyInAnyOrderElementsOf(verwacht);

        tasklist.kiesFilter("Taken van mijn groep");
        assertThat(tasklist.taakkaarten()).filteredOn(kaart -> kaart.contains(nr)).singleElement().asString()
                .contains("Gezamenlijk advies opstellen");
    }
}
