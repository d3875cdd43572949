package nl.route071.toegang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import nl.route071.LocalhostCookies;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A client of the running application over real HTTP: with HTTP Basic credentials (REST, as Camunda
 * Modeler and scripts call it), anonymous, or logged in to the webapps the way Tasklist's login page does
 * it (then requests carry the session cookie and the CSRF token, as Tasklist's forms do).
 */
final class Http {

    private final String adres;
    private final CookieManager koekjes = new LocalhostCookies();
    private final HttpClient http;
    private String basic;
    private String xsrf;

    private Http(int poort) {
        this.adres = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Http anoniem(int poort) {
        return new Http(poort);
    }

    static Http basic(int poort, String gebruiker, String wachtwoord) {
        Http h = new Http(poort);
        h.basic = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return h;
    }

    /** Logs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}); the answer tells whether it let them in. */
    static Http ingelogd(int poort, String gebruiker, String app) {
        Http h = new Http(poort);
        HttpResponse<String> antwoord = h.logIn(gebruiker, "demo", app);
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("login of " + gebruiker + " in " + app + ": " + antwoord.statusCode());
        }
        // the login starts a new session; like Tasklist, fetch its CSRF token with a first GET
        h.get("/camunda/api/engine/engine/");
        h.xsrf = h.koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste).orElse(h.xsrf);
        return h;
    }

    HttpResponse<String> logIn(String gebruiker, String wachtwoord, String app) {
        get("/camunda/app/tasklist/default/");
        xsrf = koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        String formulier = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8);
        return verstuur(HttpRequest.newBuilder(URI.create(adres + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)));
    }

    HttpResponse<String> get(String pad) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).GET());
    }

    HttpResponse<String> delete(String pad) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).DELETE());
    }

    HttpResponse<String> post(String pad, String json) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with a Content-Type of the caller's choosing (e.g. {@code application/JSON}). */
    HttpResponse<String> post(String pad, String body, String contentType) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String pad, String json) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A deployment as Camunda Modeler sends it: multipart/form-data with the name and the file. */
    HttpResponse<String> deploy(String pad, String naam, String bestandsnaam, String inhoud) {
        String grens = "route071-" + UUID.randomUUID();
        String body = "--" + grens + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + naam + "\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\nCamunda Modeler\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"" + bestandsnaam + "\"; filename=\"" + bestandsnaam
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + inhoud + "\r\n--" + grens + "--\r\n";
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> verstuur(HttpRequest.Builder verzoek) {
        if (basic != null) {
            verzoek.header("Authorization", basic);
        }
        if (xsrf != null) {
            verzoek.header("X-XSRF-TOKEN", xsrf);
        }
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
