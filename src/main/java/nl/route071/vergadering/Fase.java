package nl.route071.vergadering;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a proposal that a regiocommissie meeting treats, each with the user task of {@code regionaalVoorstel}
 * the proposal waits at and the outcomes the meeting can give it.
 */
enum Fase {

    STARTBIJEENKOMST("startbijeenkomst", "Startbijeenkomst (inbreng voor de uitwerking)", "UserTask_StartbijeenkomstHouden", Set.of("behandeld", "verdaagd")),
    BEELDVORMING("beeldvorming", "Beeldvorming", "UserTask_BeeldvormingHouden", Set.of("behandeld", "verdaagd")),
    BEELD_EN_OORDEELSVORMING("beeldEnOordeelsvorming", "Beeldvorming en oordeelsvorming in één vergadering", "UserTask_BeeldvormingHouden",
            Set.of("consensus", "stemming", "verdaagd")),
    OORDEELSVORMING("oordeelsvorming", "Oordeelsvorming", "UserTask_OordeelsvormingHouden", Set.of("consensus", "stemming", "verdaagd")),
    STEMMING("stemming", "Stemming (opnieuw geagendeerd)", "UserTask_StemmingAgenderen", Set.of("stemming", "verdaagd")),
    /** A raad's verantwoording to the regiocommissie: put on the agenda at adoption, recorded at the meeting. */
    VERANTWOORDING("verantwoording", "Verantwoording van de raad", "UserTask_VerantwoordingAgenderen", Set.of("behandeld", "verdaagd")),
    /** A verantwoording already on an agenda before (its meeting cancelled or the item adjourned). */
    VERANTWOORDING_GEAGENDEERD("verantwoordingGeagendeerd", "Verantwoording van de raad (doorgeschoven)", "UserTask_VerantwoordingVastleggen",
            Set.of("behandeld", "verdaagd")),
    /** The quarterly progress of the uitvoering of one ambitie (process voortgangsbespreking). */
    VOORTGANG("voortgang", "Voortgang van de uitvoering (kwartaalbespreking)", "UserTask_VoortgangBesprekenInRegiocommissie",
            Set.of("behandeld", "verdaagd"));

    /**
     * The steps outside {@code regionaalVoorstel}, keyed on their task ids whatever process holds them: the meeting
     * completes them, and by hand they cannot be completed while on an agenda ({@link Agendabewaking}).
     */
    static final Set<Fase> BUITEN_HET_VOORSTEL = Set.of(VERANTWOORDING, VERANTWOORDING_GEAGENDEERD, VOORTGANG);

    static final String TASK_STEMMING_VASTLEGGEN = "UserTask_StemmingVastleggen";

    final String id;
    final String naam;
    final String taak;
    final Set<String> uitkomsten;

    Fase(String id, String naam, String taak, Set<String> uitkomsten) {
        this.id = id;
        this.naam = naam;
        this.taak = taak;
        this.uitkomsten = uitkomsten;
    }

    /** The user tasks of {@code regionaalVoorstel} at which a proposal waits for its regiocommissie. */
    static List<String> wachttaken() {
        return Arrays.stream(values()).map(f -> f.taak).distinct().toList();
    }

    /** The phase of a proposal waiting at the task (beeldvorming alone for the beeldvorming task). */
    static Optional<Fase> vanTaak(String taak) {
        return Arrays.stream(values()).filter(f -> f.taak.equals(taak)).findFirst();
    }

    boolean verantwoording() {
        return this == VERANTWOORDING || this == VERANTWOORDING_GEAGENDEERD;
    }

    static Optional<Fase> van(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
