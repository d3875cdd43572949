package nl.route071.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/**
 * The fields of Camunda's commands that Route071's engine checks read (Commandovelden), each named here: when a
 * Camunda release renames, retypes or drops one, loading Commandovelden fails with its name and so does this test.
 * Plain JUnit, no engine.
 */
class CommandoveldenTest {

    @Test
    void every_field_route071_reads_is_named_and_found_in_this_camunda_version() {
        assertThat(Commandovelden.controleer()).containsExactlyInAnyOrder(
                "CompleteTaskCmd.taskId", "CompleteTaskCmd.variables", "CompleteTaskCmd.returnVariables",
                "CompleteTaskCmd.deserializeReturnedVariables",
                "SubmitTaskFormCmd.taskId", "SubmitTaskFormCmd.properties", "SubmitTaskFormCmd.returnVariables",
                "SubmitTaskFormCmd.deserializeValues",
                "SubmitStartFormCmd.processDefinitionId", "SubmitStartFormCmd.businessKey", "SubmitStartFormCmd.variables",
                "StartProcessInstanceCmd.instantiationBuilder", "StartProcessInstanceAtActivitiesCmd.instantiationBuilder",
                "HandleTaskBpmnErrorCmd.taskId", "HandleTaskBpmnErrorCmd.variables",
                "HandleTaskEscalationCmd.taskId", "HandleTaskEscalationCmd.variables",
                "SaveFilterCmd.filter", "AbstractExecuteFilterCmd.filterId", "AbstractExecuteFilterCmd.extendingQuery",
                "CreateMembershipCmd.userId", "CreateMembershipCmd.groupId", "DeleteMembershipCmd.userId", "DeleteMembershipCmd.groupId",
                "SaveUserCmd.user");
    }

    @Test
    void each_field_reads_what_the_command_was_given() {
        Map<String, Object> variabelen = Map.of("besluit", "ja");
        CompleteTaskCmd afronden = new CompleteTaskCmd("taak-1", variabelen, true, false);
        assertThat(Commandovelden.AFRONDEN_TAAK.van(afronden)).isEqualTo("taak-1");
        assertThat(Commandovelden.AFRONDEN_VARIABELEN.van(afronden)).isEqualTo(variabelen);
        assertThat(Commandovelden.AFRONDEN_VARIABELEN_TERUG.van(afronden)).isTrue();
        assertThat(Commandovelden.AFRONDEN_GEDESERIALISEERD.van(afronden)).isFalse();
        assertThat(Commandovelden.AFRONDEN_TAAK.van(new ResolveTaskCmd("taak-2", variabelen))).isEqualTo("taak-2");

        SubmitTaskFormCmd taakformulier = new SubmitTaskFormCmd("taak-3", variabelen, false, true);
        assertThat(Commandovelden.TAAKFORMULIER_TAAK.van(taakformulier)).isEqualTo("taak-3");
        assertThat(Commandovelden.TAAKFORMULIER_VARIABELEN.van(taakformulier)).containsEntry("besluit", "ja");
        assertThat(Commandovelden.TAAKFORMULIER_VARIABELEN_TERUG.van(taakformulier)).isFalse();
        assertThat(Commandovelden.TAAKFORMULIER_GEDESERIALISEERD.van(taakformulier)).isTrue();

        SubmitStartFormCmd startformulier = new SubmitStartFormCmd("def:1", "RV-2026-0001", variabelen);
        assertThat(Commandovelden.STARTFORMULIER_DEFINITIE.van(startformulier)).isEqualTo("def:1");
        assertThat(Commandovelden.STARTFORMULIER_SLEUTEL.van(startformulier)).isEqualTo("RV-2026-0001");
        assertThat(Commandovelden.STARTFORMULIER_VARIABELEN.van(startformulier)).containsEntry("besluit", "ja");

        ProcessInstantiationBuilderImpl bouwer = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
                .createProcessInstanceById(null, "def:1");
        assertThat(Commandovelden.START_BOUWER.van(new StartProcessInstanceCmd(bouwer))).isSameAs(bouwer);
        assertThat(Commandovelden.START_BIJ_ACTIVITEIT_BOUWER.van(new StartProcessInstanceAtActivitiesCmd(bouwer))).isSameAs(bouwer);

        HandleTaskBpmnErrorCmd fout = new HandleTaskBpmnErrorCmd("taak-4", "code", "melding", variabelen);
        assertThat(Commandovelden.FOUT_TAAK.van(fout)).isEqualTo("taak-4");
        assertThat(Commandovelden.FOUT_VARIABELEN.van(fout)).isEqualTo(variabelen);
        HandleTaskEscalationCmd escalatie = new HandleTaskEscalationCmd("taak-5", "code", variabelen);
        assertThat(Commandovelden.ESCALATIE_TAAK.van(escalatie)).isEqualTo("taak-5");
        assertThat(Commandovelden.ESCALATIE_VARIABELEN.van(escalatie)).isEqualTo(variabelen);

        FilterEntity filter = new FilterEntity("Task");
        assertThat(Commandovelden.FILTER_OPSLAAN.van(new SaveFilterCmd(filter))).isSameAs(filter);
        TaskQueryImpl zoekvraag = new TaskQueryImpl();
        ExecuteFilterListCmd uitvoeren = new ExecuteFilterListCmd("filter-1", zoekvraag);
        assertThat(Commandovelden.FILTER_UITVOEREN_ID.van(uitvoeren)).isEqualTo("filter-1");
        assertThat(Commandovelden.FILTER_UITVOEREN_UITBREIDING.van(uitvoeren)).isSameAs(zoekvraag);

        assertThat(Commandovelden.LID_WORDEN_GEBRUIKER.van(new CreateMembershipCmd("griffier-leiden", "griffie-leiden"))).isEqualTo("griffier-leiden");
        assertThat(Commandovelden.LID_WORDEN_GROEP.van(new CreateMembershipCmd("griffier-leiden", "griffie-leiden"))).isEqualTo("griffie-leiden");
        assertThat(Commandovelden.LID_AF_GEBRUIKER.van(new DeleteMembershipCmd("griffier-leiden", "griffie-leiden"))).isEqualTo("griffier-leiden");
        assertThat(Commandovelden.LID_AF_GROEP.van(new DeleteMembershipCmd("griffier-leiden", "griffie-leiden"))).isEqualTo("griffie-leiden");
        UserEntity gebruiker = new UserEntity("college-leiden");
        assertThat(Commandovelden.GEBRUIKER_OPSLAAN.van(new SaveUserCmd(gebruiker))).isSameAs(gebruiker);
    }

    @Test
    void a_field_is_read_only_from_a_command_of_its_class() {
        assertThatThrownBy(() -> Commandovelden.AFRONDEN_TAAK.van(new SubmitTaskFormCmd("taak", Map.of(), false, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CompleteTaskCmd");
    }
}
