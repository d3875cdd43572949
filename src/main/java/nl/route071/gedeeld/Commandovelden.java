package nl.route071.gedeeld;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The one place where Route071 reads fields of Camunda's command classes. Camunda 7.24 gives these commands no
 * public getters, and Route071's engine checks must see what a command carries before it runs (the form's variables,
 * a filter's query, a new group membership). Every field is declared here once, by class, name and type, and is
 * looked up when this class is loaded: a Camunda release (or Operaton) that renames or retypes one makes the engine
 * refuse to start with the field's name ({@link #controleer()} is called by the plugins that use these fields) and
 * makes {@code CommandoveldenTest} fail, instead of a security check that silently reads null.
 *
 * <p>Used by {@code formulier/FormulierBewaking}, {@code beveiliging/ZoekvragenZonderExpressies} and
 * {@code tasklist/FiltersBijLidmaatschap}; nothing else in Route071 reads a private field of Camunda
 * (ArchitectuurTest).
 */
public final class Commandovelden {

    private static final List<Veld<?>> ALLE = new ArrayList<>();

    // completing and resolving a task (ResolveTaskCmd extends CompleteTaskCmd)
    public static final Veld<String> AFRONDEN_TAAK = veld(CompleteTaskCmd.class, "taskId", String.class);
    public static final Veld<Map<String, Object>> AFRONDEN_VARIABELEN = veld(CompleteTaskCmd.class, "variables", Map.class);
    public static final Veld<Boolean> AFRONDEN_VARIABELEN_TERUG = veld(CompleteTaskCmd.class, "returnVariables", boolean.class);
    public static final Veld<Boolean> AFRONDEN_GEDESERIALISEERD = veld(CompleteTaskCmd.class, "deserializeReturnedVariables", boolean.class);
    // submitting a task form
    public static final Veld<String> TAAKFORMULIER_TAAK = veld(SubmitTaskFormCmd.class, "taskId", String.class);
    public static final Veld<VariableMap> TAAKFORMULIER_VARIABELEN = veld(SubmitTaskFormCmd.class, "properties", VariableMap.class);
    public static final Veld<Boolean> TAAKFORMULIER_VARIABELEN_TERUG = veld(SubmitTaskFormCmd.class, "returnVariables", boolean.class);
    public static final Veld<Boolean> TAAKFORMULIER_GEDESERIALISEERD = veld(SubmitTaskFormCmd.class, "deserializeValues", boolean.class);
    // submitting a start form, starting a process
    public static final Veld<String> STARTFORMULIER_DEFINITIE = veld(SubmitStartFormCmd.class, "processDefinitionId", String.class);
    public static final Veld<String> STARTFORMULIER_SLEUTEL = veld(SubmitStartFormCmd.class, "businessKey", String.class);
    public static final Veld<VariableMap> STARTFORMULIER_VARIABELEN = veld(SubmitStartFormCmd.class, "variables", VariableMap.class);
    public static final Veld<ProcessInstantiationBuilderImpl> START_BOUWER =
            veld(StartProcessInstanceCmd.class, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
    public static final Veld<ProcessInstantiationBuilderImpl> START_BIJ_ACTIVITEIT_BOUWER =
            veld(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
    // a BPMN error or escalation thrown from a task
    public static final Veld<String> FOUT_TAAK = veld(HandleTaskBpmnErrorCmd.class, "taskId", String.class);
    public static final Veld<Map<String, Object>> FOUT_VARIABELEN = veld(HandleTaskBpmnErrorCmd.class, "variables", Map.class);
    public static final Veld<String> ESCALATIE_TAAK = veld(HandleTaskEscalationCmd.class, "taskId", String.class);
    public static final Veld<Map<String, Object>> ESCALATIE_VARIABELEN = veld(HandleTaskEscalationCmd.class, "variables", Map.class);
    // saving and executing a filter
    public static final Veld<Filter> FILTER_OPSLAAN = veld(SaveFilterCmd.class, "filter", Filter.class);
    public static final Veld<String> FILTER_UITVOEREN_ID = veld(AbstractExecuteFilterCmd.class, "filterId", String.class);
    public static final Veld<Query<?, ?>> FILTER_UITVOEREN_UITBREIDING = veld(AbstractExecuteFilterCmd.class, "extendingQuery", Query.class);
    // users and group memberships
    public static final Veld<String> LID_WORDEN_GEBRUIKER = veld(CreateMembershipCmd.class, "userId", String.class);
    public static final Veld<String> LID_WORDEN_GROEP = veld(CreateMembershipCmd.class, "groupId", String.class);
    public static final Veld<String> LID_AF_GEBRUIKER = veld(DeleteMembershipCmd.class, "userId", String.class);
    public static final Veld<String> LID_AF_GROEP = veld(DeleteMembershipCmd.class, "groupId", String.class);
    public static final Veld<User> GEBRUIKER_OPSLAAN = veld(SaveUserCmd.class, "user", User.class);

    private Commandovelden() {
    }

    /**
     * One field of one command class, found when Route071 starts. {@link #van} reads it from a command of that class
     * (or a subclass).
     */
    public static final class Veld<T> {

        private final Class<?> klasse;
        private final String naam;
        private final Field veld;

        private Veld(Class<?> klasse, String naam, Class<?> type) {
            this.klasse = klasse;
            this.naam = naam;
            try {
                Field gevonden = klasse.getDeclaredField(naam);
                if (!gevonden.getType().equals(type)) {
                    throw new IllegalStateException("Camunda's " + klasse.getName() + "." + naam + " is a " + gevonden.getType().getName()
                            + ", Route071 reads a " + type.getName() + ": check Commandovelden against this Camunda version");
                }
                gevonden.setAccessible(true);
                this.veld = gevonden;
            }
            catch (NoSuchFieldException e) {
                throw new IllegalStateException("Camunda's " + klasse.getName() + " has no field " + naam
                        + ": Route071's engine checks cannot read it; check Commandovelden against this Camunda version", e);
            }
        }

        /** The field's value in this command, which must be an instance of the field's class. */
        @SuppressWarnings("unchecked")
        public T van(Object command) {
            if (!klasse.isInstance(command)) {
                throw new IllegalArgumentException(command.getClass().getName() + " is no " + klasse.getName());
            }
            try {
                return (T) veld.get(command);
            }
            catch (IllegalAccessException e) {
                throw new IllegalStateException("Route071 cannot read " + klasse.getName() + "." + naam, e);
            }
        }

        public Class<?> klasse() {
            return klasse;
        }

        public String naam() {
            return naam;
        }

        @Override
        public String toString() {
            return klasse.getSimpleName() + "." + naam;
        }
    }

    private static <T> Veld<T> veld(Class<?> klasse, String naam, Class<?> type) {
        Veld<T> veld = new Veld<>(klasse, naam, type);
        ALLE.add(veld);
        return veld;
    }

    /** Every field Route071 reads, as {@code Class.field}; loading this class has found each of them. */
    public static List<String> controleer() {
        return Collections.unmodifiableList(ALLE.stream().map(Veld::toString).toList());
    }
}
