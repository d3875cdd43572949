package nl.route071.raad;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.route071.Griffie;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A council treatment of the woonagenda started on its own, as the proposal would: offered by the college, or as the
 * regiocommissie's own proposal. */
final class Proefraadsbehandeling {

    private Proefraadsbehandeling() {
    }

    static ProcessInstance start(RuntimeService runtimeService, Griffie griffie, String gemeente, String soortBesluit, String adviesdatum) {
        Map<String, Object> variabelen = variabelen(gemeente, soortBesluit, adviesdatum);
        String nr = (String) variabelen.get("voorstelnummer");
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        griffie.collegesBiedenAan(nr);
        return raad;
    }

    /** The regiocommissie's own proposal (an initiatiefvoorstel in the raad), kaderstellend; the college offers nothing. */
    static ProcessInstance startInitiatiefvoorstel(RuntimeService runtimeService, Griffie griffie, String gemeente, String adviesdatum) {
        Map<String, Object> variabelen = variabelen(gemeente, "kaderstellend", adviesdatum);
        variabelen.put(RaadsbehandelingProcess.VAR_INITIATIEF, "regiocommissie");
        String nr = (String) variabelen.get("voorstelnummer");
        ProcessInstance raad = runtimeService.startProcessInstanceByKey(RaadsbehandelingProcess.PROCESS_ID, nr, variabelen);
        griffie.voerJobsUit(nr);
        return raad;
    }

    private static Map<String, Object> variabelen(String gemeente, String soortBesluit, String adviesdatum) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("soortBesluit", soortBesluit);
        variabelen.put("voorstelnummer", "RV-TEST-" + UUID.randomUUID());
        variabelen.put("titel", "Regionale woonagenda");
        variabelen.put("ambitie", "wonen");
        variabelen.put("gemeente", gemeente);
        variabelen.put("adviesType", "volledig");
        variabelen.put("adviesTekst", "Stem in met de woonagenda");
        variabelen.put("adviesdatum", adviesdatum);
        return variabelen;
    }
}
