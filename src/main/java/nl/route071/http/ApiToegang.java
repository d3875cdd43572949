package nl.route071.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.route071.gedeeld.Groepen;
import nl.route071.instellingen.Ssoinstellingen;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Route071's own REST endpoints ({@code /api/**}) in one place: HTTP Basic checked against Camunda's
 * users ({@code IdentityService.checkPassword}, so Camunda's login throttling applies), then the first
 * rule of {@link #REGELS} whose path and method match decides which groups may pass. 401 without or with
 * wrong credentials, 403 for anyone else. A path no rule names is for {@code camunda-admin} only.
 *
 * <p>To open a new endpoint, add one row to {@link #REGELS}. The controller finds the checked user as
 * request attribute {@link #GEBRUIKER}; where a user's view matters it runs its engine queries under
 * {@code identityService.setAuthentication(user, groups)}.
 *
 * <p>With SSO on ({@code route071.sso.enabled}) there is no HTTP Basic: Spring Security checks the bearer token
 * (nl.route071.sso) and hands the token's user and groups over as {@link #GEBRUIKER}; the table decides as before.
 */
@Configuration(proxyBeanMethods = false)
public class ApiToegang {

    /** The checked user of an /api request ({@link ApiGebruiker}). */
    public static final String GEBRUIKER = ApiToegang.class.getName() + ".gebruiker";
    /** The checked user's id (String) and groups (List of String), for controllers in packages that do not use this one. */
    public static final String GEBRUIKER_ID = "nl.route071.http.ApiToegang.gebruiker.id";
    public static final String GEBRUIKER_GROEPEN = "nl.route071.http.ApiToegang.gebruiker.groepen";
    /** any authenticated user */
    static final String IEDEREEN = "*";

    /** Who may call what; the first matching row wins; method null = every method. */
    static final List<Regel> REGELS = List.of(
            new Regel("/api/migraties", null, Set.of(Groepen.BEHEERDERS, "procesbeheer"),
                    "Alleen procesbeheer mag lopende instanties migreren"),
            new Regel("/api/verkiezingsuitslagen", null, Set.of(Groepen.BEHEERDERS),
                    "Alleen beheerders mogen verkiezingsuitslagen wijzigen"),
            new Regel("/api/notificaties", null, Set.of(Groepen.BEHEERDERS),
                    "Alleen beheerders mogen notificaties beheren"),
            new Regel("/api/stemmingen", "GET", Set.of(IEDEREEN),
                    "Stemmingen lezen vraagt een aanmelding"),
            new Regel("/api/vergaderingen", "GET", Set.of(IEDEREEN),
                    "Vergaderingen lezen vraagt een aanmelding"));

    /** A row of the access table: path prefix, HTTP method (null: any), groups, refusal message. */
    record Regel(String pad, String methode, Set<String> groepen, String weigering) {

        boolean geldtVoor(String verzoekpad, String verzoekmethode) {
            return (verzoekpad.equals(pad) || verzoekpad.startsWith(pad + "/"))
                    && (methode == null || methode.equalsIgnoreCase(verzoekmethode));
        }

        boolean staatToe(List<String> groepenVanGebruiker) {
            return groepen.contains(IEDEREEN) || groepenVanGebruiker.stream().anyMatch(groepen::contains);
        }
    }

    /** The user an /api request was checked for, with their groups. */
    public record ApiGebruiker(String id, List<String> groepen) {
    }

    static Regel regelVoor(String pad, String methode) {
        return REGELS.stream().filter(r -> r.geldtVoor(pad, methode)).findFirst()
                .orElse(new Regel(pad, null, Set.of(Groepen.BEHEERDERS), "Alleen beheerders hebben toegang tot " + pad));
    }

    @Bean
    FilterRegistrationBean<Filter> apiToegangFilter(IdentityService identityService, Ssoinstellingen sso) {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter(identityService, sso.enabled()));
        registratie.setName("route071-api-toegang");
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(1);
        return registratie;
    }

    static final class Filter extends OncePerRequestFilter {

        private final IdentityService identityService;
        private final boolean sso;

        Filter(IdentityService identityService, boolean sso) {
            this.identityService = identityService;
            this.sso = sso;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String pad = request.getRequestURI().substring(request.getContextPath().length());
            if (sso) {
                if (!(request.getAttribute(GEBRUIKER) instanceof ApiGebruiker tokengebruiker)) {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    weiger(response, HttpServletResponse.SC_UNAUTHORIZED, "Meld je aan met een token van je gemeente");
                    return;
                }
                Regel regel = regelVoor(pad, request.getMethod());
                if (!regel.staatToe(tokengebruiker.groepen())) {
                    weiger(response, HttpServletResponse.SC_FORBIDDEN, regel.weigering());
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            Optional<String[]> basic = basic(request.getHeader("Authorization"));
            if (basic.isEmpty() || !identityService.checkPassword(basic.get()[0], basic.get()[1])) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Route071\", charset=\"UTF-8\"");
                weiger(response, HttpServletResponse.SC_UNAUTHORIZED, "Meld je aan met je gebruikersnaam en wachtwoord");
                return;
            }
            String gebruiker = basic.get()[0];
            List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker).list().stream()
                    .map(Group::getId).toList();
            Regel regel = regelVoor(pad, request.getMethod());
            if (!regel.staatToe(groepen)) {
                weiger(response, HttpServletResponse.SC_FORBIDDEN, regel.weigering());
                return;
            }
            request.setAttribute(GEBRUIKER, new ApiGebruiker(gebruiker, groepen));
            request.setAttribute(GEBRUIKER_ID, gebruiker);
            request.setAttribute(GEBRUIKER_GROEPEN, groepen);
            chain.doFilter(request, response);
        }

        /** user and password from an {@code Authorization: Basic ...} header. */
        private static Optional<String[]> basic(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String paar = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int dubbelepunt = paar.indexOf(':');
                return dubbelepunt <= 0 ? Optional.empty()
                        : Optional.of(new String[] { paar.substring(0, dubbelepunt), paar.substring(dubbelepunt + 1) });
            }
            catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private static void weiger(HttpServletResponse response, int status, String melding) throws IOException {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"fout\":\"" + melding.replace("\"", "'") + "\"}");
        }
    }
}
