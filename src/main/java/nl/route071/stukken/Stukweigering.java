package nl.route071.stukken;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A stuk refused or not found, with a Dutch message and the HTTP status the pages answer with (400, 403, 404, 413,
 * 415). Nothing has been stored when it is thrown. A {@link BadUserRequestException}, so the engine's REST answers 400
 * when it comes from inside the engine (a required stuk missing at task completion).
 */
public class Stukweigering extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public Stukweigering(int status, String melding) {
        super(melding);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static Stukweigering ongeldig(String melding) {
        return new Stukweigering(400, melding);
    }

    static Stukweigering nietGevonden() {
        // the same answer for a stuk that does not exist and one the user may not read: nothing is revealed
        return new Stukweigering(404, "Dit stuk bestaat niet of u mag het niet inzien.");
    }
}
