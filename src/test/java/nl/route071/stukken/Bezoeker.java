package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import nl.route071.LocalhostCookies;

/**
 * A logged-in user of the stukken page over real HTTP, as a browser sends it: the webapps' login (CSRF token, then the
 * login POST), a multipart upload of a file with the form's fields, and a download as bytes.
 */
final class Bezoeker {

    private final String adres;
    private final LocalhostCookies koekjes = new LocalhostCookies();
    private final HttpClient http;

    Bezoeker(int poort) {
        this.adres = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Bezoeker logInAls(String gebruiker) {
        get("/camunda/app/tasklist/default/");
        HttpResponse<byte[]> antwoord = verstuur(HttpRequest.newBuilder(URI.create(adres + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&password=demo")).build());
        assertThat(antwoord.statusCode()).as("login of %s", gebruiker).isEqualTo(200);
        // the login starts a new session; like Tasklist, fetch its CSRF token with a first GET
        get("/camunda/api/engine/engine/");
        return this;
    }

    String xsrf() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    HttpResponse<byte[]> get(String pad) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).GET().build());
    }

    String tekst(String pad) {
        return new String(get(pad).body(), StandardCharsets.UTF_8);
    }

    /** Completes a task through Tasklist's own API, as the Tasklist form does. */
    HttpResponse<byte[]> rondAf(String taakId) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + "/camunda/api/engine/engine/default/task/" + taakId + "/submit-form"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build());
    }

    /** Any other request without a body (DELETE, POST), with the CSRF token, as a script in the page would send it. */
    HttpResponse<byte[]> verzoek(String methode, String pad) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("X-XSRF-TOKEN", xsrf())
                .method(methode, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Posts the stukken form: the file under {@code bestand} and the other fields. */
    HttpResponse<byte[]> upload(String pad, String bestandsnaam, byte[] inhoud, Map<String, String> velden) {
        String grens = "----route071" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> veld : velden.entrySet()) {
                body.write(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + veld.getKey() + "\"\r\n\r\n" + veld.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + bestandsnaam
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(inhoud);
            body.write(("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpResponse<byte[]> verstuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
