package nl.route071.vergadering;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.directory.Regiocommissies;
import nl.route071.web.Aanmelding;
import nl.route071.web.Gebruiker;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The meetings overview and one meeting's agenda and besluitenlijst (printable), for logged-in users. */
@Controller
class VergaderingController {

    private final Aanmelding aanmelding;
    private final Vergaderoverzicht overzicht;
    private final Regiocommissies regiocommissies;

    VergaderingController(Aanmelding aanmelding, Vergaderoverzicht overzicht, Regiocommissies regiocommissies) {
        this.aanmelding = aanmelding;
        this.overzicht = overzicht;
        this.regiocommissies = regiocommissies;
    }

    @GetMapping("/vergaderingen")
    String vergaderingen(@RequestParam(name = "regiocommissie", required = false) String regiocommissie, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        Optional<String> filter = regiocommissies.van(regiocommissie).map(Regiocommissies.Regiocommissie::id);
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("regiocommissies", regiocommissies.alle());
        model.addAttribute("gekozen", filter.orElse(""));
        model.addAttribute("vergaderingen", overzicht.recent(filter));
        model.addAttribute("perRegiocommissie", Vergaderoverzicht.PER_REGIOCOMMISSIE);
        return "vergaderingen";
    }

    @GetMapping("/vergaderingen/{sleutel}")
    String vergadering(@PathVariable String sleutel, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("v", overzicht.vergadering(sleutel)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Vergadering niet gevonden")));
        return "vergadering";
    }
}
