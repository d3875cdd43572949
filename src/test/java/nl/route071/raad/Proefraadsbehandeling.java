package nl.route071.raad;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A council treatment of the woonagenda started on its own, as the proposal would, and offered by the college. */
final class Proefraadsbehandeling {

    private Proefraadsbehandeling() {
    }

    static ProcessInstance start(RuntimeService runtimeService, Griffie griffie, String gemeente, String soortBesluit, String adviesdatum) {
        String nr = "RV-TEST-" + UUID.randomUUID();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("soortBesluit", soortBesluit);
        variabelen.put("voorstelnummer", nr);
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("gemeente", gemeente);
        variabelen.put("adviesType", "volledig");
        variabelen.put("adviesTekst", "Stem in met de woonagenda");
        variabelen.put("adviesdatum", adviesdatum);
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        griffie.collegesBiedenAan(nr);
        return raad;
    }
}
