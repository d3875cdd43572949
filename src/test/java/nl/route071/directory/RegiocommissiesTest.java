package nl.route071.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The regiocommissies and their DEMO members as reference data, without Spring. */
class RegiocommissiesTest {

    final Regiocommissies regiocommissies = new Regiocommissies();

    @Test
    void elke_ambitie_hoort_bij_precies_een_regiocommissie() {
        for (Map<String, String> ambitie : Csv.readClasspath("referentie/ambities.csv")) {
            assertThat(regiocommissies.vanAmbitie(ambitie.get("id"))).as("regiocommissie of %s", ambitie.get("id")).isPresent();
        }
        assertThatThrownBy(() -> new Regiocommissies(List.of(
                Map.of("id", "a", "naam", "A", "ambities", "wonen", "oproepingstermijnDagen", "7"),
                Map.of("id", "b", "naam", "B", "ambities", "wonen energie", "oproepingstermijnDagen", "7")), List.of()))
                .hasMessageContaining("ambitie wonen hoort bij a en b");
    }

    @Test
    void een_fractie_stuurt_hoogstens_een_lid_per_regiocommissie_en_een_kleine_fractie_soms_niemand() {
        for (Regiocommissies.Regiocommissie rc : regiocommissies.alle()) {
            for (LocalDate dag : List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2027, 1, 20))) {
                Set<String> fracties = new HashSet<>();
                for (Regiocommissies.Lid lid : regiocommissies.leden(rc.id(), dag)) {
                    assertThat(fracties.add(lid.fractiesleutel())).as("%s: %s twice on %s", rc.id(), lid.fractiesleutel(), dag).isTrue();
                }
                assertThat(fracties).as("members of %s on %s", rc.id(), dag).isNotEmpty();
            }
        }
        // Voorschoten 2026: seven fracties; the regiocommissie Energie has no SP member (participation is voluntary)
        assertThat(regiocommissies.leden("regiocommissie-wonen", LocalDate.of(2027, 1, 20))).filteredOn(l -> l.gemeente().equals("voorschoten")).hasSize(7);
        assertThat(regiocommissies.leden("regiocommissie-energie", LocalDate.of(2027, 1, 20))).filteredOn(l -> l.gemeente().equals("voorschoten"))
                .hasSize(6).noneMatch(l -> l.fractie().equals("SP"));
    }

    @Test
    void het_startformulier_van_een_vergadering_biedt_precies_de_regiocommissies_van_het_bestand() throws IOException {
        JsonNode formulier = new ObjectMapper().readTree(Files.readString(Path.of("processes", "forms", "Form_VergaderingPlannen.form")));
        Set<String> keuzes = new HashSet<>();
        for (JsonNode component : formulier.path("components")) {
            if ("regiocommissie".equals(component.path("key").asText())) {
                component.path("values").forEach(v -> keuzes.add(v.path("value").asText()));
            }
        }
        assertThat(keuzes).containsExactlyInAnyOrderElementsOf(regiocommissies.alle().stream().map(Regiocommissies.Regiocommissie::id).toList());
    }
}
