package nl.route071.migratie;

import java.util.List;
import java.util.Map;

import nl.route071.http.ApiToegang;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin endpoint for process owners: after a changed model is deployed, move the running instances of
 * older versions to the latest one. {@code dryRun} defaults to true, so a call without it only reports.
 * Only members of {@code camunda-admin} or {@code procesbeheer} get here ({@code nl.route071.http.ApiToegang});
 * the queries then run as the application, past Camunda's per-query result limit, and each migration as the user
 * who asked, so that Camunda's operation log (Cockpit, {@code /engine-rest/history/user-operation}) names them.
 *
 * <pre>
 * curl -u procesbeheerder:demo -X POST 'http://localhost:8080/api/migraties/raadsbehandeling?dryRun=true'
 * </pre>
 */
@RestController
@RequestMapping(MigratieController.PAD)
class MigratieController {

    static final String PAD = "/api/migraties";

    private final Procesmigratie procesmigratie;

    MigratieController(Procesmigratie procesmigratie) {
        this.procesmigratie = procesmigratie;
    }

    @PostMapping("/{processDefinitionKey}")
    ResponseEntity<?> migreer(@PathVariable String processDefinitionKey,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestAttribute(ApiToegang.GEBRUIKER_ID) String gebruiker,
            @RequestAttribute(ApiToegang.GEBRUIKER_GROEPEN) List<String> groepen) {
        return procesmigratie.migreer(processDefinitionKey, dryRun, new Procesmigratie.Eigenaar(gebruiker, groepen))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404)
                        .body(Map.of("fout", "Geen proces met de sleutel '" + processDefinitionKey + "' gedeployd")));
    }
}
