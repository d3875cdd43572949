package nl.route071.overzicht;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Route071's pages use the login of the Camunda webapps: Tasklist, Cockpit and Admin keep the logged-in
 * user in the HTTP session, which these pages share. Engine queries for a page run under that user's
 * identity, so that with authorization checks on each user sees what their authorizations allow.
 */
@Component
public class Aanmelding {

    public static final String TASKLIST = "/camunda/app/tasklist/";
    static final String VIEW_NIET_INGELOGD = "niet-ingelogd";

    private final ProcessEngine engine;
    private final IdentityService identityService;

    Aanmelding(ProcessEngine engine, IdentityService identityService) {
        this.engine = engine;
        this.identityService = identityService;
    }

    /** The user logged in to the webapps in this session, if any. */
    public Optional<Gebruiker> gebruiker(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return Optional.empty();
        }
        Authentications aanmeldingen = AuthenticationUtil.getAuthsFromSession(sessie);
        Authentication aanmelding = aanmeldingen.getAuthenticationForProcessEngine(engine.getName());
        if (aanmelding instanceof UserAuthentication gebruiker && gebruiker.getIdentityId() != null) {
            List<String> groepen = gebruiker.getGroupIds() == null ? List.of() : List.copyOf(gebruiker.getGroupIds());
            return Optional.of(new Gebruiker(gebruiker.getIdentityId(), groepen));
        }
        return Optional.empty();
    }

    /** Runs engine queries as this user. */
    public <T> T alsGebruiker(Gebruiker gebruiker, Supplier<T> werk) {
        identityService.setAuthentication(gebruiker.id(), gebruiker.groepen());
        try {
            return werk.get();
        }
        finally {
            identityService.clearAuthentication();
        }
    }

    /** The Dutch page for a visitor who is not logged in: 401, and on to the Tasklist login after a few seconds. */
    public String nietIngelogd(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("tasklist", request.getContextPath() + TASKLIST);
        model.addAttribute("terug", request.getRequestURI());
        return VIEW_NIET_INGELOGD;
    }
}
