package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.route071.directory.Csv;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Camunda Form of the route, opened in Tasklist by the demo user of the task's group, with the
 * proposal it belongs to in its header; each saved as {@code target/screenshots/<form id>.png}. With each form
 * open axe-core finds no critical or serious WCAG 2.1 AA violation (counts printed per form); each form, claimed
 * and submitted empty, shows no English validation text, and the cursor stands in the first field with an error.
 */
@BrowserTest
class ElkFormulierInTasklistTest extends InDeBrowser {

    /** form-js's own English messages ("Field is required.", "Field must have ...", "Select", "No results"). */
    private static final java.util.regex.Pattern ENGELS =
            java.util.regex.Pattern.compile("Field is required|Field must|Value is|Invalid date|No results|Something went wrong");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void elk_taakformulier_opent_in_tasklist_bij_de_juiste_groep_en_toont_het_voorstel() throws IOException {
        Map<String, String> gebruikerVanGroep = new HashMap<>();
        for (Map<String, String> gebruiker : Csv.readClasspath("referentie/demo-gebruikers.csv")) {
            for (String groep : gebruiker.get("groepen").split(" ")) {
                gebruikerVanGroep.putIfAbsent(groep, gebruiker.get("id"));
            }
        }
        Set<String> geopend = new TreeSet<>();
        int volgnummer = 0;
        for (Map.Entry<String, UserTask> taak : taken().entrySet()) {
            String proces = taak.getKey().substring(0, taak.getKey().indexOf('/'));
            UserTask userTask = taak.getValue();
            String nr = "RV-FORM-" + (++volgnummer);
            runtimeService.createProcessInstanceByKey(proces).businessKey(nr).setVariables(variabelen(nr))
                    .startBeforeActivity(userTask.getId().equals("UserTask_StemmingVastleggen")
                            ? "ServiceTask_StemlijstKlaarzetten" : userTask.getId())
                    .execute();
            Task open = taskService.createTaskQuery().processInstanceBusinessKey(nr).taskDefinitionKey(userTask.getId())
                    .initializeFormKeys().singleResult();
            String groep = taskService.getIdentityLinksForTask(open.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
                    .findFirst().orElseThrow();
            String gebruiker = gebruikerVanGroep.get(groep);
            assertThat(gebruiker).as("a demo user in group %s for %s", groep, userTask.getId()).isNotNull();

            tasklist.logUit().logInAls(gebruiker).kiesFilter("Taken van mijn groep").openTaak(nr, userTask.getName());
            String formId = Formulieren.vanTaak(open);
            assertThat(tasklist.pagina()).as("form %s shows its proposal", formId).contains(userTask.getName());
            tasklist.schermafdruk(formId);
            Axe.geenErnstigeOvertredingen(tasklist.driver(), "Tasklist met " + formId);
            org.assertj.core.api.Assertions.assertThat(tasklist.ontbrekendeDoelen()).as("targets of scripts/route071-tasklist.js on %s", formId).isEmpty();
            tasklist.pakOp().verstuurLeeg();
            assertThat(tasklist.pagina()).as("form %s submitted empty", formId).doesNotContainPattern(ENGELS);
            if (tasklist.heeftFouten()) {
                assertThat(tasklist.focusInEersteFout()).as("focus on the first error of %s", formId).isTrue();
                assertThat(tasklist.foutmeldingen()).as("%s", formId).allMatch(m -> m.equals("Vul dit veld in.") || m.equals("Maak een keuze.")
                        || m.startsWith("Vul ") || m.startsWith("De waarde") || m.startsWith("Kies "));
            }
            geopend.add(formId);
            // done with this form: the group's list stays short, so the next task is on its first page whatever the sorting
            runtimeService.deleteProcessInstance(open.getProcessInstanceId(), "formulier bekeken");
        }

        tasklist.logUit().logInAls("demo").openStartformulier("Regionaal voorstel");
        assertThat(tasklist.pagina()).contains("Titel");
        tasklist.schermafdruk("Form_VoorstelIndienen");
        Axe.geenErnstigeOvertredingen(tasklist.driver(), "Tasklist met Form_VoorstelIndienen");
        org.assertj.core.api.Assertions.assertThat(tasklist.ontbrekendeDoelen()).as("targets on the start form").isEmpty();
        tasklist.verstuurLeeg();
        assertThat(tasklist.pagina()).as("start form submitted empty").doesNotContainPattern(ENGELS).contains("Vul dit veld in.");
        assertThat(tasklist.focusInEersteFout()).as("focus on the first error of the start form").isTrue();
        geopend.add("Form_VoorstelIndienen");

        // the start form of a meeting (Form_VergaderingPlannen) is opened in Tasklist by VergaderingInDeBrowserTest
        Set<String> verwacht = new TreeSet<>(formIds());
        verwacht.remove("Form_VergaderingPlannen");
        assertThat(geopend).as("every form in processes/forms opened once").containsExactlyInAnyOrderElementsOf(verwacht);
        for (String formId : geopend) {
            assertThat(Tasklist.SCHERMAFDRUKKEN.resolve(formId + ".png")).isNotEmptyFile();
        }
    }

    /** Every user task of every process in processes/, keyed "process/task", in file order. */
    private static Map<String, UserTask> taken() throws IOException {
        Map<String, UserTask> taken = new LinkedHashMap<>();
        try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(bestand.toFile());
                String proces = model.getModelElementsByType(Process.class).iterator().next().getId();
                model.getModelElementsByType(UserTask.class).forEach(t -> taken.put(proces + "/" + t.getId(), t));
            }
        }
        return taken;
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> bestanden = Files.list(Path.of("processes", "forms"))) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".form")).toList()) {
                ids.add(json.readTree(bestand.toFile()).get("id").asText());
            }
        }
        return ids;
    }

    /** What a proposal carries by the time any of its tasks is open: Leiden's council, an advice in outline. */
    private static Map<String, Object> variabelen(String nr) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("voorstelnummer", nr);
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("soortBesluit", "kaderstellend");
        variabelen.put("deelnemendeGemeenten", SpinValues.jsonValue("[\"leiden\", \"voorschoten\"]").create());
        variabelen.put("omschrijving", "Afspraken over de woningbouw in de regio tot 2030.");
        variabelen.put("voorstelTekst", "Samen bouwen de vijf gemeenten 2.000 woningen per jaar.");
        variabelen.put("gemeente", "leiden");
        variabelen.put("adviesType", "hoofdlijnen");
        variabelen.put("adviesTekst", "Neem de woonagenda over.");
        variabelen.put("adviesdatum", "2026-12-10");
        variabelen.put("raadsbesluit", "geamendeerd");
        variabelen.put("amendementTekst", "Een derde sociale huur.");
        variabelen.put("uitvoeringsgroep", "uitvoering-leiden");
        // a meeting of the regiocommissie (process vergadering)
        variabelen.put("regiocommissie", "regiocommissie-wonen");
        variabelen.put("soortVergadering", "regulier");
        variabelen.put("vergaderdatum", "2026-12-16");
        variabelen.put("aanvangstijd", "20:00");
        variabelen.put("locatie", "Stadhuis Leiden");
        variabelen.put("aanvang", "2026-12-16T20:00");
        return variabelen;
    }
}
