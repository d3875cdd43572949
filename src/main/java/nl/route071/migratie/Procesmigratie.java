package nl.route071.migratie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of a process's older versions to its latest version with Camunda's
 * migration API: equal activity ids are mapped ({@code mapEqualActivities}), event triggers follow the
 * new model ({@code updateEventTriggers}). An instance waiting in an activity that the latest version no
 * longer has (or has as an incompatible kind of activity) stays where it is and is reported.
 *
 * <p>A dry run takes the same steps per instance inside a transaction that is rolled back, so it reports
 * exactly what a real run would move, including the engine's own objections, and changes nothing.
 */
@Service
class Procesmigratie {

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactions;
    private final IdentityService identityService;

    /** The process owner who runs a migration: user id and groups. */
    record Eigenaar(String id, List<String> groepen) {
    }

    Procesmigratie(RepositoryService repositoryService, RuntimeService runtimeService,
            PlatformTransactionManager transactionManager, IdentityService identityService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Empty when no process with this key is deployed. Each instance is migrated as the process owner who asked
     * ({@code eigenaar}, with their groups), so Camunda's operation log names them; the instances of every gemeente
     * are theirs to migrate (the door lets only procesbeheer and administrators in).
     */
    Optional<Migratierapport> migreer(String processDefinitionKey, boolean proefrun, Eigenaar eigenaar) {
        List<ProcessDefinition> versies = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processDefinitionKey).withoutTenantId().orderByProcessDefinitionVersion().asc().list();
        if (versies.isEmpty()) {
            return Optional.empty();
        }
        ProcessDefinition doel = versies.get(versies.size() - 1);
        List<Migratierapport.Bronversie> bronversies = new ArrayList<>();
        int gemigreerd = 0;
        int lopend = 0;
        for (ProcessDefinition bron : versies.subList(0, versies.size() - 1)) {
            List<ProcessInstance> instanties = runtimeService.createProcessInstanceQuery()
                    .processDefinitionId(bron.getId()).orderByProcessInstanceId().asc().list();
            if (instanties.isEmpty()) {
                continue;
            }
            Migratierapport.Bronversie versie = migreer(bron, doel, instanties, proefrun, eigenaar);
            bronversies.add(versie);
            lopend += versie.lopendeInstanties();
            gemigreerd += proefrun ? 0 : versie.gaanMee().aantal();
        }
        int mee = bronversies.stream().mapToInt(b -> b.gaanMee().aantal()).sum();
        return Optional.of(new Migratierapport(processDefinitionKey, proefrun, doel.getVersion(), bronversies, gemigreerd,
                samenvatting(proefrun, doel.getVersion(), lopend, mee)));
    }

    private Migratierapport.Bronversie migreer(ProcessDefinition bron, ProcessDefinition doel,
            List<ProcessInstance> instanties, boolean proefrun, Eigenaar eigenaar) {
        MigrationPlan plan;
        try {
            plan = runtimeService.createMigrationPlan(bron.getId(), doel.getId())
                    .mapEqualActivities().updateEventTriggers().build();
        }
        catch (MigrationPlanValidationException e) {
            List<String> planfouten = planfouten(e);
            List<Migratierapport.NietMigreerbaar> niet = instanties.stream()
                    .map(i -> new Migratierapport.NietMigreerbaar(i.getBusinessKey(), i.getId(),
                            "Het migratieplan van versie " + bron.getVersion() + " naar " + doel.getVersion() + " is ongeldig"))
                    .toList();
            return new Migratierapport.Bronversie(bron.getVersion(), instanties.size(),
                    new Migratierapport.Instanties(0, List.of()), niet, planfouten);
        }
        Set<String> gemapt = new LinkedHashSet<>();
        for (MigrationInstruction instructie : plan.getInstructions()) {
            gemapt.add(instructie.getSourceActivityId());
        }
        BpmnModelInstance bronmodel = repositoryService.getBpmnModelInstance(bron.getId());
        List<String> mee = new ArrayList<>();
        List<Migratierapport.NietMigreerbaar> niet = new ArrayList<>();
        for (ProcessInstance instantie : instanties) {
            Optional<String> ontbrekend = activiteitZonderTegenhanger(instantie, gemapt);
            if (ontbrekend.isPresent()) {
                niet.add(new Migratierapport.NietMigreerbaar(instantie.getBusinessKey(), instantie.getId(),
                        "Wacht in '" + naam(bronmodel, ontbrekend.get()) + "' (" + ontbrekend.get()
                                + "), dat versie " + doel.getVersion() + " niet (meer) heeft"));
                continue;
            }
            Optional<String> weigering = voerUit(plan, instantie, proefrun, eigenaar);
            if (weigering.isPresent()) {
                niet.add(new Migratierapport.NietMigreerbaar(instantie.getBusinessKey(), instantie.getId(),
                        "De engine weigert: " + weigering.get()));
            }
            else {
                mee.add(instantie.getBusinessKey());
            }
        }
        return new Migratierapport.Bronversie(bron.getVersion(), instanties.size(),
                new Migratierapport.Instanties(mee.size(), mee), niet, List.of());
    }

