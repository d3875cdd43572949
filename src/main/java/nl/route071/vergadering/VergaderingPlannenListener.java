package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.*;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import nl.route071.directory.Regiocommissies;
import nl.route071.gedeeld.Klok;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a meeting: the regiocommissie must exist, the start lie in the future, an interim meeting name its reason
 * ({@link Vergaderregels}); writes the start, the business key {@code VG-<regiocommissie>-<yyyyMMdd-HHmm>} and the
 * texts the forms and mails show, and puts the meeting on the overview's list ({@link Vergaderlijst}).
 */
@Component("vergaderingPlannen")
class VergaderingPlannenListener implements ExecutionListener {

    private static final DateTimeFormatter SLEUTEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Vergaderingen vergaderingen;
    private final Vergaderlijst vergaderlijst;

    VergaderingPlannenListener(Vergaderingen vergaderingen, Vergaderlijst vergaderlijst) {
        this.vergaderingen = vergaderingen;
        this.vergaderlijst = vergaderlijst;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Regiocommissies.Regiocommissie rc = vergaderingen.regiocommissie(execution);
        Object soort = execution.getVariable(VAR_SOORT);
        Vergaderregels.controleerSoort(soort, execution.getVariable(VAR_AANLEIDING));
        LocalDateTime aanvang = Vergaderregels.aanvang(execution.getVariable(VAR_VERGADERDATUM), execution.getVariable(VAR_AANVANGSTIJD),
                Klok.nu());
        String sleutel = "VG-" + rc.id().replaceFirst("^regiocommissie-", "") + "-" + aanvang.format(SLEUTEL);
        vergaderingen.controleerUniek(sleutel, rc.naam(), aanvang);
        execution.setProcessBusinessKey(sleutel);
        execution.setVariable(VAR_AANVANG, aanvang.toString());
        execution.setVariable(VAR_AANVANG_TIJDSTIP, Vergaderingen.tijdstip(aanvang));
        execution.setVariable("aanvangTekst", Vergaderregels.tekst(aanvang));
        String soortNaam = Vergaderregels.soortNaam((String) soort);
        execution.setVariable("regiocommissieNaam", rc.naam());
        execution.setVariable("soortVergaderingNaam", soortNaam);
        execution.setVariable("oproepingstermijnDagen", rc.oproepingstermijnDagen());
        vergaderlijst.gepland(execution.getProcessInstanceId(), sleutel, rc.id(), rc.naam(), (String) soort, soortNaam, aanvang,
                execution.getVariable(VAR_LOCATIE) instanceof String locatie ? locatie : null);
    }
}
