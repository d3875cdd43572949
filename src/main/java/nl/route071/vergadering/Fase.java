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
    STEMMING("stemming", "Stemming (opnieuw geagendeerd)", "UserTask_StemmingAgenderen", Set.of("stemming", "verdaagd"));

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

    static Optional<Fase> van(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
