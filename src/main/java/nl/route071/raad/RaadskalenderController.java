package nl.route071.raad;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Klok;
import nl.route071.web.Aanmelding;
import nl.route071.web.Gebruiker;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The raad calendars, for logged-in users of the webapps (like the other pages): {@code /raadskalender} lists the
 * gemeenten with their iCalendar feed, {@code /raadskalender/<gemeente>} shows one calendar. Only the griffie of that
 * gemeente (group {@code griffie-<gemeente>}) adds or cancels a meeting there, checked here on every POST, whatever
 * the page shows; anyone else gets 403 and nothing changes. The forms post with the session cookie, which is
 * {@code SameSite=Strict} (no cross-site post carries it); a post whose {@code Origin} names another host is refused
 * as well.
 */
@Controller
class RaadskalenderController {

    static final String PAD = "/raadskalender";

    private final Aanmelding aanmelding;
    private final Raadskalender kalender;
    private final Gemeenten gemeenten;

    RaadskalenderController(Aanmelding aanmelding, Raadskalender kalender, Gemeenten gemeenten) {
        this.aanmelding = aanmelding;
        this.kalender = kalender;
        this.gemeenten = gemeenten;
    }

    /** Whether the user keeps this gemeente's calendar: its griffie, nobody else. */
    static boolean magBijhouden(Gebruiker gebruiker, String gemeente) {
        return gebruiker.groepen().contains("griffie-" + gemeente);
    }

    @GetMapping(PAD)
    String overzicht(HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("gemeenten", aanmelding.alsGebruiker(gebruiker.get(), () -> gemeenten.ids().stream()
                .map(id -> new String[] { id, gemeenten.naam(id) }).toList()));
        return "raadskalenders";
    }

    @GetMapping(PAD + "/{gemeente}")
    String kalender(@PathVariable String gemeente, @RequestParam(required = false) String toegevoegd,
            @RequestParam(required = false) String geannuleerd, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        bekend(gemeente);
        if (toegevoegd != null) {
            model.addAttribute("gelukt", "De raadsvergadering van " + datumtekst(toegevoegd) + " staat in de kalender.");
        }
        if (geannuleerd != null) {
            model.addAttribute("gelukt", "De raadsvergadering van " + datumtekst(geannuleerd) + " is geannuleerd.");
        }
        return pagina(gemeente, gebruiker.get(), model);
    }

    @PostMapping(PAD + "/{gemeente}")
    String voegToe(@PathVariable String gemeente, @RequestParam(required = false) String datum,
            @RequestParam(required = false) String aanvang, @RequestParam(required = false) String omschrijving,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = bijhouder(gemeente, request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        try {
            LocalDate dag = datum(datum);
            if (dag.isBefore(Klok.vandaag())) {
                throw new BadUserRequestException("Een raadsvergadering in het verleden kan niet worden toegevoegd.");
            }
            LocalTime tijd = aanvang == null || aanvang.isBlank() ? null : tijd(aanvang);
            aanmelding.alsGebruiker(gebruiker.get(), () -> kalender.voegToe(gemeente, dag, tijd, omschrijving, gebruiker.get().id()));
            return "redirect:" + PAD + "/" + gemeente + "?toegevoegd=" + dag;
        }
        catch (BadUserRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fout", e.getMessage());
            return pagina(gemeente, gebruiker.get(), model);
        }
    }

    @PostMapping(PAD + "/{gemeente}/{datum}/annuleren")
    String annuleer(@PathVariable String gemeente, @PathVariable String datum, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = bijhouder(gemeente, request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        try {
            LocalDate dag = datum(datum);
            aanmelding.alsGebruiker(gebruiker.get(), () -> kalender.annuleer(gemeente, dag, gebruiker.get().id()));
            return "redirect:" + PAD + "/" + gemeente + "?geannuleerd=" + dag;
        }
        catch (BadUserRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fout", e.getMessage());
            return pagina(gemeente, gebruiker.get(), model);
        }
    }

    /** A refusal (403, 404) as a Dutch page that names the reason. */
    @ExceptionHandler(ResponseStatusException.class)
    String geweigerd(ResponseStatusException fout, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(fout.getStatusCode().value());
        model.addAttribute("gebruiker", aanmelding.gebruiker(request).orElse(new Gebruiker("-", java.util.List.of())));
        model.addAttribute("melding", fout.getReason());
        return "raadskalender-geweigerd";
    }

    private String pagina(String gemeente, Gebruiker gebruiker, Model model) {
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("naam", gemeenten.naam(gemeente));
        model.addAttribute("bijhouden", magBijhouden(gebruiker, gemeente));
        model.addAttribute("vergaderingen", aanmelding.alsGebruiker(gebruiker, () -> kalender.alle(gemeente)));
        model.addAttribute("vandaag", Klok.vandaag().toString());
        return "raadskalender";
    }

    /**
     * The user of a change: empty when not logged in (401 page); 404 for an unknown gemeente; 403 for anyone but that
     * gemeente's griffie, and for a post from another site.
     */
    private Optional<Gebruiker> bijhouder(String gemeente, HttpServletRequest request) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return gebruiker;
        }
        bekend(gemeente);
        String herkomst = request.getHeader("Origin");
        if (herkomst != null && !herkomst.equals("null") && !zelfdeHost(herkomst, request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Een wijziging van de raadskalender komt alleen van deze site.");
        }
        if (!magBijhouden(gebruiker.get(), gemeente)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Alleen de griffie van " + gemeenten.naam(gemeente) + " houdt deze raadskalender bij.");
        }
        return gebruiker;
    }

    private static boolean zelfdeHost(String herkomst, HttpServletRequest request) {
        try {
            URI uri = URI.create(herkomst);
            String host = request.getHeader("Host");
            return uri.getAuthority() != null && uri.getAuthority().equalsIgnoreCase(host);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void bekend(String gemeente) {
        if (!gemeenten.bestaat(gemeente)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Onbekende gemeente");
        }
    }

    private static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new BadUserRequestException("‘Datum’ is verplicht.");
        }
        try {
            return LocalDate.parse(tekst.strip());
        }
        catch (DateTimeParseException e) {
            throw new BadUserRequestException("‘Datum’ is geen datum (jjjj-mm-dd).");
        }
    }

    private static LocalTime tijd(String tekst) {
        try {
            return LocalTime.parse(tekst.strip());
        }
        catch (DateTimeParseException e) {
            throw new BadUserRequestException("‘Aanvang’ is geen tijd (uu:mm).");
        }
    }

    private static String datumtekst(String tekst) {
        try {
            return Raadskalender.KORT.format(LocalDate.parse(tekst));
        }
        catch (DateTimeParseException e) {
            return "?";
        }
    }
}
