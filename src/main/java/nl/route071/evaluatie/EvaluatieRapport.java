package nl.route071.evaluatie;

import java.util.List;

/**
 * The report of an evaluation of the cooperation, computed from history ({@link EvaluatieRapportage}).
 * Plain values only, so that a stored report reads back exactly as it was made.
 *
 * @param evaluatie {@code tussenevaluatie}, {@code eindevaluatie} or {@code actueel}
 * @param van first day of the period (start of the cooperation), {@code yyyy-MM-dd}
 * @param tot last day of the period, {@code yyyy-MM-dd}
 * @param opgesteld moment the report was computed, ISO local date-time
 */
public record EvaluatieRapport(String evaluatie, String van, String tot, String opgesteld,
        List<AmbitieTelling> perAmbitie, Doorlooptijd doorlooptijd, List<Overname> overname,
        List<Afwijking> afwijkingen, List<Deelname> deelname, List<UitvoeringStand> uitvoering) {

    /** Proposals started in the period for one ambitie, by where they are now. */
    public record AmbitieTelling(String ambitie, String naam, int ingediend, int lopend, int uitgevoerd, int ingetrokken) {
    }

    /**
     * One joint advice to the councils, from the advice date to the last council decision on it.
     *
     * @param binnenNorm every council with a term decided on or before its {@code termijndatum} (a round without a
     *        term has none to exceed)
     * @param termijndatum the councils' term date, {@code yyyy-MM-dd} (the earliest if they differ); null when the
     *        soort besluit has no term, or in a report stored before the term was kept
     */
    public record Adviesronde(String voorstelnummer, String titel, String soortBesluit, String adviesdatum,
            String laatsteBesluit, long dagen, boolean binnenNorm, String termijndatum) {
    }

    /**
     * Lead times of the advice rounds in which every council has decided; median and p90 (nearest rank) in days;
     * {@code binnenNorm}: how many rounds were decided within the term.
     */
    public record Doorlooptijd(List<Adviesronde> rondes, Double mediaanDagen, Long p90Dagen, int binnenNorm) {
    }

    /** How often a council adopted the advice unchanged ({@code conform}), of all its decisions. */
    public record Overname(String gemeente, String naam, int besluiten, int conform, int afwijkingen) {

        public Integer percentage() {
            return besluiten == 0 ? null : Math.round(100f * conform / besluiten);
        }
    }

    /** A council decision that deviates from the advice, with the reason the council gave. */
    public record Afwijking(String voorstelnummer, String titel, String gemeente, String naam, String raadsbesluit,
            String besluitdatum, String amendementTekst, String verantwoording) {
    }

    /** Votes in the regiocommissie in which the gemeente had fracties, and in how many at least one of them voted. */
    public record Deelname(String gemeente, String naam, int stemmingen, int aanwezig) {

        public Integer percentage() {
            return stemmingen == 0 ? null : Math.round(100f * aanwezig / stemmingen);
        }
    }

    /** Uitvoering in one gemeente: running and completed, and the latest progress report. */
    public record UitvoeringStand(String gemeente, String naam, int lopend, int afgerond, String laatsteVoortgangsstatus,
            String laatsteRapportage) {
    }

    public String titel() {
        return switch (evaluatie) {
            case "tussenevaluatie" -> "Rapportage tussenevaluatie";
            case "eindevaluatie" -> "Rapportage eindevaluatie";
            default -> "Actuele rapportage";
        };
    }
}
