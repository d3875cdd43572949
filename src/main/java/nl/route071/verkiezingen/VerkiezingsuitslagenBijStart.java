package nl.route071.verkiezingen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Loads the election results of {@code referentie/} at start (step 1 of {@code Opstart}): elections not stored yet. Bad data stops the start. */
@Component
public class VerkiezingsuitslagenBijStart {

    private static final Logger LOG = LoggerFactory.getLogger(VerkiezingsuitslagenBijStart.class);

    private final VerkiezingsuitslagenImport importeur;

    VerkiezingsuitslagenBijStart(VerkiezingsuitslagenImport importeur) {
        this.importeur = importeur;
    }

    public void laden() {
        VerkiezingsuitslagenImport.Resultaat resultaat = importeur.importeerReferentie();
        LOG.info("Verkiezingsuitslagen: {} lijsten van {} nieuw opgeslagen, {} al aanwezig. {}", resultaat.lijsten(),
                resultaat.verkiezingen(), resultaat.overgeslagen(), String.join(" ", resultaat.opmerkingen()));
    }
}
