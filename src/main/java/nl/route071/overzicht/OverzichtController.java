package nl.route071.overzicht;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.web.Aanmelding;
import nl.route071.web.Gebruiker;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The regional overview page and the diagram of a proposal's process with its current position (bpmn-js
 * from a webjar), for logged-in users of the Camunda webapps.
 */
@Controller
class OverzichtController {

    private final Aanmelding aanmelding;
    private final RegionaalOverzicht overzicht;
    private final Procesdiagram procesdiagram;

    OverzichtController(Aanmelding aanmelding, RegionaalOverzicht overzicht, Procesdiagram procesdiagram) {
        this.aanmelding = aanmelding;
        this.overzicht = overzicht;
        this.procesdiagram = procesdiagram;
    }

    @GetMapping("/overzicht")
    String overzicht(@RequestParam(name = "pagina", defaultValue = "1") int pagina, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("statussen", RegionaalOverzicht.STATUSSEN);
        model.addAttribute("overzicht", aanmelding.alsGebruiker(gebruiker.get(), () -> overzicht.overzicht(pagina)));
        return "overzicht";
    }

    @GetMapping("/overzicht/diagram/{id}")
    String diagram(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("diagram", aanmelding.alsGebruiker(gebruiker.get(), () -> procesdiagram.diagram(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Proces niet gevonden")));
        return "diagram";
    }

    @GetMapping("/overzicht/diagram/{id}/bpmn")
    ResponseEntity<String> bpmn(@PathVariable String id, HttpServletRequest request) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN).body("Niet ingelogd");
        }
        return aanmelding.alsGebruiker(gebruiker.get(), () -> procesdiagram.xml(id))
                .map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
