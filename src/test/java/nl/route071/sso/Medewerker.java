package nl.route071.sso;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.route071.LocalhostCookies;

/**
 * A staff member's browser over plain HTTP for the SSO tests: it follows redirects and keeps cookies, picks their
 * provider on Route071's login page and fills in the provider's login form (a user name and the token's claims).
 */
final class Medewerker {

    private final String adres;
    private final LocalhostCookies koekjes = new LocalhostCookies();
    private final HttpClient http;
    private final HttpClient zonderDoorsturen;

    Medewerker(int poort) {
        this.adres = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.ALWAYS).build();
        this.zonderDoorsturen = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Logs in through a provider: from Tasklist to Route071's login page, the provider's choice, the provider's login
     * form; the answer is where the browser ends up.
     */
    HttpResponse<String> meldAan(String aanbieder, String gebruiker, String claimsJson) {
        HttpResponse<String> tasklist = get("/camunda/app/tasklist/");
        if (!tasklist.uri().getPath().equals("/aanmelden")) {
            throw new AssertionError("Tasklist sends a visitor to the login page, not " + tasklist.uri());
        }
        HttpResponse<String> formulier = get("/oauth2/authorization/" + aanbieder);
        String velden = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        return verstuur(HttpRequest.newBuilder(formulier.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden)));
    }

    HttpResponse<String> get(String pad) {
        return verstuur(HttpRequest.newBuilder(URI.create(pad.startsWith("http") ? pad : adres + pad)).GET());
    }

    /** A POST as Tasklist sends it: with the CSRF token of Camunda's cookie. */
    HttpResponse<String> postJson(String pad, String json) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST whose redirect is not followed, to see where it leads. */
    HttpResponse<String> postZonderDoorsturen(String pad) {
        try {
            return zonderDoorsturen.send(HttpRequest.newBuilder(URI.create(adres + pad)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String xsrf() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste).orElse("");
    }

    HttpResponse<String> verstuur(HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
