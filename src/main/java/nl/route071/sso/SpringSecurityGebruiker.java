package nl.route071.sso;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's authentication provider for container-based authentication, with Spring Security as the container: the
 * user Spring Security authenticated for this request (an OIDC login in the session, or a bearer token), with the
 * Route071 groups their provider granted and the gemeente tenants of those groups. Used by Camunda's
 * {@code ContainerBasedAuthenticationFilter} (webapps) and {@code ProcessEngineAuthenticationFilter} (/engine-rest),
 * which instantiate it by class name.
 */
public class SpringSecurityGebruiker implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication aanmelding = SecurityContextHolder.getContext().getAuthentication();
        if (aanmelding == null || !aanmelding.isAuthenticated() || aanmelding instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> groepen = SsoGebruiker.groepen(aanmelding.getAuthorities());
        AuthenticationResult resultaat = AuthenticationResult.successful(aanmelding.getName());
        resultaat.setGroups(groepen);
        resultaat.setTenants(tenants(engine, groepen));
        return resultaat;
    }

    /** The tenants (gemeenten) whose member groups these are (groepen.csv, column gemeente). */
    static List<String> tenants(ProcessEngine engine, List<String> groepen) {
        if (groepen.isEmpty()) {
            return List.of();
        }
        return groepen.stream().flatMap(groep -> engine.getIdentityService().createTenantQuery().groupMember(groep).list().stream())
                .map(Tenant::getId).distinct().sorted().toList();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Bearer");
    }
}
