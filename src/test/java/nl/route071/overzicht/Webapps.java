package nl.route071.overzicht;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A visitor of the running application over real HTTP, with the cookies a browser keeps: anonymous,
 * or logged in the way Tasklist's login page does it (CSRF token from a first GET, then the login POST).
 */
public final class Webapps {

    private final String adres;
    private final CookieManager koekjes = new LocalhostCookies();
    private final HttpClient http;

    public Webapps(int poort) {
        this.adres = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String pad) {
        return verstuur(HttpRequest.newBuilder(URI.create(adres + pad)).GET().build());
    }

    /** A form post (application/x-www-form-urlencoded) as a page's form sends it, from this site unless another origin is named. */
    public HttpResponse<String> post(String pad, String formulier, String... origin) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(adres + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin.length > 0 ? origin[0] : adres)
                .POST(HttpRequest.BodyPublishers.ofString(formulier));
        return verstuur(verzoek.build());
    }

    public Webapps logInAls(String gebruiker, String wachtwoord) {
        get("/camunda/app/tasklist/default/");
        String token = koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from Tasklist"));
        String formulier = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8);
        HttpResponse<String> antwoord = verstuur(HttpRequest.newBuilder(URI.create(adres + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build());
        assertThat(antwoord.statusCode()).as("login of %s: %s", gebruiker, antwoord.body()).isEqualTo(200);
        return this;
    }

    private HttpResponse<String> verstuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The overview page (newest first, pages of 50) that holds the row of this proposal: the first page, or a later
     * one when other tests on the shared server context started newer proposals.
     */
    public HttpResponse<String> overzichtMet(String voorstelnummer) {
        HttpResponse<String> pagina = get("/overzicht");
        for (int nummer = 2; nummer <= 100 && pagina.statusCode() == 200
                && !pagina.body().contains("<tr id=\"voorstel-" + voorstelnummer + "\"")
                && pagina.body().contains("href=\"/overzicht?pagina=" + nummer + "\""); nummer++) {
            pagina = get("/overzicht?pagina=" + nummer);
        }
        return pagina;
    }

    /** The table row of a proposal on the overview page. */
    public static String rij(String html, String voorstelnummer) {
        int begin = html.indexOf("<tr id=\"voorstel-" + voorstelnummer + "\"");
        assertThat(begin).as("row of %s on the page", voorstelnummer).isNotNegative();
        return html.substring(begin, html.indexOf("</tr>", begin));
    }

    /** The cell of a gemeente in a proposal's row. */
    public static String cel(String rij, String gemeente) {
        int begin = rij.indexOf("data-gemeente=\"" + gemeente + "\"");
        assertThat(begin).as("cell of %s", gemeente).isNotNegative();
        return rij.substring(begin, rij.indexOf("</td>", begin));
    }
}
