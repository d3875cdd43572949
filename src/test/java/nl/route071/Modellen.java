package nl.route071;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/** The model files as a process owner deploys them: a BPMN with every form its tasks name. */
public final class Modellen {

    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

    private Modellen() {
    }

    /** Every form a model's tasks name in {@code camunda:formRef}, as Modeler's deploy dialog attaches them. */
    public static List<Path> formulierenVan(Path model) {
        try {
            return FORM_REF.matcher(Files.readString(model)).results().map(m -> m.group(1)).distinct()
                    .map(id -> Path.of("processes", "forms", id + ".form")).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deploys {@code processes/<file>} with its forms under this name, as a new version. */
    public static Deployment deployMetFormulieren(RepositoryService repositoryService, String naam, String bestand) {
        DeploymentBuilder deployment = repositoryService.createDeployment().name(naam).addClasspathResource("processes/" + bestand);
        formulierenVan(Path.of("processes", bestand)).forEach(form -> deployment.addClasspathResource("processes/forms/" + form.getFileName()));
        return deployment.deploy();
    }
}
