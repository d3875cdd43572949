package nl.route071.voorstel;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import nl.route071.stemming.Stemmen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The content of the joint advice: the regiocommissie decides nothing (seed 2.2: "Besluiten worden er niet
 * genomen"), so the outcome of its oordeelsvorming, consensus or a weighted vote, becomes a positive or a negative
 * advice with the figures, and the advice goes to the raden either way. Called on the flows into the advice.
 */
@Component("adviesuitkomst")
public class Adviesuitkomst {

    public static final String POSITIEF = "positief";
    public static final String NEGATIEF = "negatief";

    /** Consensus in the oordeelsvorming: a positive advice without a vote. */
    public void naConsensus(DelegateExecution execution) {
        execution.setVariable(VAR_ADVIES_UITKOMST, POSITIEF);
        execution.setVariable(VAR_STEMVERHOUDING, "Consensus in de oordeelsvorming; er is niet gestemd.");
    }

    /** After a vote: {@code verworpen} gives a negative advice, consensus and aangenomen a positive one. */
    public void naStemming(DelegateExecution execution) {
        String stemuitslag = (String) execution.getVariable(VAR_STEMUITSLAG);
        execution.setVariable(VAR_ADVIES_UITKOMST, uitkomst(stemuitslag));
        execution.setVariable(VAR_STEMVERHOUDING,
                stemverhouding(stemuitslag, execution.getVariable(VAR_STEMMEN)));
    }

    static String uitkomst(String stemuitslag) {
        return "verworpen".equals(stemuitslag) ? NEGATIEF : POSITIEF;
    }

    /** "Stemuitslag: verworpen. Gewogen stemmen: voor 5.527, tegen 6.158, onthouding 2.048, afwezig 0." */
    static String stemverhouding(String stemuitslag, Object stemmen) {
        Stemmen.Gewogen totaal = Stemmen.van(stemmen).map(Stemmen::gewogen).orElse(Stemmen.Gewogen.GEEN);
        return String.format(java.util.Locale.forLanguageTag("nl-NL"),
                "Stemuitslag: %s. Gewogen stemmen: voor %,d, tegen %,d, onthouding %,d, afwezig %,d.", stemuitslag,
                totaal.voor(), totaal.tegen(), totaal.onthouding(), totaal.afwezig());
    }
}
