package nl.route071.sso;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page with SSO on: the user picks their gemeente (or the regiogriffie) and logs in at its provider. Only
 * the providers of {@code sso-aanbieders.csv} that have a registration are shown. Also the page after logout.
 */
@Controller
@ConditionalOnProperty(name = "route071.sso.enabled", havingValue = "true")
class AanmeldenController {

    /** A choice on the page: the provider's name and where its login starts. */
    record Keuze(String naam, String adres) {
    }

    private final Aanbieders aanbieders;
    private final ClientRegistrationRepository registraties;

    AanmeldenController(Aanbieders aanbieders, ClientRegistrationRepository registraties) {
        this.aanbieders = aanbieders;
        this.registraties = registraties;
    }

    @GetMapping(SsoBeveiliging.AANMELDEN)
    String aanmelden(@RequestParam(name = "fout", required = false) String fout, Model model) {
        List<Keuze> keuzes = new ArrayList<>();
        for (Aanbieders.Aanbieder aanbieder : aanbieders.alle()) {
            if (registraties.findByRegistrationId(aanbieder.id()) != null) {
                keuzes.add(new Keuze(aanbieder.naam(), "/oauth2/authorization/" + aanbieder.id()));
            }
        }
        model.addAttribute("keuzes", keuzes);
        model.addAttribute("fout", fout != null);
        model.addAttribute("afgemeld", false);
        return "aanmelden";
    }

    @GetMapping(SsoBeveiliging.AFGEMELD)
    String afgemeld(Model model) {
        model.addAttribute("keuzes", List.of());
        model.addAttribute("fout", false);
        model.addAttribute("afgemeld", true);
        return "aanmelden";
    }
}
