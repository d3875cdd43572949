package nl.route071.formulier;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/** What a caller sent does not match the task's or start event's form; 400 with each field named in Dutch. */
public class Formulierfout extends BadUserRequestException {

    private final List<String> fouten;

    Formulierfout(String formulier, List<String> fouten) {
        super("Het formulier ‘" + formulier + "’ is niet verwerkt: " + String.join(" ", fouten));
        this.fouten = List.copyOf(fouten);
    }

    /** Each fault, one sentence naming the field. */
    public List<String> fouten() {
        return fouten;
    }
}
