package nl.route071;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The deployments a test adds to a shared context, removed afterwards (with their instances), so that a changed
 * model it deployed does not become the latest version for the next test class. Take {@link #vooraf} in
 * {@code @BeforeEach}, call {@link #opruimen} in {@code @AfterEach}.
 */
public final class Deployments {

    private final RepositoryService repositoryService;
    private final Set<String> vooraf;

    private Deployments(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
        this.vooraf = ids(repositoryService);
    }

    public static Deployments vooraf(RepositoryService repositoryService) {
        return new Deployments(repositoryService);
    }

    public void opruimen() {
        repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).filter(id -> !vooraf.contains(id))
                .forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    private static Set<String> ids(RepositoryService repositoryService) {
        return repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).collect(Collectors.toSet());
    }
}
