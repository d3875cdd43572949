package nl.route071.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST API of one or more nodes, with HTTP Basic always sent. A client prefers its own node and moves
 * to another while its node does not answer (killed, restarting); a request that failed in flight is
 * repeated in a way that cannot do anything twice: a start is looked up by its title first, a completed
 * task is gone.
 */
final class RestLoket implements Loket {

    static final AtomicLong UITWIJKINGEN = new AtomicLong();
    static final AtomicLong HERHAALD_NA_CONFLICT = new AtomicLong();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> nodes;
    private final String authorization;
    private int voorkeur;

    RestLoket(List<String> nodes, int voorkeur, String gebruiker, String wachtwoord) {
        this.nodes = nodes;
        this.voorkeur = voorkeur % nodes.size();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    record Antwoord(int status, JsonNode body) {
    }

    @Override
    public String dienIn(String titel, String ambitie, List<String> gemeenten) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("titel", Map.of("value", titel, "type", "String"));
        vars.put("ambitie", Map.of("value", ambitie, "type", "String"));
        vars.put("soortBesluit", Map.of("value", "kaderstellend", "type", "String"));
        vars.put("initiatief", Map.of("value", "bestuurstafel", "type", "String"));
        vars.put("deelnemendeGemeenten", Map.of("value", schrijf(gemeenten), "type", "Json"));
        String body = schrijf(Map.of("variables", vars));
        for (int poging = 0; poging < 20; poging++) {
            Antwoord a = verstuur("POST", "/engine-rest/process-definition/key/regionaalVoorstel/start", body, true);
            if (a != null && a.status() == 200) {
                return a.body().get("businessKey").asText();
            }
            // lost in flight (node killed) or refused: did it start after all?
            String nr = nummerVan(titel);
            if (nr != null) {
                return nr;
            }
            HERHAALD_NA_CONFLICT.incrementAndGet();
        }
        throw new IllegalStateException("cannot start " + titel);
    }

    /** Route071 refuses unbounded queries (docs/security.md): every list asks for one page. */
    private static final String PAGINA = "&firstResult=0&maxResults=100";

    @Override
    public String nummerVan(String titel) {
        Antwoord a = verstuur("GET", "/engine-rest/history/process-instance?processDefinitionKey=regionaalVoorstel&variables="
                + enc("titel_eq_" + titel) + PAGINA, null, false);
        if (a.body().size() > 1) {
            throw new IllegalStateException("proposal started twice: " + titel);
        }
        return a.body().size() == 1 ? a.body().get(0).get("businessKey").asText() : null;
    }

    @Override
    public List<Taak> openTaken(String voorstelnummer) {
        Antwoord a = verstuur("GET", "/engine-rest/task?processInstanceBusinessKey=" + enc(voorstelnummer) + PAGINA, null, false);
        List<Taak> taken = new ArrayList<>();
        a.body().forEach(t -> taken.add(new Taak(t.get("id").asText(), t.get("taskDefinitionKey").asText(),
                t.get("processDefinitionId").asText())));
        return taken;
    }

    @Override
    public String formulier(String taakId) {
        // sent once: for a task its route removed meanwhile the engine answers 500, not 404 (the caller looks again)
        Antwoord a = verstuur("GET", "/engine-rest/task/" + taakId + "/deployed-form", null, true);
        if (a == null || a.status() != 200) {
            throw new IllegalStateException("no deployed form for task " + taakId + ": " + (a == null ? "lost in flight" : a.status()));
        }
        return schrijf(a.body());
    }

    @Override
    public Uitkomst voltooi(String taakId, Map<String, Object> formulier) {
        Map<String, Object> vars = new LinkedHashMap<>();
        formulier.forEach((k, v) -> vars.put(k, variabele(v)));
        String body = schrijf(Map.of("variables", vars));
        for (int poging = 0; poging < 20; poging++) {
            Antwoord a = verstuur("POST", "/engine-rest/task/" + taakId + "/complete", body, true);
            if (a != null && (a.status() == 204 || a.status() == 200)) {
                return Uitkomst.VOLTOOID;
            }
            if (a != null && a.status() == 404) {
                return Uitkomst.VERDWENEN;
            }
            if (a != null && a.status() >= 400 && a.status() < 500) {
                throw new IllegalStateException("task " + taakId + " refused its form's values (" + a.status() + "): " + a.body());
            }
            // lost in flight (node killed), or refused by a concurrent transaction: is the task still there?
            Antwoord bestaat = verstuur("GET", "/engine-rest/task?taskId=" + taakId + PAGINA, null, false);
            if (bestaat.body().isEmpty()) {
                // completed by the attempt that was lost in flight, or removed by its route meanwhile
                return a == null ? Uitkomst.VOLTOOID : Uitkomst.VERDWENEN;
            }
            if (a != null) {
                return Uitkomst.CONFLICT;
            }
            Route.slaap(20);
        }
        throw new IllegalStateException("cannot complete task " + taakId);
    }

    /** A variable as the REST API takes it: lists and objects as Json, like the forms send them. */
    private static Map<String, Object> variabele(Object v) {
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            return Map.of("value", schrijf(v), "type", "Json");
        }
        String type = v instanceof Boolean ? "Boolean" : v instanceof Integer || v instanceof Long ? "Long"
                : v instanceof Number ? "Double" : "String";
        return Map.of("value", v, "type", type);
    }

    @Override
    public boolean afgerond(String voorstelnummer) {
        Antwoord a = verstuur("GET", "/engine-rest/history/process-instance?processDefinitionKey=regionaalVoorstel&finished=true"
                + "&processInstanceBusinessKey=" + enc(voorstelnummer) + PAGINA, null, false);
        return a.body().size() == 1;
    }

    /** GET with the count as well, for the Tasklist measurement; returns the status. */
    Antwoord get(String pad) {
        return verstuur("GET", pad, null, false);
    }

    /**
     * Sends to the preferred node, moving on while nodes do not answer. For a request that changes something
     * ({@code eenmalig}) a failure after sending returns null instead of repeating it blindly.
     */
    private Antwoord verstuur(String methode, String pad, String body, boolean eenmalig) {
        long tot = System.nanoTime() + 180_000_000_000L;
        while (true) {
            String node = nodes.get(voorkeur);
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(node + pad)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Accept", "application/json");
            r = body == null ? r.method(methode, HttpRequest.BodyPublishers.noBody())
                    : r.header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body));
            try {
                HttpResponse<String> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() >= 500 && !eenmalig) {
                    HERHAALD_NA_CONFLICT.incrementAndGet();
                    Route.slaap(20);
                    continue;
                }
                if (res.statusCode() >= 400 && res.statusCode() != 404 && !eenmalig) {
                    throw new IllegalStateException(methode + " " + pad + " answered " + res.statusCode() + ": " + res.body());
                }
                JsonNode json = res.body().isBlank() ? JSON.nullNode() : JSON.readTree(res.body());
                if (res.statusCode() >= 500 && eenmalig) {
                    return new Antwoord(res.statusCode(), json);
                }
                return new Antwoord(res.statusCode(), json);
            }
            catch (IOException e) {
                UITWIJKINGEN.incrementAndGet();
                voorkeur = (voorkeur + 1) % nodes.size();
                if (System.nanoTime() > tot) {
                    throw new IllegalStateException("no node answers " + pad, e);
                }
                Route.slaap(200);
                if (eenmalig) {
                    return null;
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String schrijf(Object o) {
        try {
            return JSON.writeValueAsString(o);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
