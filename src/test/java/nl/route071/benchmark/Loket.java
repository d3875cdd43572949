package nl.route071.benchmark;

import java.util.List;
import java.util.Map;

/** Where a benchmark client does its work: the engine's Java API in the same JVM, or the REST API of a node. */
interface Loket {

    /** An open user task: its id, its activity id and its process definition (with the activity: which form). */
    record Taak(String id, String activiteit, String definitie) {
    }

    /** What became of a completion. */
    enum Uitkomst {
        /** completed by this client */
        VOLTOOID,
        /** gone before this client completed it: removed by its route (a terminate end) or completed by another */
        VERDWENEN,
        /** a concurrent change of the same process instance refused it; the task is still open: try again */
        CONFLICT
    }

    /** Starts a proposal; returns its business key (the proposal number). */
    String dienIn(String titel, String ambitie, List<String> gemeenten);

    /** The proposal number of an earlier start with this title, or null: makes a start after a crash safe to repeat. */
    String nummerVan(String titel);

    List<Taak> openTaken(String voorstelnummer);

    /** The task's deployed Camunda Form (form-js JSON): the driver fills it as a user would. */
    String formulier(String taakId);

    Uitkomst voltooi(String taakId, Map<String, Object> formulier);

    boolean afgerond(String voorstelnummer);
}
