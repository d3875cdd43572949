package nl.route071.vergadering;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/vergaderingen/{sleutel}}: one meeting as open data (ODS Open Raadsinformatie, {@link VergaderingExport}).
 * Like the vote export {@code /api/stemmingen}, for any user who logs in (HTTP Basic, toegang/ApiToegang).
 */
@RestController
class VergaderingExportController {

    private final Vergaderoverzicht overzicht;

    VergaderingExportController(Vergaderoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping(path = "/api/vergaderingen/{sleutel}", produces = "application/json")
    ResponseEntity<Map<String, Object>> vergadering(@PathVariable String sleutel, HttpServletRequest request) {
        String basis = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return overzicht.vergadering(sleutel).map(v -> ResponseEntity.ok(VergaderingExport.export(v, basis)))
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("fout", "Geen vergadering met sleutel " + sleutel + ".")));
    }
}