    /** The migration of one instance in its own transaction, rolled back in a dry run; the engine's objection if any. */
    private Optional<String> voerUit(MigrationPlan plan, ProcessInstance instantie, boolean proefrun, Eigenaar eigenaar) {
        try {
            transactions.executeWithoutResult(status -> {
                List<String> gemeenten = identityService.createTenantQuery().list().stream().map(Tenant::getId).toList();
                identityService.setAuthentication(eigenaar.id(), eigenaar.groepen(), gemeenten);
                try {
                    runtimeService.newMigration(plan).processInstanceIds(instantie.getId()).execute();
                }
                finally {
                    identityService.clearAuthentication();
                }
                if (proefrun) {
                    status.setRollbackOnly();
                }
            });
            return Optional.empty();
        }
        catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** The first activity (or job before/after one) the instance is in that the plan does not map. */
    private Optional<String> activiteitZonderTegenhanger(ProcessInstance instantie, Set<String> gemapt) {
        ActivityInstance boom = runtimeService.getActivityInstance(instantie.getId());
        if (boom == null) {
            return Optional.empty();
        }
        List<String> activiteiten = new ArrayList<>();
        verzamel(boom, activiteiten);
        return activiteiten.stream()
                .filter(id -> !gemapt.contains(id) && !gemapt.contains(id.replace(MULTI_INSTANCE_BODY, "")))
                .findFirst();
    }

    private static void verzamel(ActivityInstance ouder, List<String> activiteiten) {
        for (ActivityInstance kind : ouder.getChildActivityInstances()) {
            activiteiten.add(kind.getActivityId());
            verzamel(kind, activiteiten);
        }
        for (TransitionInstance overgang : ouder.getChildTransitionInstances()) {
            activiteiten.add(overgang.getActivityId());
        }
    }

    private static List<String> planfouten(MigrationPlanValidationException e) {
        List<String> fouten = new ArrayList<>();
        e.getValidationReport().getInstructionReports().forEach(rapport -> rapport.getFailures().forEach(fout -> fouten.add(
                rapport.getMigrationInstruction().getSourceActivityId() + " -> "
                        + rapport.getMigrationInstruction().getTargetActivityId() + ": " + fout)));
        e.getValidationReport().getVariableReports().forEach((variabele, rapport) -> rapport.getFailures()
                .forEach(fout -> fouten.add("variabele " + variabele + ": " + fout)));
        return fouten.isEmpty() ? List.of(String.valueOf(e.getMessage())) : Collections.unmodifiableList(fouten);
    }

    private static String naam(BpmnModelInstance model, String activiteitId) {
        ModelElementInstance element = model.getModelElementById(activiteitId.replace(MULTI_INSTANCE_BODY, ""));
        String naam = element == null ? null : element.getAttributeValue("name");
        return naam == null ? activiteitId : naam;
    }

    private static String samenvatting(boolean proefrun, int doelversie, int lopend, int mee) {
        if (lopend == 0) {
            return "Geen lopende instanties op een oudere versie dan versie " + doelversie + ".";
        }
        return mee + " van de " + lopend + " lopende instanties op oudere versies "
                + (proefrun ? "zouden meegaan" : "zijn gemigreerd") + " naar versie " + doelversie
                + (proefrun ? " (proefrun: er is niets veranderd)." : ".");
    }
}
