package nl.route071.databasemigratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import nl.route071.Route071Test;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 55 and the grant it copies: a griffie's task grant made before (TASK_WORK only) gets TASK_ASSIGN, a
 * college's does not; afterwards the griffie sets its own task's due and follow-up date through the engine, and still
 * cannot change or reassign another gemeente's task.
 */
@Route071Test
class TaakdatumsVoorGriffiesTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaakdatumsVoorGriffies migratie;

    private String deployment;

    @AfterEach
    void opruimen() {
        identityService.clearAuthentication();
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void een_griffie_krijgt_task_assign_op_haar_open_taken_een_college_niet_en_een_andere_gemeente_blijft_dicht() throws Exception {
        deployment = repositoryService.createDeployment().name("taakdatums").addModelInstance("taakdatums.bpmn",
                Bpmn.createExecutableProcess("taakdatums").camundaHistoryTimeToLive(1).startEvent()
                        .parallelGateway("Gateway_Splitsen")
                        .userTask("UserTask_Leiden").camundaCandidateGroups("griffie-leiden").camundaDueDate("2027-01-10T00:00:00").endEvent()
                        .moveToNode("Gateway_Splitsen").userTask("UserTask_Leiderdorp").camundaCandidateGroups("griffie-leiderdorp").endEvent()
                        .moveToNode("Gateway_Splitsen").userTask("UserTask_College").camundaCandidateGroups("college-leiden").endEvent()
                        .done()).deploy().getId();
        String instantie = runtimeService.startProcessInstanceByKey("taakdatums", "RV-DATUMS-" + UUID.randomUUID()).getId();
        Task leiden = taak(instantie, "UserTask_Leiden");
        Task leiderdorp = taak(instantie, "UserTask_Leiderdorp");
        Task college = taak(instantie, "UserTask_College");
        assertThat(taakrecht(leiden, "griffie-leiden").isPermissionGranted(TASK_ASSIGN)).as("a new griffie task").isTrue();
        assertThat(taakrecht(college, "college-leiden").isPermissionGranted(TASK_ASSIGN)).as("a college task").isFalse();

        // as before this release: the engine's grants per task with TASK_WORK only
        jdbc.update("update ACT_RU_AUTHORIZATION set PERMS_ = PERMS_ - ? where RESOURCE_TYPE_ = ? and RESOURCE_ID_ in (?, ?)",
                TASK_ASSIGN.getValue(), Resources.TASK.resourceType(), leiden.getId(), leiderdorp.getId());
        assertThat(taakrecht(leiden, "griffie-leiden").isPermissionGranted(TASK_ASSIGN)).isFalse();
        int collegeVoor = jdbc.queryForObject("select PERMS_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ? and GROUP_ID_ = ?",
                Integer.class, college.getId(), "college-leiden");

        migreer();
        migreer();

        assertThat(taakrecht(leiden, "griffie-leiden").isPermissionGranted(TASK_ASSIGN)).isTrue();
        assertThat(taakrecht(leiden, "griffie-leiden").isPermissionGranted(TASK_WORK)).as("kept").isTrue();
        assertThat(taakrecht(leiderdorp, "griffie-leiderdorp").isPermissionGranted(TASK_ASSIGN)).isTrue();
        assertThat(jdbc.queryForObject("select PERMS_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ? and GROUP_ID_ = ?",
                Integer.class, college.getId(), "college-leiden")).as("the college's grant unchanged").isEqualTo(collegeVoor);

        identityService.setAuthentication("griffier-leiden", List.of("griffie-leiden"));
        Task eigen = taskService.createTaskQuery().taskId(leiden.getId()).singleResult();
        eigen.setDueDate(null);
        eigen.setFollowUpDate(new Date());
        taskService.saveTask(eigen);
        Task ander = leiderdorp;
        ander.setDueDate(new Date());
        assertThatThrownBy(() -> taskService.saveTask(ander)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(leiderdorp.getId(), "griffier-leiden")).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();

        assertThat(taak(instantie, "UserTask_Leiden").getDueDate()).isNull();
        assertThat(taak(instantie, "UserTask_Leiden").getFollowUpDate()).isNotNull();
        assertThat(taak(instantie, "UserTask_Leiderdorp").getDueDate()).isNull();
        assertThat(taak(instantie, "UserTask_Leiderdorp").getAssignee()).isNull();
    }

    @Test
    void zonder_tabellen_van_de_engine_doet_de_migratie_niets() throws Exception {
        try (Connection leeg = DriverManager.getConnection("jdbc:h2:mem:leeg-" + UUID.randomUUID(), "sa", "")) {
            migratie.migrate(AlsFlyway.context(leeg));
        }
    }

    private Task taak(String instantie, String activiteit) {
        return taskService.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(activiteit).singleResult();
    }

    private Authorization taakrecht(Task taak, String groep) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId()).groupIdIn(groep)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    }

    /** Runs the migration as Flyway does: on one connection, in a transaction. */
    private void migreer() throws Exception {
        AlsFlyway.migreer(migratie, dataSource);
    }
}
