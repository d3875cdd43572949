package nl.route071;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The decision tables of {@code decisions/} as the DMN tests read them: Camunda's DMN engine on the file itself, no
 * Spring, no process engine. A file is named after its decision ({@code decisions/<id>.dmn}).
 */
public final class Beslistabellen {

    /** One DMN engine for every decision test (it holds no state between evaluations). */
    public static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private Beslistabellen() {
    }

    /** The decision {@code id} from {@code decisions/<id>.dmn}. */
    public static DmnDecision beslissing(String id) {
        try (InputStream dmn = Files.newInputStream(bestand(id))) {
            return ENGINE.parseDecision(id, dmn);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every decision of {@code decisions/<bestand>.dmn}, with its requirements. */
    public static DmnDecisionRequirementsGraph graaf(String bestand) {
        try (InputStream dmn = Files.newInputStream(bestand(bestand))) {
            return ENGINE.parseDecisionRequirementsGraph(dmn);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path bestand(String naam) {
        return Path.of("decisions", naam + ".dmn");
    }
}
