package nl.route071.sso;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.route071.Modellen;
import nl.route071.OidcTestServer;
import nl.route071.SsoTest;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tools call /engine-rest with a bearer token from a provider, as Camunda Modeler does with "Bearer token": the token
 * is checked (issuer, signature, expiry, audience), its groups claim decides what it may do through the engine's own
 * authorizations, as for an HTTP Basic user in the embedded default; HTTP Basic itself is off. Every refusal leaves
 * the deployments as they were and starts no session.
 */
@SsoTest
class SsoEngineRestTest {

    static final Path MODEL = Path.of("processes", "raadsbehandeling.bpmn");

    @LocalServerPort
    int poort;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String naam = "sso-test-" + UUID.randomUUID();

    @AfterEach
    void opruimen() {
        repositoryService.createDeploymentQuery().deploymentName(naam).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void procesbeheer_deployt_vanuit_modeler_met_een_token_van_de_regio() throws Exception {
        HttpResponse<String> antwoord = deployAlsModeler("Bearer " + token("regio", "route071-regio", Map.of("groups", List.of("procesbeheer")), 600));

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(naam).count()).isOne();
        assertThat(antwoord.headers().allValues("Set-Cookie")).noneMatch(k -> k.startsWith("JSESSIONID"));
    }

    @Test
    void een_token_zonder_de_rol_voor_deployen_krijgt_403_en_er_verandert_niets() throws Exception {
        HttpResponse<String> antwoord = deployAlsModeler("Bearer " + token("leiden", "route071-leiden", Map.of("groups", List.of("griffie-leiden")), 600));

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(naam).count()).isZero();
    }

    @Test
    void een_token_mag_wat_zijn_groep_mag_en_niet_meer() throws Exception {
        String procesbeheer = "Bearer " + token("regio", "route071-regio", Map.of("groups", List.of("procesbeheer")), 600);
        String groep = "sso-test-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> groepMaken = post("/engine-rest/group/create", "{\"id\":\"" + groep + "\",\"name\":\"Test\"}", procesbeheer);
        HttpResponse<String> takenTellen = get("/engine-rest/task/count", procesbeheer);

        assertThat(groepMaken.statusCode()).as("procesbeheer creates no groups: %s", groepMaken.body()).isEqualTo(403);
        assertThat(identityService.createGroupQuery().groupId(groep).count()).isZero();
        assertThat(takenTellen.statusCode()).isEqualTo(200);
    }

    @Test
    void geweigerd_met_401_zonder_sessie_en_zonder_gevolg() throws Exception {
        String goed = token("regio", "route071-regio", Map.of("groups", List.of("procesbeheer")), 600);
        String[] delen = goed.split("\\.");
        String gewijzigd = b64(new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)
                .replace("\"procesbeheer\"", "\"camunda-admin\""));
        Map<String, String> tokens = Map.of(
                "onbekende uitgever", token("onbekend", "route071-regio", Map.of("groups", List.of("procesbeheer")), 600),
                "verlopen", token("regio", "route071-regio", Map.of("groups", List.of("procesbeheer")), -3600),
                "andere doelgroep", token("regio", "andere-toepassing", Map.of("groups", List.of("procesbeheer")), 600),
                "alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + delen[1] + ".",
                "verkeerde handtekening", delen[0] + "." + gewijzigd + "." + delen[2],
                "leiden noemt camunda-admin", token("leiden", "route071-leiden", Map.of("groups", List.of("griffie-leiden", "camunda-admin")), 600),
                "leiden noemt griffie-voorschoten", token("leiden", "route071-leiden", Map.of("groups", List.of("griffie-voorschoten")), 600));
        for (Map.Entry<String, String> geval : tokens.entrySet()) {
            HttpResponse<String> antwoord = deployAlsModeler("Bearer " + geval.getValue());

            assertThat(antwoord.statusCode()).as(geval.getKey() + ": " + antwoord.body()).isEqualTo(401);
            assertThat(antwoord.headers().allValues("Set-Cookie")).as(geval.getKey()).noneMatch(k -> k.startsWith("JSESSIONID"));
            assertThat(repositoryService.createDeploymentQuery().deploymentName(naam).count()).as(geval.getKey()).isZero();
        }
        assertThat(identityService.createUserQuery().userIdIn("regio-beheerder", "leiden-beheerder").count()).isZero();
    }

    @Test
    void http_basic_en_lokale_wachtwoorden_zijn_uit() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));

        assertThat(deployAlsModeler(basic).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task/count", basic).statusCode()).isEqualTo(401);
        assertThat(get("/api/stemmingen", basic).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/engine", null).statusCode()).as("readiness probe").isEqualTo(200);
    }

    @Test
    void de_eigen_api_volgt_de_toegangstabel_met_het_token() throws Exception {
        String griffie = token("leiden", "route071-leiden", Map.of("groups", List.of("griffie-leiden")), 600);

        assertThat(get("/api/notificaties", "Bearer " + griffie).statusCode()).isEqualTo(403);
        assertThat(get("/api/stemmingen", null).statusCode()).isEqualTo(401);
    }

    /** A token signed by the test provider's issuer {@code uitgever}, for the user "beheerder". */
    static String token(String uitgever, String doelgroep, Map<String, Object> claims, long geldigSeconden) {
        Map<String, Object> alle = new java.util.HashMap<>(claims);
        alle.put("preferred_username", "beheerder");
        return OidcTestServer.server().issueToken(uitgever, doelgroep,
                new DefaultOAuth2TokenCallback(uitgever, "beheerder", "JWT", List.of(doelgroep), alle, geldigSeconden)).serialize();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String pad, String json, String autorisatie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).header("Authorization", autorisatie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pad, String autorisatie) throws IOException, InterruptedException {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET();
        if (autorisatie != null) {
            verzoek.header("Authorization", autorisatie);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What Camunda Modeler 5 sends on "Deploy" with authentication "Bearer token": the fields deployment-name,
     * deployment-source and enable-duplicate-filtering, the diagram and its forms as parts, the token in the header.
     */
    private HttpResponse<String> deployAlsModeler(String autorisatie) throws IOException, InterruptedException {
        String grens = "----Route071" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] veld : List.of(new String[] { "deployment-name", naam }, new String[] { "deployment-source", "Camunda Modeler" },
                new String[] { "enable-duplicate-filtering", "true" })) {
            body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + veld[0] + "\"\r\n\r\n" + veld[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        // a changed diagram (a comment), so that an accepted deployment is a new one
        byte[] diagram = (Files.readString(MODEL) + "\n<!-- " + naam + " -->\n").getBytes(StandardCharsets.UTF_8);
        deel(body, grens, MODEL.getFileName().toString(), "text/xml", diagram);
        for (Path formulier : Modellen.formulierenVan(MODEL)) {
            deel(body, grens, formulier.getFileName().toString(), "application/octet-stream", Files.readAllBytes(formulier));
        }
        body.writeBytes(("--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/engine-rest/deployment/create"))
                .header("Authorization", autorisatie).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deel(ByteArrayOutputStream body, String grens, String naam, String type, byte[] inhoud) {
        body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"; filename=\"" + naam
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(inhoud);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
