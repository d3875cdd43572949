package nl.route071.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;

/**
 * Route071's pages use the login of the Camunda webapps: Tasklist, Cockpit and Admin keep the logged-in
 * user in the HTTP session, which these pages share.
 *
 * <p>Access (docs/security.md): the overview and evaluation pages show public information of the region
 * (proposals and their stage, council decisions, amendments, votes, evaluations). Every logged-in member of
 * a Route071 group may read them; a user without any group gets 403. The pages' queries run as the
 * application, not under the user's engine authorizations: those deliberately keep, say, the griffie of
 * Leiden from reading Voorschoten's process variables through {@code /engine-rest}, and the pages show only
 * what is public. (It also keeps the pages' unpaged history queries clear of the engine's result limit for
 * authenticated users.)
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

    /** Runs a page's engine queries for this user: 403 when they may not see the pages, else as the application. */
    public <T> T alsGebruiker(Gebruiker gebruiker, Supplier<T> werk) {
        if (!magPaginasZien(gebruiker)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "U hebt geen toegang tot het regionale overzicht");
        }
        identityService.clearAuthentication();
        return werk.get();
    }

    /** The pages are for members of the region's groups (any group of groepen.csv, or one added in Admin). */
    static boolean magPaginasZien(Gebruiker gebruiker) {
        return !gebruiker.groepen().isEmpty();
    }

    /** The Dutch page for a visitor who is not logged in: 401, and on to the Tasklist login after a few seconds. */
    public String nietIngelogd(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("tasklist", request.getContextPath() + TASKLIST);
        model.addAttribute("terug", request.getRequestURI());
        return VIEW_NIET_INGELOGD;
    }
}
