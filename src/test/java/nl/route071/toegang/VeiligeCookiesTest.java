package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.route071.ServerTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the production default ({@code ROUTE071_SECURE_COOKIES} unset, so true) the webapps' CSRF and
 * session cookies are Secure and SameSite=Strict. The shared server context runs with that default; the other
 * tests' clients keep Secure cookies on localhost as a browser does ({@code nl.route071.LocalhostCookies}).
 */
@ServerTest
class VeiligeCookiesTest {

    @LocalServerPort
    int poort;

    @Test
    void the_csrf_and_session_cookies_are_secure_and_same_site_strict() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> tasklist = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/camunda/app/tasklist/default/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = tasklist.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN")).findFirst().orElseThrow();
        String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
        String sessie = tasklist.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                + "/camunda/api/admin/auth/user/default/login/tasklist")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token).header("Cookie", sessie.substring(0, sessie.indexOf(';')) + "; XSRF-TOKEN=" + token)
                .POST(HttpRequest.BodyPublishers.ofString("username=regiogriffier&password=demo")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(xsrf).contains("Secure").contains("SameSite=Strict");
        assertThat(sessie).contains("Secure").contains("SameSite=Strict").contains("HttpOnly");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID")
                .contains("Secure").contains("SameSite=Strict").contains("HttpOnly"));
    }

    @Test
    void every_response_that_sets_a_cookie_sets_it_secure_and_same_site_also_the_403_of_a_login_without_csrf_token() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> zonderToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                + "/camunda/api/admin/auth/user/default/login/tasklist")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=regiogriffier&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overzicht = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/overzicht")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(zonderToken.statusCode()).isEqualTo(403);
        assertThat(zonderToken.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").containsIgnoringCase("SameSite=Strict"));
        assertThat(overzicht.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure").containsIgnoringCase("SameSite"));
    }
}
