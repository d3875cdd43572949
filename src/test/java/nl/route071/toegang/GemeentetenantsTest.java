package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The tenant rules without Spring, and that the reference data and the models agree with them. */
class GemeentetenantsTest {

    @Test
    void the_griffie_college_and_burgemeester_of_a_gemeente_are_its_groups_and_no_others() {
        assertThat(Gemeentetenants.gemeentegroepVan("griffie-leiden", "leiden")).isTrue();
        assertThat(Gemeentetenants.gemeentegroepVan("college-leiden", "leiden")).isTrue();
        assertThat(Gemeentetenants.gemeentegroepVan("burgemeester-leiden", "leiden")).isTrue();
        assertThat(Gemeentetenants.gemeentegroepVan("griffie-leiderdorp", "leiden")).isFalse();
        assertThat(Gemeentetenants.gemeentegroepVan("griffie-leiden", "leiderdorp")).isFalse();
        assertThat(Gemeentetenants.gemeentegroepVan("uitvoering-leiden", "leiden")).isFalse();
        assertThat(Gemeentetenants.gemeentegroepVan("regiogriffie", "leiden")).isFalse();
        assertThat(Gemeentetenants.gemeentegroepVan("griffie-leiden", null)).isFalse();
        assertThat(Gemeentetenants.gemeentegroep("griffie-")).isFalse();
    }

    @Test
    void every_group_that_reads_a_gemeentes_council_tasks_is_a_member_of_that_gemeentes_tenant() throws IOException {
        List<String> fouten = new ArrayList<>();
        for (CSVRecord rij : csv("src/main/resources/referentie/groepen.csv")) {
            String groep = rij.get("id");
            if (Gemeentetenants.gemeentegroep(groep)) {
                String gemeente = groep.substring(groep.indexOf('-') + 1);
                if (!gemeente.equals(rij.get("gemeente"))) {
                    fouten.add(groep + " has gemeente '" + rij.get("gemeente") + "'");
                }
            }
        }
        for (CSVRecord rij : csv("src/main/resources/referentie/groepen.csv")) {
            if (List.of("regiogriffie", "procesbeheer").contains(rij.get("id")) && !"*".equals(rij.get("gemeente"))) {
                fouten.add(rij.get("id") + " works in every council treatment but has gemeente '" + rij.get("gemeente") + "'");
            }
        }
        assertThat(fouten).isEmpty();
    }

    @Test
    void the_processes_in_a_gemeentes_tenant_exist_and_give_their_tasks_to_groups_that_can_read_them() throws IOException {
        Pattern kandidaten = Pattern.compile("camunda:candidateGroups=\"([^\"]*)\"");
        for (String proces : Gemeentetenants.PROCESSEN) {
            Path bestand = Path.of("processes", proces + ".bpmn");
            assertThat(bestand).as("the process of Gemeentetenants.PROCESSEN").exists();
            Matcher m = kandidaten.matcher(Files.readString(bestand));
            while (m.find()) {
                String groepen = m.group(1);
                // a gemeente's own group (read through READ_TASK on the definition), or a regional group that keeps its
                // READ per task and is a member of every tenant
                assertThat(groepen.endsWith("-${gemeente}") || groepen.equals("regiogriffie")).as(proces + ": " + groepen).isTrue();
            }
        }
    }

    private static List<CSVRecord> csv(String pad) throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of(pad), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
