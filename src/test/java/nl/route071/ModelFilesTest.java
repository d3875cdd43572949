package nl.route071;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The model files as a process owner's Camunda Modeler and the engine see them: layout for every
 * element, one id convention, a form and a candidate group on every user task, a history time to
 * live everywhere, and every bean, decision, form and process a model refers to exists.
 */
@Route071Test
class ModelFilesTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = PROCESSES.resolve("forms");
    static final Path DECISIONS = Path.of("decisions");

    /** Type prefix + PascalCase business name, e.g. UserTask_VoorstelVaststellen or Flow_NaarRaden. */
    static final Pattern ID = Pattern.compile(
            "(StartEvent|EndEvent|UserTask|ServiceTask|SendTask|BusinessRuleTask|CallActivity|SubProcess|Gateway|"
                    + "BoundaryEvent|IntermediateCatchEvent|IntermediateThrowEvent|Flow|TimerEventDefinition|"
                    + "TerminateEventDefinition|MessageEventDefinition|ErrorEventDefinition|SignalEventDefinition)"
                    + "_[A-Z][A-Za-z0-9]+");
    /** What Modeler generates when nobody names an element: Activity_0x1y2z3, Flow_1abcdef, Gateway_0qwerty. */
    static final Pattern MODELER_DEFAULT = Pattern.compile("[A-Za-z]+_[0-9][0-9a-z]{6}");
    static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)[.}(]");

    @Autowired
    ApplicationContext context;

    @Test
    void every_flow_element_has_diagram_layout_and_a_meaningful_id() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getDiagramElement()).as("%s: shape of %s", file, node.getId()).isNotNull();
                assertMeaningfulId(file, node);
                if (!(node instanceof Gateway) && !(node instanceof BoundaryEvent && node.getName() == null)) {
                    assertThat(node.getName()).as("%s: Dutch label of %s", file, node.getId()).isNotBlank();
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(flow.getDiagramElement()).as("%s: edge of %s", file, flow.getId()).isNotNull();
                assertMeaningfulId(file, flow);
            }
        }
    }

    @Test
    void every_process_is_named_after_its_file_and_has_a_history_time_to_live_and_the_modeler_platform() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Collection<Process> processes = model.getModelElementsByType(Process.class);
            assertThat(processes).as("%s: one process per file", file).hasSize(1);
            Process process = processes.iterator().next();
            assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
            assertThat(process.isExecutable()).as("%s executable", file).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s: history time to live", file).isNotBlank();
            String xml = Files.readString(file);
            assertThat(xml).as("%s: opens as a Camunda 7.24 diagram in Modeler", file)
                    .contains("modeler:executionPlatform=\"Camunda Platform\"")
                    .contains("modeler:executionPlatformVersion=\"7.24.0\"");
        }
    }

    @Test
    void tasklist_offers_only_the_regional_proposal_and_a_regiocommissie_meeting_to_start_by_hand() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            Process process = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).iterator().next();
            assertThat(process.isCamundaStartableInTasklist()).as("%s startable in Tasklist", process.getId())
                    .isEqualTo(Set.of("regionaalVoorstel", "vergadering").contains(process.getId()));
        }
    }

    @Test
    void every_user_task_has_a_deployed_form_and_a_candidate_group() throws IOException {
        Set<String> formIds = formIds();
        Set<String> used = new HashSet<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("%s: form of %s", file, task.getId()).isIn(formIds);
                assertThat(task.getCamundaFormRefBinding()).as("%s: form binding of %s", file, task.getId()).isEqualTo("deployment");
                assertThat(task.getCamundaCandidateGroups()).as("%s: candidate group of %s", file, task.getId()).isNotBlank();
                used.add(task.getCamundaFormRef());
            }
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
                    .map(e -> e.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
                    .filter(ref -> ref != null).forEach(used::add);
        }
        assertThat(used).as("every form is used by a task or start event").containsExactlyInAnyOrderElementsOf(formIds);
    }

    @Test
    void every_form_is_a_camunda_form_for_tasklist_7_24_named_after_its_file() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(FORMS, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
            assertThat(form.get("schemaVersion").asInt()).as("%s: schema version Tasklist 7.24 reads", file).isEqualTo(16);
            assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
            List<String> ids = new ArrayList<>();
            form.findValues("id").forEach(id -> ids.add(id.asText()));
            assertThat(ids).as("%s: unique component ids", file).doesNotHaveDuplicates()
                    .noneMatch(id -> MODELER_DEFAULT.matcher(id).matches());
        }
    }

    @Test
    void every_expression_bean_decision_and_called_process_exists() throws IOException {
        Set<String> decisions = decisionIds();
        Set<String> processes = new HashSet<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            processes.add(file.getFileName().toString().replace(".bpmn", ""));
        }
        for (Path file : files(PROCESSES, ".bpmn")) {
            String xml = Files.readString(file);
            Matcher bean = Pattern.compile("(delegateExpression|collection)=\"([^\"]*)\"").matcher(xml);
            while (bean.find()) {
                Matcher name = BEAN_REFERENCE.matcher(bean.group(2));
                assertThat(name.find()).as("%s: %s is a bean expression", file, bean.group(2)).isTrue();
                assertThat(context.containsBean(name.group(1))).as("%s: bean %s", file, name.group(1)).isTrue();
            }
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(task.getCamundaDecisionRef()).as("%s: decision of %s", file, task.getId()).isIn(decisions);
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(call.getCalledElement()).as("%s: process called by %s", file, call.getId()).isIn(processes);
            }
        }
    }

    @Test
    void every_decision_has_a_history_time_to_live_and_every_rule_says_where_it_comes_from() throws IOException {
        for (Path file : files(DECISIONS, ".dmn")) {
            DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s: HTTL of %s", file, decision.getId()).isNotBlank();
                assertThat(decision.getName()).as("%s: name of %s", file, decision.getId()).isNotBlank();
            }
            for (Rule rule : model.getModelElementsByType(Rule.class)) {
                assertThat(rule.getDescription()).as("%s: description of rule %s", file, rule.getId()).isNotNull();
                assertThat(rule.getDescription().getTextContent()).isNotBlank();
                assertThat(rule.getId()).as("%s: rule id", file).startsWith("Rule_");
            }
            String xml = Files.readString(file);
            assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"").contains("dmndi:DMNShape");
        }
    }

    @Test
    void every_gateway_with_several_ways_out_has_a_default_flow_or_conditions_none_of_which_negates_a_sibling() throws IOException {
        List<String> fouten = new ArrayList<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
                if (!(gateway instanceof ExclusiveGateway) && !(gateway instanceof InclusiveGateway)
                        || gateway.getOutgoing().size() < 2) {
                    continue;
                }
                SequenceFlow standaard = gateway instanceof ExclusiveGateway x ? x.getDefault() : ((InclusiveGateway) gateway).getDefault();
                List<String> condities = new ArrayList<>();
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    ConditionExpression conditie = flow.getConditionExpression();
                    if (flow.equals(standaard)) {
                        if (conditie != null) {
                            fouten.add(file + ": default flow " + flow.getId() + " has a condition, which the engine ignores");
                        }
                    }
                    else if (conditie == null || conditie.getTextContent().isBlank()) {
                        fouten.add(file + ": " + flow.getId() + " out of " + gateway.getId() + " has neither a condition nor is it the default");
                    }
                    else {
                        condities.add(conditie.getTextContent());
                    }
                }
                for (int i = 0; i < condities.size(); i++) {
                    for (int j = i + 1; j < condities.size(); j++) {
                        if (ontkent(condities.get(i), condities.get(j))) {
                            fouten.add(file + ": " + gateway.getId() + " has " + condities.get(j) + " as the negation of " + condities.get(i)
                                    + "; make that flow the default flow");
                        }
                    }
                }
            }
        }
        assertThat(fouten).as("gateways that need a default flow").isEmpty();
    }

    @Test
    void the_gateway_check_sees_a_negated_condition_pair() {
        // the check above must be able to fail
        assertThat(ontkent("${verantwoordingVereist == true}", "${verantwoordingVereist != true}")).isTrue();
        assertThat(ontkent("${a == 'x' && b == true}", "${ a != 'x' || b != true }")).isTrue();
        assertThat(ontkent("${consensus}", "${!consensus}")).isTrue();
        assertThat(ontkent("${doorgang == 'alle'}", "${doorgang == 'terug'}")).isFalse();
    }

    @Test
    void no_label_lies_on_a_shape() throws IOException {
        List<String> fouten = new ArrayList<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<BpmnShape> vormen = model.getModelElementsByType(BpmnShape.class).stream().filter(v -> !v.isExpanded()).toList();
            Map<String, BpmnLabel> labels = new java.util.LinkedHashMap<>();
            for (BpmnShape vorm : model.getModelElementsByType(BpmnShape.class)) {
                if (vorm.getBpmnLabel() != null && vorm.getBpmnLabel().getBounds() != null) {
                    labels.put(vorm.getBpmnElement().getId(), vorm.getBpmnLabel());
                }
            }
            for (BpmnEdge lijn : model.getModelElementsByType(BpmnEdge.class)) {
                if (lijn.getBpmnLabel() != null && lijn.getBpmnLabel().getBounds() != null) {
                    labels.put(lijn.getBpmnElement().getId(), lijn.getBpmnLabel());
                }
            }
            labels.forEach((element, label) -> vormen.stream()
                    .filter(vorm -> !vorm.getBpmnElement().getId().equals(element))
                    .filter(vorm -> overlapt(label.getBounds(), vorm.getBounds()))
                    .forEach(vorm -> fouten.add(file + ": the label of " + element + " lies on " + vorm.getBpmnElement().getId())));
        }
        assertThat(fouten).as("labels to move off the shapes in Modeler").isEmpty();
    }

    @Test
    void every_form_field_that_offers_gemeenten_or_ambities_offers_those_of_the_reference_data() throws IOException {
        Set<String> gemeenten = kolom("gemeenten.csv", "id");
        Set<String> ambities = kolom("ambities.csv", "id");
        // Besides the gemeenten, an uitvoering may go to a partner with its own uitvoering group (Servicepunt71), or stay
        // with the gemeente itself ("zelf").
        Set<String> partners = new LinkedHashSet<>();
        kolom("groepen.csv", "id").stream().filter(g -> g.startsWith("uitvoering-")).map(g -> g.substring("uitvoering-".length()))
                .filter(p -> !gemeenten.contains(p)).forEach(partners::add);
        partners.add("zelf");
        ObjectMapper json = new ObjectMapper();
        int gemeentevelden = 0;
        int ambitievelden = 0;
        for (Path file : files(FORMS, ".form")) {
            for (JsonNode veld : json.readTree(file.toFile()).findParents("values")) {
                Set<String> opties = new LinkedHashSet<>();
                veld.get("values").forEach(v -> opties.add(v.get("value").asText()));
                String naam = file.getFileName() + "#" + veld.path("key").asText();
                if (opties.stream().anyMatch(gemeenten::contains)) {
                    gemeentevelden++;
                    assertThat(opties).as("%s offers every gemeente of gemeenten.csv", naam).containsAll(gemeenten);
                    assertThat(opties).as("%s offers only gemeenten (and uitvoering partners)", naam)
                            .allMatch(o -> gemeenten.contains(o) || partners.contains(o));
                }
                if (opties.stream().anyMatch(ambities::contains)) {
                    ambitievelden++;
                    assertThat(opties).as("%s offers exactly the ambities of ambities.csv", naam).containsExactlyInAnyOrderElementsOf(ambities);
                }
            }
        }
        assertThat(gemeentevelden).as("form fields offering gemeenten").isPositive();
        assertThat(ambitievelden).as("form fields offering ambities").isPositive();
    }

    /** True when one condition is the other with == and !=, && and || swapped, or with a leading ! added. */
    static boolean ontkent(String een, String ander) {
        String a = kern(een);
        String b = kern(ander);
        if (a.equals("!" + b) || b.equals("!" + a) || a.equals("!(" + b + ")") || b.equals("!(" + a + ")")) {
            return true;
        }
        StringBuilder omgekeerd = new StringBuilder();
        for (int i = 0; i < a.length(); i++) {
            String twee = i + 1 < a.length() ? a.substring(i, i + 2) : "";
            switch (twee) {
            case "==" -> omgekeerd.append("!=");
            case "!=" -> omgekeerd.append("==");
            case "&&" -> omgekeerd.append("||");
            case "||" -> omgekeerd.append("&&");
            default -> {
                omgekeerd.append(a.charAt(i));
                continue;
            }
            }
            i++;
        }
        return omgekeerd.toString().equals(b);
    }

    private static String kern(String conditie) {
        String tekst = conditie.replaceAll("\\s+", "");
        return tekst.startsWith("${") && tekst.endsWith("}") ? tekst.substring(2, tekst.length() - 1) : tekst;
    }

    private static boolean overlapt(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static Set<String> kolom(String bestand, String kolom) throws IOException {
        Set<String> waarden = new LinkedHashSet<>();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "referentie", bestand))) {
            for (CSVRecord rij : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get().parse(reader)) {
                waarden.add(rij.get(kolom).trim());
            }
        }
        assertThat(waarden).as("rows in %s", bestand).isNotEmpty();
        return waarden;
    }

    private static void assertMeaningfulId(Path file, BaseElement element) {
        assertThat(element.getId()).as("%s: id of a %s", file, element.getElementType().getTypeName())
                .matches(ID).doesNotMatch(MODELER_DEFAULT);
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (Path file : files(FORMS, ".form")) {
            ids.add(json.readTree(file.toFile()).get("id").asText());
        }
        return ids;
    }

    private static Set<String> decisionIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path file : files(DECISIONS, ".dmn")) {
            Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId()));
        }
        return ids;
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> stream = Files.walk(folder)) {
            List<Path> files = stream.filter(p -> p.toString().endsWith(extension)).sorted().toList();
            assertThat(files).as("model files in %s", folder).isNotEmpty();
            return files;
        }
    }
}
