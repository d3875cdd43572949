package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.evaluatie.EvaluatieRapport.*;
import nl.route071.web.Aanmelding;
import nl.route071.web.Gebruiker;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evaluations of the cooperation and their reports: as a page, as CSV, and as printable HTML (print
 * it, or save it as PDF from the browser's print dialog). {@code actueel} is the report computed now.
 */
@Controller
class EvaluatieController {

    static final String ACTUEEL = "actueel";

    private final Aanmelding aanmelding;
    private final EvaluatieRapportage rapportage;
    private final Rapportopslag opslag;
    private final Samenwerking samenwerking;
    private final HistoryService historyService;

    EvaluatieController(Aanmelding aanmelding, EvaluatieRapportage rapportage, Rapportopslag opslag,
            Samenwerking samenwerking, HistoryService historyService) {
        this.aanmelding = aanmelding;
        this.rapportage = rapportage;
        this.opslag = opslag;
        this.samenwerking = samenwerking;
        this.historyService = historyService;
    }

    /** One evaluation of the cooperation with its reports and, at the end, the decision on continuation. */
    public record Evaluatie(String startdatum, String status, String tussenrapport, String eindrapport,
            String voortzetting, String motivering, String besluitdatum) {
    }

    @GetMapping("/evaluatie")
    String evaluaties(HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("startdatum", samenwerking.getStartdatum().toString());
        model.addAttribute("evaluaties", aanmelding.alsGebruiker(gebruiker.get(), this::evaluaties));
        return "evaluaties";
    }

    @GetMapping("/evaluatie/rapport/{id}")
    String rapport(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return toon(id, false, request, response, model);
    }

    @GetMapping("/evaluatie/rapport/{id}/afdrukken")
    String afdrukken(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return toon(id, true, request, response, model);
    }

    @GetMapping("/evaluatie/rapport/{id}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, HttpServletRequest request) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("U bent niet ingelogd. Log in via Tasklist (/camunda/app/tasklist/).".getBytes(StandardCharsets.UTF_8));
        }
        EvaluatieRapport rapport = aanmelding.alsGebruiker(gebruiker.get(), () -> rapport(id));
        String bestand = "route071-" + rapport.evaluatie() + "-" + rapport.tot() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestand).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(RapportCsv.van(rapport).getBytes(StandardCharsets.UTF_8));
    }

    private String toon(String id, boolean afdrukken, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Gebruiker> gebruiker = aanmelding.gebruiker(request);
        if (gebruiker.isEmpty()) {
            return aanmelding.nietIngelogd(request, response, model);
        }
        EvaluatieRapport rapport = aanmelding.alsGebruiker(gebruiker.get(), () -> rapport(id));
        model.addAttribute("gebruiker", gebruiker.get());
        model.addAttribute("id", id);
        model.addAttribute("rapport", rapport);
        model.addAttribute("afdrukken", afdrukken);
        model.addAttribute("diagrammen", diagrammen(rapport));
        return "rapport";
    }

    private EvaluatieRapport rapport(String id) {
        if (ACTUEEL.equals(id)) {
            return rapportage.bereken(ACTUEEL, samenwerking.getStartdatum(), Rapportopslag.vandaag());
        }
        return opslag.lees(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Rapportage niet gevonden"));
    }

    static Map<String, Staafdiagram> diagrammen(EvaluatieRapport r) {
        Map<String, Staafdiagram> d = new HashMap<>();
        d.put("ambities", Staafdiagram.van("Voorstellen per ambitie", r.perAmbitie().stream().map(AmbitieTelling::naam).toList(),
                r.perAmbitie().stream().map(AmbitieTelling::ingediend).toList(),
                r.perAmbitie().stream().mapToInt(AmbitieTelling::ingediend).max().orElse(0), "", null, null));
        List<Adviesronde> rondes = r.doorlooptijd().rondes();
        d.put("doorlooptijd", Staafdiagram.van("Dagen van advies tot laatste raadsbesluit",
                rondes.stream().map(Adviesronde::voorstelnummer).toList(), rondes.stream().map(Adviesronde::dagen).toList(),
                rondes.stream().mapToLong(Adviesronde::dagen).max().orElse(0), " d", null, null));
        d.put("overname", Staafdiagram.van("Advies ongewijzigd overgenomen (conform)", r.overname().stream().map(Overname::naam).toList(),
                r.overname().stream().map(Overname::percentage).toList(), 100, "%", null, null));
        d.put("deelname", Staafdiagram.van("Deelname aan stemmingen in de regiocommissie", r.deelname().stream().map(Deelname::naam).toList(),
                r.deelname().stream().map(Deelname::percentage).toList(), 100, "%", null, null));
        return d;
    }

    /** The status of an ended evaluation: "afgerond", and when nobody decided on the continuation, why not. */
    static String afgerond(String eind) {
        if (END_NIET_BESLOTEN.equals(eind)) {
            return "afgerond: niet besloten (voorstel ingetrokken)";
        }
        if (END_ONBEANTWOORD.equals(eind)) {
            return "afgerond: niet besloten (voorstel onbeantwoord binnen de termijn)";
        }
        return "afgerond";
    }

    private List<Evaluatie> evaluaties() {
        List<Evaluatie> lijst = new ArrayList<>();
        for (HistoricProcessInstance p : historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .orderByProcessInstanceStartTime().desc().list()) {
            Map<String, Object> v = new HashMap<>();
            for (HistoricVariableInstance var : historyService.createHistoricVariableInstanceQuery().processInstanceId(p.getId()).list()) {
                if (p.getId().equals(var.getExecutionId())) {
                    v.put(var.getName(), var.getValue());
                }
            }
            if (Boolean.TRUE.equals(v.get(VAR_LIEP_AL))) {
                continue;
            }
            String status = p.getEndTime() == null ? "loopt" : afgerond(p.getEndActivityId());
            lijst.add(new Evaluatie((String) v.get(VAR_STARTDATUM), status, (String) v.get(VAR_TUSSENRAPPORT_ID),
                    (String) v.get(VAR_EINDRAPPORT_ID), (String) v.get(VAR_VOORTZETTING), (String) v.get(VAR_MOTIVERING),
                    (String) v.get(VAR_BESLUITDATUM_VOORTZETTING)));
        }
        return lijst;
    }
}
