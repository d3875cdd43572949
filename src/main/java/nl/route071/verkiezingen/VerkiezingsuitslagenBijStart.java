package nl.route071.verkiezingen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the election results of {@code referentie/} at start: elections not stored yet. Bad data stops the start. */
@Component
@Order(0)
class VerkiezingsuitslagenBijStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(VerkiezingsuitslagenBijStart.class);

    private final VerkiezingsuitslagenImport importeur;

    VerkiezingsuitslagenBijStart(VerkiezingsuitslagenImport importeur) {
        this.importeur = importeur;
    }

    @Override
    public void run(ApplicationArguments args) {
        VerkiezingsuitslagenImport.Resultaat resultaat = importeur.importeerReferentie();
        LOG.info("Verkiezingsuitslagen: {} lijsten van {} nieuw opgeslagen, {} al aanwezig. {}", resultaat.lijsten(),
                resultaat.verkiezingen(), resultaat.overgeslagen(), String.join(" ", resultaat.opmerkingen()));
    }
}
