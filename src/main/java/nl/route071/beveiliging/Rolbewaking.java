package nl.route071.beveiliging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.route071.gedeeld.Groepen;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Who may take a step, enforced in every deployed model by a parse listener (so no model, old or new, goes
 * without it, and {@code skipCustomListeners} does not skip it):
 * <ul>
 * <li>a council treatment, a college decision and an uitvoering are parts of a regional proposal: they start only as
 * the call activity of {@code regionaalVoorstel}. Started directly by a user (REST, Tasklist, the Java API with a user,
 * a restart or an instantiation at an activity), whatever their groups, they are refused before any step or task
 * exists; a test or Route071's own code without a user may start them to try one piece of the route;</li>
 * <li>a decision of a bestuurstafel (a user task for {@code bestuurstafel-<ambitie>}: adopting, returning or
 * withdrawing a proposal, weighing a negative advice) is a portefeuillehouder's: a maatschappelijk lid (group
 * {@value #MAATSCHAPPELIJKE_LEDEN}) explains and advises at the table, and cannot complete such a task alone;</li>
 * <li>who handles a task is the model's choice: a user (not a beheerder) assigns a task only to a member of its
 * candidate groups, and adds or removes no candidate group or user. A griffie holds {@code TASK_ASSIGN} on its own
 * tasks to set their due and follow-up dates in Tasklist (toegang/Gemeentetenants); without this rule the same grant
 * would let it hand a task, and with it the task's data, to another gemeente; nor does it change a task's name,
 * description, priority or owner (only its dates).</li>
 * </ul>
 */
@Component
class Rolbewaking extends AbstractProcessEnginePlugin {

    static final String VOORSTEL = "regionaalVoorstel";
    /** Each called process of the route with the Dutch name of what it is. */
    static final Map<String, String> ONDERDELEN = Map.of("raadsbehandeling", "Een raadsbehandeling", "collegebesluit",
            "Een collegebesluit", "uitvoering", "Een uitvoering");
    static final String MAATSCHAPPELIJKE_LEDEN = "maatschappelijke-leden";
    static final String BESTUURSTAFEL = "bestuurstafel-";
    static final String ALLEEN_BESTUURLIJK = "Alleen een bestuurlijk lid (portefeuillehouder) van de bestuurstafel stelt een voorstel vast, "
            + "stuurt het terug of trekt het in; een maatschappelijk lid licht toe en adviseert, maar besluit niet.";

    static String alleenVoorDeGroep(Collection<String> groepen) {
        return "Deze taak gaat alleen naar een lid van " + String.join(" of ", groepen) + ", de groep die haar volgens het model behandelt.";
    }

    static final String GROEPEN_VAN_HET_MODEL = "Welke groep een taak behandelt, bepaalt het model; een taak krijgt geen andere "
            + "kandidaatgroep of kandidaat erbij en verliest er geen.";

    static final String ALLEEN_DATUMS = "Naam, omschrijving, prioriteit en eigenaar van een taak bepaalt het model; "
            + "u wijzigt alleen de vervaldatum en de opvolgdatum.";

    /** What a user who is not a beheerder changes on a task only through the model: everything but its dates. */
    static final Set<String> VAN_HET_MODEL = Set.of(TaskEntity.NAME, TaskEntity.DESCRIPTION, TaskEntity.PRIORITY, TaskEntity.OWNER);

    static String alleenVanuitVoorstel(String onderdeel) {
        return onderdeel + " start alleen vanuit een regionaal voorstel, als stap van dat voorstel; niemand start haar los.";
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new Regels());
    }

    static final class Regels extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            String onderdeel = ONDERDELEN.get(processDefinition.getKey());
            if (onderdeel != null) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                    if (aangemeld(execution) != null && !vanuitVoorstel(execution)) {
                        throw new BadUserRequestException(alleenVanuitVoorstel(onderdeel));
                    }
                });
            }
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior gedrag)) {
                return;
            }
            boolean bestuurstafel = gedrag.getTaskDefinition().getCandidateGroupIdExpressions().stream()
                    .map(Expression::getExpressionText).anyMatch(groep -> groep.startsWith(BESTUURSTAFEL));
            if (bestuurstafel) {
                gedrag.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, Regels::alleenBestuurlijk);
            }
            Collection<Expression> groepen = gedrag.getTaskDefinition().getCandidateGroupIdExpressions();
            Collection<Expression> kandidaten = gedrag.getTaskDefinition().getCandidateUserIdExpressions();
            if (!groepen.isEmpty()) {
                gedrag.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, Regels::alleenAanDeGroep);
            }
            gedrag.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE,
                    taak -> alleenDeGroepenVanHetModel(taak, groepen, kandidaten));
            gedrag.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, Regels::alleenDeDatums);
        }

        /** An assignee outside the task's candidate groups is refused, unless a beheerder or the route assigns. */
        private static void alleenAanDeGroep(DelegateTask taak) {
            String toegewezen = taak.getAssignee();
            if (toegewezen == null || !doorEenGebruiker(taak)) {
                return;
            }
            Set<String> groepen = groepen(taak.getCandidates(), IdentityLink::getGroupId);
            if (groepen.isEmpty()) {
                return;
            }
            IdentityService identiteit = taak.getProcessEngineServices().getIdentityService();
            List<String> lid = Context.getCommandContext().runWithoutAuthorization(
                    () -> identiteit.createGroupQuery().groupMember(toegewezen).list().stream().map(Group::getId).toList());
            if (lid.stream().noneMatch(groepen::contains)) {
                throw new BadUserRequestException(alleenVoorDeGroep(groepen));
            }
        }

        /** The candidate groups and users stay those the model gives, for a user who is not a beheerder. */
        private static void alleenDeGroepenVanHetModel(DelegateTask taak, Collection<Expression> groepen, Collection<Expression> kandidaten) {
            if (!doorEenGebruiker(taak)) {
                return;
            }
            boolean gelijk = groepen(taak.getCandidates(), IdentityLink::getGroupId).equals(uitHetModel(groepen, taak))
                    && groepen(taak.getCandidates(), IdentityLink::getUserId).equals(uitHetModel(kandidaten, taak));
            if (!gelijk) {
                throw new BadUserRequestException(GROEPEN_VAN_HET_MODEL);
            }
        }

        /**
         * Name, description, priority and owner stay the model's for a user who is not a beheerder: TASK_ASSIGN, which a
         * griffie holds for the due and follow-up dates, would otherwise let it rename or reprioritise its task through
         * {@code PUT /task/{id}}. The listener's exception rolls the whole command back.
         */
        private static void alleenDeDatums(DelegateTask taak) {
            if (doorEenGebruiker(taak) && taak instanceof TaskEntity entiteit
                    && entiteit.getPropertyChanges().keySet().stream().anyMatch(VAN_HET_MODEL::contains)) {
                throw new BadUserRequestException(ALLEEN_DATUMS);
            }
        }

        private static boolean doorEenGebruiker(DelegateTask taak) {
            Authentication gebruiker = taak.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            return gebruiker != null && (gebruiker.getGroupIds() == null || !gebruiker.getGroupIds().contains(Groepen.BEHEERDERS));
        }

        private static Set<String> groepen(Set<IdentityLink> links, java.util.function.Function<IdentityLink, String> veld) {
            return links.stream().map(veld).filter(Objects::nonNull).collect(Collectors.toSet());
        }

        private static Set<String> uitHetModel(Collection<Expression> expressies, DelegateTask taak) {
            return expressies.stream().map(e -> e.getValue(taak)).filter(Objects::nonNull)
                    .flatMap(waarde -> waarde instanceof Collection<?> lijst ? lijst.stream().map(String::valueOf)
                            : Arrays.stream(String.valueOf(waarde).split(",")))
                    .map(String::trim).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
        }

        private static void alleenBestuurlijk(DelegateTask taak) {
            IdentityService identiteit = taak.getProcessEngineServices().getIdentityService();
            Authentication gebruiker = identiteit.getCurrentAuthentication();
            if (gebruiker == null) {
                return;
            }
            List<String> groepen = gebruiker.getGroupIds() != null ? gebruiker.getGroupIds()
                    : identiteit.createGroupQuery().groupMember(gebruiker.getUserId()).list().stream().map(Group::getId).toList();
            if (groepen.contains(MAATSCHAPPELIJKE_LEDEN)) {
                throw new BadUserRequestException(ALLEEN_BESTUURLIJK);
            }
        }

        private static Authentication aangemeld(DelegateExecution execution) {
            return execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        }

        private static boolean vanuitVoorstel(DelegateExecution execution) {
            DelegateExecution ouder = execution.getSuperExecution();
            return ouder instanceof ExecutionEntity entiteit && VOORSTEL.equals(entiteit.getProcessDefinition().getKey());
        }
    }
}
