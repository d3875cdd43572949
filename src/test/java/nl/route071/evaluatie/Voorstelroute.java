package nl.route071.evaluatie;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.route071.Griffie;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.raad.Raadsvergaderingen;
import nl.route071.uitvoering.UitvoeringProcess;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives proposals through the real route with the Java API, as the people in Tasklist would, on chosen
 * days (the engine clock is set to each day), to seed a history for the report and the overview.
 * Call {@link #klokTerug()} after the test.
 */
public final class Voorstelroute {

    private final RuntimeService runtimeService;
    private final Griffie griffie;
    private final ProcessEngine engine;

    public Voorstelroute(ProcessEngine engine) {
        this.engine = engine;
        this.runtimeService = engine.getRuntimeService();
        this.griffie = new Griffie(engine);
    }

    public static void op(String dag) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(dag).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** The engine clock's day, as the date of the meeting held on it. */
    private static String vandaag() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).toString();
    }

    public static void klokTerug() {
        ClockUtil.reset();
    }

    public String dienIn(String dag, String titel, String ambitie, String soortBesluit, String... gemeenten) {
        op(dag);
        Map<String, Object> formulier = new HashMap<>();
        formulier.put(VAR_TITEL, titel);
        formulier.put(VAR_AMBITIE, ambitie);
        formulier.put(VAR_SOORT_BESLUIT, soortBesluit);
        formulier.put(VAR_DEELNEMENDE_GEMEENTEN, SpinValues.jsonValue(Spin.JSON(List.of(gemeenten))).create());
        formulier.put(VAR_INITIATIEF, "bestuurstafel");
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, formulier).getBusinessKey();
    }

    public void bestuurstafel(String nr, String ambitie, String besluit) {
        griffie.voltooi(nr, "werkgroep-" + ambitie, TASK_VOORSTEL_VOORBEREIDEN, Map.of("voorstelTekst", "Uitgewerkt voorstel"));
        griffie.voltooi(nr, "bestuurstafel-" + ambitie, TASK_VOORSTEL_VASTSTELLEN, Map.of(VAR_BESLUIT_BESTUURSTAFEL, besluit));
    }

    public void consensus(String nr) {
        beeldvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, true, "vergaderdatumOordeelsvorming", vandaag()));
    }

    /** No consensus: the regiogriffie records each fractie's vote, given its gemeente id. */
    public void stemming(String nr, String dag, Function<String, String> stemPerGemeente) {
        beeldvorming(nr);
        griffie.voltooi(nr, "regiogriffie", TASK_OORDEELSVORMING_HOUDEN, Map.of(VAR_CONSENSUS, false, "vergaderdatumOordeelsvorming", vandaag()));
        op(dag);
        griffie.legStemmingVast(nr, dag, regel -> stemPerGemeente.apply(regel.prop("gemeenteId").stringValue()));
    }

    private void beeldvorming(String nr) {
        griffie.voltooi(nr, "regiogriffie", TASK_BEELDVORMING_HOUDEN,
                Map.of("vergaderdatumBeeldvorming", vandaag(), "toelichterBestuurlijk", "wethouder", "toelichterMaatschappelijk", "maatschappelijk lid", "toelichters", "wethouder en maatschappelijk lid"));
    }

    public void advies(String nr, String adviesType, String adviesdatum) {
        op(adviesdatum);
        griffie.voltooi(nr, "regiogriffie", TASK_ADVIES_OPSTELLEN,
                Map.of(VAR_ADVIES_TYPE, adviesType, "adviesTekst", "Neem het voorstel over", VAR_ADVIESDATUM, adviesdatum));
    }

    /** The griffie puts the meeting in its raad calendar (if it is not there), then chooses it in "Advies agenderen". */
    public void agenderen(String nr, String gemeente, String raadsvergadering) {
        Raadsvergaderingen.zorgVoor(engine, gemeente, raadsvergadering);
        griffie.collegesBiedenAan(nr);
        griffie.voltooi(nr, "griffie-" + gemeente, RaadsbehandelingProcess.TASK_ADVIES_AGENDEREN,
                Map.of("raadsvergadering", raadsvergadering));
    }

    /** The council decides on its day; a deviation is accounted for in the regiocommissie right after. */
    public void raadsbesluit(String nr, String gemeente, String besluit, String besluitdatum, Map<String, Object> extra,
            String verantwoording) {
        agenderen(nr, gemeente, besluitdatum);
        op(besluitdatum);
        Map<String, Object> formulier = new HashMap<>(extra);
        formulier.put("raadsbesluit", besluit);
        formulier.put("besluitdatum", besluitdatum);
        griffie.voltooi(nr, "griffie-" + gemeente, RaadsbehandelingProcess.TASK_RAADSBESLUIT_VASTLEGGEN, formulier);
        if (verantwoording != null) {
            griffie.voltooi(nr, "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_AGENDEREN,
                    Map.of("vergaderdatumVerantwoording", besluitdatum));
            griffie.voltooi(nr, "regiogriffie", RaadsbehandelingProcess.TASK_VERANTWOORDING_VASTLEGGEN,
                    Map.of("verantwoording", verantwoording));
        }
        griffie.voerJobsUit(nr);
    }

    public void raadsbesluit(String nr, String gemeente, String besluit, String besluitdatum) {
        raadsbesluit(nr, gemeente, besluit, besluitdatum, Map.of(), null);
    }

    public void uitvoeringOrganiseren(String nr, String gemeente) {
        griffie.voltooi(nr, "uitvoering-" + gemeente, UitvoeringProcess.TASK_UITVOERING_ORGANISEREN, Map.of("uitvoerder", "zelf"));
    }

    /** Lets the quarterly progress timers of the proposal fire on the given day. */
    public void kwartaalVerstreken(String nr, String dag) {
        op(dag);
        griffie.voerJobsUit(nr);
    }

    public void voortgang(String nr, String gemeente, String status) {
        griffie.voltooi(nr, "uitvoering-" + gemeente, UitvoeringProcess.TASK_VOORTGANG_RAPPORTEREN,
                Map.of("voortgangsstatus", status, "voortgang", "Stand van zaken: " + status));
    }

    public void uitvoeringGereed(String nr, String gemeente, String dag) {
        op(dag);
        griffie.voltooi(nr, "uitvoering-" + gemeente, UitvoeringProcess.TASK_UITVOERING_GEREED_MELDEN,
                Map.of("gereedDatum", dag, "eindverslag", "Gereed"));
        griffie.voerJobsUit(nr);
    }
}
