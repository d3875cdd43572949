package nl.route071.e2e;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.route071.Griffie;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Brings a proposal through the steps before the one a browser test is about, through the Java API,
 * as the werkgroep, the bestuurstafel and the regiogriffie would in Tasklist.
 */
final class Voorstellen {

    private final RuntimeService runtimeService;
    private final Griffie griffie;

    Voorstellen(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.griffie = new Griffie(engine);
    }

    Griffie griffie() {
        return griffie;
    }

    /** Submits a proposal the raad decides on, for these gemeenten; returns its number. */
    String dienIn(String titel, String... gemeenten) {
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_TITEL, titel);
        formulier.put(VAR_AMBITIE, "wonen");
        formulier.put(VAR_SOORT_BESLUIT, "kaderstellend");
        formulier.put(VAR_DEELNEMENDE_GEMEENTEN, SpinValues.jsonValue(Spin.JSON(List.of(gemeenten))).create());
        formulier.put(VAR_INITIATIEF, "bestuurstafel");
        formulier.put("omschrijving", "Afspraken over de woningbouw in de regio tot 2030.");
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, formulier).getBusinessKey();
    }

    /** Prepared by the werkgroep, adopted by the bestuurstafel, beeldvorming held: oordeelsvorming is next. */
    void totOordeelsvorming(String nr) {
        griffie.voltooi(nr, "werkgroep-wonen", TASK_VOORSTEL_VOORBEREIDEN,
                Map.of("voorstelTekst", "Samen bouwen de vijf gemeenten 2.000 woningen per jaar, een derde sociale huur."));
        griffie.voltooi(nr, "bestuurstafel-wonen", TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, "vaststellen"));
        griffie.voltooi(nr, "regiogriffie", TASK_BEELDVORMING_HOUDEN,
                Map.of("vergaderdatumBeeldvorming", "2026-12-02", "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid", "toelichters", "wethouder Leiden en directeur woningcorporatie"));
    }

    /** Oordeelsvorming without consensus: the stemming form is next, with its list of fracties. */
    void totStemming(String nr) {
        totOordeelsvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, false, "vergaderdatumOordeelsvorming", "2026-12-09"));
        griffie.voerJobsUit(nr);
    }

    /** Consensus in the regiocommissie and a full joint advice: every council's treatment is next. */
    void totRaadsbehandeling(String nr) {
        totOordeelsvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", "2026-12-09"));
        griffie.voltooi(nr, "regiogriffie", TASK_ADVIES_OPSTELLEN, Map.of(VAR_ADVIES_TYPE, "volledig",
                "adviesTekst", "De regiocommissie adviseert de raden in te stemmen met de regionale woonagenda.",
                VAR_ADVIESDATUM, "2026-12-10"));
        griffie.collegesBiedenAan(nr);
    }
}
