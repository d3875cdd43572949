package nl.route071.notificatie;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.gedeeld.Groepen;
import nl.route071.web.Aanmelding;
import nl.route071.web.Gebruiker;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The outbox and the record of every notification, for admins ({@code camunda-admin}): the page
 * {@code /notificaties} with the login of the Camunda webapps, and {@code GET /api/notificaties} (HTTP Basic,
 * {@link nl.route071.http.ApiToegang}).
 */
@Controller
class NotificatieController {

    private static final int MAXIMUM = 500;

    private final Notificaties notificaties;
    private final Aanmelding aanmelding;

    NotificatieController(Notificaties notificaties, Aanmelding aanmelding) {
        this.notificaties = notificaties;
        this.aanmelding = aanmelding;
    }

    @GetMapping("/notificaties")
    String pagina(@RequestParam(required = false) String voorstel, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        model.addAttribute("gebruiker", gebruiker.get());
        if (!gebruiker.get().groepen().contains(Groepen.BEHEERDERS)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "notificaties-geen-toegang";
        }
        model.addAttribute("smtp", notificaties.smtp());
        model.addAttribute("voorstel", voorstel);
        model.addAttribute("notificaties", notificaties.lijst(blankAlsNull(voorstel), MAXIMUM));
        return "notificaties";
    }

    @GetMapping("/api/notificaties")
    @ResponseBody
    List<Notificatie> lijst(@RequestParam(required = false) String voorstel,
            @RequestParam(defaultValue = "" + MAXIMUM) int maximum) {
        return notificaties.lijst(blankAlsNull(voorstel), Math.min(maximum, 5000));
    }

    @GetMapping("/api/notificaties/{id}")
    @ResponseBody
    ResponseEntity<Notificatie> een(@PathVariable String id) {
        return ResponseEntity.of(notificaties.notificatie(id));
    }

    private static String blankAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }
}
