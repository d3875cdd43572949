package nl.route071.stemming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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
 * Who may use the voting endpoints: HTTP Basic, checked against Camunda's users
 * ({@code IdentityService.checkPassword}); 401 without or with wrong credentials. Importing election results
 * ({@code /api/verkiezingsuitslagen}) is for {@code camunda-admin} only (403 for others); reading a vote
 * ({@code /api/stemmingen}) for any user, whose own authorizations then apply in the engine.
 *
 * <p>Small and in one place on purpose: the issue "Secure by default" folds it into the general security.
 */
@Configuration(proxyBeanMethods = false)
class StemmingToegang implements WebMvcConfigurer, HandlerInterceptor {

    static final String BEHEER = "camunda-admin";

    private final IdentityService identityService;

    StemmingToegang(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(VerkiezingsuitslagenController.PAD, VerkiezingsuitslagenController.PAD + "/**",
                StemmingExportController.PAD + "/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String[] gebruiker = basic(request.getHeader("Authorization"));
        if (gebruiker == null || !identityService.checkPassword(gebruiker[0], gebruiker[1])) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Route071\", charset=\"UTF-8\"");
            return weiger(response, 401, "Meld je aan met je gebruikersnaam en wachtwoord");
        }
        List<String> groepen = identityService.createGroupQuery().groupMember(gebruiker[0]).list().stream().map(Group::getId).toList();
        if (request.getRequestURI().startsWith(request.getContextPath() + VerkiezingsuitslagenController.PAD) && !groepen.contains(BEHEER)) {
            return weiger(response, 403, "Alleen beheerders (camunda-admin) mogen verkiezingsuitslagen importeren");
        }
        identityService.setAuthentication(gebruiker[0], groepen);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        identityService.clearAuthentication();
    }

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
