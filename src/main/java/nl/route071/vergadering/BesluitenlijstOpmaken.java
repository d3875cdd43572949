package nl.route071.vergadering;

import static nl.route071.vergadering.VergaderingProcess.VAR_BESLUITEN;
import static nl.route071.vergadering.VergaderingProcess.VAR_LOCATIE;
import static nl.route071.vergadering.VergaderingProcess.VAR_REGIOCOMMISSIE;
import static nl.route071.vergadering.VergaderingProcess.VAR_VERGADERDATUM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.route071.stukken.Besluitenlijsten;
import nl.route071.stukken.Stuk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Service task "Besluitenlijst opmaken" (async, retried like the other side effects): the adopted besluitenlijst of the
 * meeting as PDF/A and PDF/UA ({@link Besluitenlijsten}), stored as a stuk of kind {@code besluitenlijst} of each
 * proposal on the agenda, with the meeting's key as {@code vergadering}. Its rows are exactly the meeting's recorded
 * {@code besluiten} (agenda item, proposal, title, decision). A retried job stores nothing twice. The send task after it
 * attaches the PDF to the mail that publishes the list (nl.route071.notificatie).
 */
@Component("besluitenlijstOpmaken")
class BesluitenlijstOpmaken implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(BesluitenlijstOpmaken.class);

    private final Besluitenlijsten besluitenlijsten;

    BesluitenlijstOpmaken(Besluitenlijsten besluitenlijsten) {
        this.besluitenlijsten = besluitenlijsten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Besluitenlijsten.Punt> punten = new ArrayList<>();
        for (Besluiten.Besluit besluit : Besluiten.van(execution.getVariable(VAR_BESLUITEN)).besluiten()) {
            // the proposal of the item: a verantwoording's proposal, none for a voortgang item (Vergaderingen.voorstelVan)
            punten.add(new Besluitenlijsten.Punt(String.valueOf(besluit.volgnummer()), besluit.voorstel(), besluit.titel(), besluit.besluit()));
        }
        Object naam = execution.getVariable("regiocommissieNaam");
        String orgaan = naam != null ? String.valueOf(naam) : "Regiocommissie " + execution.getVariable(VAR_REGIOCOMMISSIE);
        Object locatie = execution.getVariable(VAR_LOCATIE);
        Besluitenlijsten.Vergadering vergadering = new Besluitenlijsten.Vergadering(execution.getProcessBusinessKey(), orgaan,
                LocalDate.parse(String.valueOf(execution.getVariable(VAR_VERGADERDATUM))), locatie == null ? null : String.valueOf(locatie), punten);
        List<Stuk> opgeslagen = besluitenlijsten.bewaar(vergadering);
        LOG.info("Besluitenlijst van vergadering {} opgemaakt en bewaard bij {}", vergadering.vergadering(),
                opgeslagen.stream().map(Stuk::voorstelnummer).toList());
    }
}
