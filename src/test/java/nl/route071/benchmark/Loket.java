package nl.route071.benchmark;

import java.util.List;
import java.util.Map;

/** Where a benchmark client does its work: the engine's Java API in the same JVM, or the REST API of a node. */
interface Loket {

    /** An open user task: its id and its activity id. */
    record Taak(String id, String activiteit) {
    }

    /** Starts a proposal; returns its business key (the proposal number). */
    String dienIn(String titel, String ambitie, List<String> gemeenten);

    /** The proposal number of an earlier start with this title, or null: makes a start after a crash safe to repeat. */
    String nummerVan(String titel);

    List<Taak> openTaken(String voorstelnummer);

    /** Completes the task; false when it no longer exists (completed by an earlier, interrupted attempt). */
    boolean voltooi(String taakId, Map<String, Object> formulier);

    boolean afgerond(String voorstelnummer);
}
