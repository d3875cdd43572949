package nl.route071.stukken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.instellingen.Stukkeninstellingen;
import nl.route071.web.Aanmelding;
import nl.route071.web.Gebruiker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The stukken page of a proposal ({@code /stukken/<voorstelnummer>}): its documents and their versions, an upload
 * form for a new document or version, and who added what when. Linked from every task of the proposal (the forms) and
 * from {@code /overzicht}. Downloads ({@code /stukken/stuk/<id>}) are always attachments with
 * {@code X-Content-Type-Options: nosniff}. The rules live in {@link Stukken}; this is the door.
 */
@Controller
class StukkenController {

    private static final Logger LOG = LoggerFactory.getLogger(StukkenController.class);

    private final Aanmelding aanmelding;
    private final Stukken stukken;
    private final Stukkeninstellingen instellingen;

    StukkenController(Aanmelding aanmelding, Stukken stukken, Stukkeninstellingen instellingen) {
        this.aanmelding = aanmelding;
        this.stukken = stukken;
        this.instellingen = instellingen;
    }

    @GetMapping("/stukken/{voorstelnummer}")
    String pagina(@PathVariable String voorstelnummer, @RequestParam(name = "toegevoegd", required = false) String toegevoegd,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        Stukken.Wie wie = wie(gebruiker.get());
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("voorstelnummer", voorstelnummer);
        model.addAttribute("documenten", aanmelding.alsGebruiker(gebruiker.get(), () -> stukken.lijst(voorstelnummer, wie)));
        model.addAttribute("logboek", stukken.logboek(voorstelnummer, wie));
        model.addAttribute("soorten", Stukken.SOORT_LABELS);
        model.addAttribute("formaten", Inhoudscontrole.TOEGESTAAN);
        model.addAttribute("extensies", Inhoudscontrole.extensieLijst());
        model.addAttribute("maxMb", instellingen.maxMb());
        model.addAttribute("toegevoegd", toegevoegd);
        return "stukken";
    }

    @PostMapping("/stukken/{voorstelnummer}")
    String voegToe(@PathVariable String voorstelnummer, @RequestParam("bestand") MultipartFile bestand, @RequestParam("soort") String soort,
            @RequestParam("titel") String titel, @RequestParam(name = "gemeente", required = false) String gemeente,
            @RequestParam(name = "vergadering", required = false) String vergadering,
            @RequestParam(name = "auteur", required = false) String auteur,
            @RequestParam(name = "creatiedatum", required = false) String creatiedatum,
            @RequestParam(name = "vertrouwelijk", defaultValue = "false") boolean vertrouwelijk,
            @RequestParam(name = "lezers", required = false) String lezers, HttpServletRequest request) throws IOException {
        Stukken.Wie wie = ingelogd(request);
        Stukken.Nieuw nieuw = new Stukken.Nieuw(voorstelnummer, leeg(gemeente), leeg(vergadering), soort, titel, leeg(auteur), datum(creatiedatum),
                vertrouwelijk, lezers == null ? List.of() : Arrays.asList(lezers.split("[,\\s]+")));
        try (InputStream in = bestand.getInputStream()) {
            Stuk stuk = stukken.voegToe(nieuw, new Stukken.Inhoud(in, bestand.getSize(), bestand.getOriginalFilename()), wie);
            return "redirect:/stukken/" + stuk.voorstelnummer() + "?toegevoegd=" + stuk.identificatie();
        }
    }

    @PostMapping("/stukken/{voorstelnummer}/{identificatie}/versies")
    String nieuweVersie(@PathVariable String voorstelnummer, @PathVariable String identificatie, @RequestParam("bestand") MultipartFile bestand,
            HttpServletRequest request) throws IOException {
        Stukken.Wie wie = ingelogd(request);
        try (InputStream in = bestand.getInputStream()) {
            Stuk stuk = stukken.nieuweVersie(identificatie, new Stukken.Inhoud(in, bestand.getSize(), bestand.getOriginalFilename()), wie);
            return "redirect:/stukken/" + stuk.voorstelnummer() + "?toegevoegd=" + stuk.identificatie();
        }
    }

    @GetMapping("/stukken/stuk/{id}")
    void download(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Stukken.Wie wie = ingelogd(request);
        Stuk stuk = stukken.stuk(id, wie);
        try {
            stukken.controleer(stuk);
        }
        catch (Stukken.Beschadigd e) {
            LOG.error("{}", e.getMessage());
            throw new Stukweigering(500, e.getMessage() + " Meld dit bij de beheerder; het stuk wordt niet uitgegeven.");
        }
        response.setContentType(stuk.formaat());
        response.setContentLengthLong(stuk.bestandsomvang());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, bijlage(stuk.bestandsnaam()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("X-Checksum-SHA256", stuk.checksum());
        stukken.schrijf(stuk, wie, response.getOutputStream());
    }

    /**
     * {@code attachment} with the (already cleaned) name twice: as plain ASCII for old clients (other characters as
     * {@code _}) and as UTF-8 (RFC 6266, RFC 5987).
     */
    static String bijlage(String bestandsnaam) {
        String ascii = bestandsnaam.chars().mapToObj(c -> c >= 32 && c < 127 && c != '"' && c != '\\' ? String.valueOf((char) c) : "_")
                .reduce("", String::concat);
        String utf8 = java.net.URLEncoder.encode(bestandsnaam, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }

    /** A refused stuk: its status (400, 403, 404, 413, 415) with the Dutch reason on a page. */
    @ExceptionHandler(Stukweigering.class)
    String weigering(Stukweigering e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        model.addAttribute("melding", e.getMessage());
        model.addAttribute("status", e.status());
        aanmelding.gebruiker(request).ifPresent(g -> model.addAttribute("gebruiker", g));
        return "stukken-fout";
    }

    private Stukken.Wie ingelogd(HttpServletRequest request) {
        Gebruiker gebruiker = aanmelding.gebruiker(request).orElseThrow(() -> new Stukweigering(401, "U bent niet ingelogd."));
        // 403 without any group; the route's history is then read as the application (Aanmelding)
        aanmelding.alsGebruiker(gebruiker, () -> Boolean.TRUE);
        return wie(gebruiker);
    }

    private static Stukken.Wie wie(Gebruiker gebruiker) {
        return new Stukken.Wie(gebruiker.id(), gebruiker.groepen());
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        }
        catch (DateTimeParseException e) {
            throw Stukweigering.ongeldig("Ongeldige datum: " + tekst + " (jjjj-mm-dd).");
        }
    }
}
