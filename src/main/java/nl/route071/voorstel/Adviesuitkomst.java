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
        execution.setVariable(VAR_STEMMING_PER_FRACTIE, GEEN_STEMMING);
    }

    /** After a vote: {@code verworpen} gives a negative advice, consensus and aangenomen a positive one. */
    public void naStemming(DelegateExecution execution) {
        String stemuitslag = (String) execution.getVariable(VAR_STEMUITSLAG);
        execution.setVariable(VAR_ADVIES_UITKOMST, uitkomst(stemuitslag));
        execution.setVariable(VAR_STEMVERHOUDING,
                stemverhouding(stemuitslag, execution.getVariable(VAR_STEMMEN)));
        execution.setVariable(VAR_STEMMING_PER_FRACTIE, perFractie(execution.getVariable(VAR_STEMMEN)));
    }

    /** What the raden see instead of a vote per fractie after consensus. */
    static final String GEEN_STEMMING = "Consensus in de oordeelsvorming; er is niet per fractie gestemd.";

    /**
     * The vote per fractie, one line each in the stemlijst's order: "Leiden, GroenLinks: voor (gewicht 12.345)". The
     * weight is the fractie's votes at the raad's election; an invented weight is marked DEMO. Nothing is added up here:
     * the totals and the outcome are the DMN's ({@code stemverhouding}, {@code stemuitslag}).
     */
    static String perFractie(Object stemmen) {
        java.util.Locale nl = java.util.Locale.forLanguageTag("nl-NL");
        StringBuilder tekst = new StringBuilder();
        for (Stemmen.Stem stem : Stemmen.van(stemmen).map(Stemmen::regels).orElse(java.util.List.of())) {
            if (!tekst.isEmpty()) {
                tekst.append('\n');
            }
            tekst.append(stem.gemeente()).append(", ").append(stem.fractie()).append(": ").append(stem.keuze())
                    .append(String.format(nl, " (gewicht %,d%s)", stem.gewicht(), stem.isDemo() ? ", DEMO" : ""));
        }
        return tekst.isEmpty() ? "Geen stemming per fractie vastgelegd." : tekst.toString();
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
