package nl.route071.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.route071.Deployments;
import nl.route071.ServerTest;
import nl.route071.Griffie;
import nl.route071.raad.RaadsbehandelingProcess;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys from Camunda Modeler (Deploy to Camunda 7, endpoint
 * {@code http://localhost:8080/engine-rest}, HTTP Basic): the same multipart request that Modeler's
 * {@code CamundaAPI.deployDiagram} sends, over real HTTP to the running application. On the shared server
 * context; the versions these tests add are removed after each test.
 */
@ServerTest
class ModelerDeploymentTest {

    static final Path MODEL = Path.of("processes", "raadsbehandeling.bpmn");
    /** The forms its user tasks name: attached to the deployment, as formRefBinding="deployment" needs. */
    static final List<Path> FORMULIEREN = nl.route071.Modellen.formulierenVan(MODEL);

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    Deployments deployments;

    @BeforeEach
    void onthoudDeployments() {
        deployments = Deployments.vooraf(repositoryService);
    }

    /** The shared server context: the version deployed from "Modeler" must not stay the latest for other tests. */
    @AfterEach
    void nieuweVersiesWeg() {
        deployments.opruimen();
    }

    @Test
    void een_ongewijzigd_model_opnieuw_deployen_geeft_geen_nieuwe_versie() throws Exception {
        String naam = "raadsbehandeling-" + UUID.randomUUID();
        String xml = Files.readString(MODEL);
        deployAlsModeler(naam, xml);
        ProcessDefinition na = laatsteVersie();

        HttpResponse<String> opnieuw = deployAlsModeler(naam, xml);

        assertThat(opnieuw.statusCode()).isEqualTo(200);
        assertThat(laatsteVersie().getId()).as("still the same latest version").isEqualTo(na.getId());
        assertThat(aantalVersies()).isEqualTo(na.getVersion());
    }

    @Test
    void een_gewijzigd_model_uit_de_modeler_wordt_een_nieuwe_versie_met_zijn_formulieren() throws Exception {
        String naam = "raadsbehandeling-" + UUID.randomUUID();
        String xml = Files.readString(MODEL);
        deployAlsModeler(naam, xml);
        ProcessDefinition voor = laatsteVersie();
        String gewijzigd = xml.replace("name=\"Voorstel aan de raad aanbieden\"", "name=\"Voorstel aan de gemeenteraad aanbieden\"");
        assertThat(gewijzigd).isNotEqualTo(xml);

        HttpResponse<String> antwoord = deployAlsModeler(naam, gewijzigd);

        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode deployment = json.readTree(antwoord.body());
        assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(deployment.get("deployedProcessDefinitions")).hasSize(1);
        ProcessDefinition na = laatsteVersie();
        assertThat(na.getVersion()).isEqualTo(voor.getVersion() + 1);
        assertThat(na.getDeploymentId()).isEqualTo(deployment.get("id").asText());

        String nr = "RV-MODELER-" + UUID.randomUUID();
        runtimeService.startProcessInstanceById(na.getId(), nr, Map.of("voorstelnummer", nr, "gemeente", "leiden",
                "titel", "Regionale woonagenda", "adviesType", "volledig"));
        new Griffie(engine).voerJobsUit(nr);
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(nr).singleResult();
        assertThat(taak.getName()).isEqualTo("Voorstel aan de gemeenteraad aanbieden");
        assertThat(formService.getDeployedTaskForm(taak.getId())).as("Tasklist finds the attached form").isNotNull();
    }

    private ProcessDefinition laatsteVersie() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(RaadsbehandelingProcess.PROCESS_ID)
                .latestVersion().singleResult();
    }

    private long aantalVersies() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(RaadsbehandelingProcess.PROCESS_ID).count();
    }

    /**
     * What Camunda Modeler 5 sends on "Deploy": the fields deployment-name, deployment-source
     * "Camunda Modeler" and enable-duplicate-filtering true (no tenant-id when none is set), the diagram
     * as text/xml and each attached file as a part named after its file.
     */
    private HttpResponse<String> deployAlsModeler(String naam, String diagram) throws IOException, InterruptedException {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("deployment-name", naam);
        velden.put("deployment-source", "Camunda Modeler");
        velden.put("enable-duplicate-filtering", "true");
        Multipart body = new Multipart();
        velden.forEach(body::veld);
        body.bestand(MODEL.getFileName().toString(), "text/xml", diagram.getBytes(StandardCharsets.UTF_8));
        for (Path formulier : FORMULIEREN) {
            body.bestand(formulier.getFileName().toString(), "application/octet-stream", Files.readAllBytes(formulier));
        }
        String basic = Base64.getEncoder().encodeToString("procesbeheerder:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + body.grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        HttpResponse<String> antwoord = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as("deployment answer %s", antwoord.body()).isEqualTo(200);
        return antwoord;
    }

    /** multipart/form-data as a browser's FormData encodes it. */
    private static final class Multipart {

        final String grens = "----Route071" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void veld(String naam, String waarde) {
            schrijf("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"\r\n\r\n" + waarde + "\r\n");
        }

        void bestand(String naam, String type, byte[] inhoud) {
            schrijf("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"; filename=\"" + naam
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(inhoud);
            schrijf("\r\n");
        }

        byte[] bytes() {
            schrijf("--" + grens + "--\r\n");
            return out.toByteArray();
        }

        private void schrijf(String tekst) {
            out.writeBytes(tekst.getBytes(StandardCharsets.UTF_8));
        }
    }
}
