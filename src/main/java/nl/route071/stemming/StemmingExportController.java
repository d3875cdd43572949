package nl.route071.stemming;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stemmingen/{voorstelnummer}}: the recorded votes of a proposal (ODS Open Raadsinformatie). */
@RestController
class StemmingExportController {

    static final String PAD = "/api/stemmingen";

    private final StemmingExport export;

    StemmingExportController(StemmingExport export) {
        this.export = export;
    }

    @GetMapping(path = PAD + "/{voorstelnummer}", produces = "application/json")
    ResponseEntity<Object> stemmingen(@PathVariable String voorstelnummer) {
        return export.export(voorstelnummer).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("fout", "Geen regionaal voorstel met nummer " + voorstelnummer + ".")));
    }
}
