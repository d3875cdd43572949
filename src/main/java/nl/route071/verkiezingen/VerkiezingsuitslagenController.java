package nl.route071.verkiezingen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.route071.http.ApiToegang;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/verkiezingsuitslagen} with a CSV body ({@code text/csv}, the format of elections.csv):
 * 200 with what was stored, or 400 with every bad line and nothing stored. Admins only ({@link nl.route071.http.ApiToegang}).
 */
@RestController
class VerkiezingsuitslagenController {

    static final String PAD = "/api/verkiezingsuitslagen";

    private final VerkiezingsuitslagenImport importeur;

    VerkiezingsuitslagenController(VerkiezingsuitslagenImport importeur) {
        this.importeur = importeur;
    }

    @PostMapping(path = PAD, consumes = { "text/csv", "text/plain" }, produces = "application/json")
    ResponseEntity<Map<String, Object>> importeer(@RequestBody(required = false) String csv,
            @RequestAttribute(ApiToegang.GEBRUIKER_ID) String gebruiker) {
        try {
            VerkiezingsuitslagenImport.Resultaat resultaat = importeur.importeer("upload", csv == null ? "" : csv, gebruiker);
            Map<String, Object> antwoord = new LinkedHashMap<>();
            antwoord.put("melding", resultaat.lijsten() + " lijsten van " + resultaat.verkiezingen().size() + " verkiezing(en) opgeslagen.");
            antwoord.put("verkiezingen", resultaat.verkiezingen());
            antwoord.put("lijsten", resultaat.lijsten());
            antwoord.put("geimporteerdDoor", gebruiker);
            antwoord.put("opmerkingen", resultaat.opmerkingen());
            return ResponseEntity.ok(antwoord);
        }
        catch (VerkiezingsuitslagenImport.Afgekeurd afgekeurd) {
            List<Map<String, Object>> regels = afgekeurd.fouten().stream()
                    .map(f -> Map.<String, Object>of("regel", f.regel(), "melding", f.melding())).toList();
            Map<String, Object> antwoord = new LinkedHashMap<>();
            antwoord.put("fout", "Niets geïmporteerd: " + regels.size() + " fout(en). Herstel de regels hieronder en stuur het hele bestand opnieuw.");
            antwoord.put("regels", regels);
            return ResponseEntity.badRequest().body(antwoord);
        }
    }
}
