package nl.route071.toegang;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A group that gets a task may read the process instance the task belongs to: when a user task is created,
 * each candidate group gets READ on that one process instance. Tasklist shows a task's proposal number,
 * title and gemeente from the instance's variables, and those are readable only with READ on the instance.
 * So the griffie of Leiden reads the variables of Leiden's council treatments and of nothing else; the
 * council treatment of Voorschoten stays closed to it. Runs inside the engine's transaction (Camunda's Spring
 * event bridge for task events) as custom code, without authorization checks of its own.
 */
@Component
class Instantieleesrecht {

    @EventListener(condition = "#taak.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void taakAangemaakt(DelegateTask taak) {
        if (taak.getProcessInstanceId() == null) {
            return;
        }
        AuthorizationService autorisaties = taak.getProcessEngineServices().getAuthorizationService();
        for (IdentityLink link : taak.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && autorisaties.createAuthorizationQuery().groupIdIn(link.getGroupId()).resourceType(Resources.PROCESS_INSTANCE)
                            .resourceId(taak.getProcessInstanceId()).count() == 0) {
                Authorization lezen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                lezen.setGroupId(link.getGroupId());
                lezen.setResource(Resources.PROCESS_INSTANCE);
                lezen.setResourceId(taak.getProcessInstanceId());
                lezen.addPermission(Permissions.READ);
                autorisaties.saveAuthorization(lezen);
            }
        }
    }
}
