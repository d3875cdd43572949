package nl.route071.notificatie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may read the notifications over REST: HTTP Basic, checked against Camunda's users, and membership of
 * {@code camunda-admin}; 401 without or with wrong credentials, 403 for anyone else. The same small pattern as
 * {@code nl.route071.migratie.ProcesbeheerToegang}, to be folded into the application's general security.
 */
@Configuration(proxyBeanMethods = false)
class NotificatieToegang implements WebMvcConfigurer, HandlerInterceptor {

    static final String PAD = "/api/notificaties";
    static final Set<String> GROEPEN = Set.of(NotificatieController.BEHEERDERS);

    private final IdentityService identityService;

    NotificatieToegang(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PAD, PAD + "/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String[] gebruiker = basic(request.getHeader("Authorization"));
        if (gebruiker == null || !identityService.checkPassword(gebruiker[0], gebruiker[1])) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Route071 beheer\", charset=\"UTF-8\"");
            return weiger(response, 401, "Meld je aan als beheerder");
        }
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker[0]).list().stream()
                .map(Group::getId).toList();
        if (groepen.stream().noneMatch(GROEPEN::contains)) {
            return weiger(response, 403, "Alleen beheerders mogen de notificaties lezen");
        }
        identityService.setAuthentication(gebruiker[0], groepen);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        identityService.clearAuthentication();
    }

    /** user and password from an {@code Authorization: Basic ...} header, or null. */
    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String paar = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int dubbelepunt = paar.indexOf(':');
            return dubbelepunt <= 0 ? null : new String[] { paar.substring(0, dubbelepunt), paar.substring(dubbelepunt + 1) };
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean weiger(HttpServletResponse response, int status, String melding) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"fout\":\"" + melding + "\"}");
        return false;
    }
}
