package nl.route071;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test class, lifts the login delay of every user of the class's engine. Camunda delays a user's next
 * login after a wrong password (3 s, growing to 60 s): the attack tests try wrong passwords on demo users, and in a
 * shared context the next class would find those users delayed and its login refused (401). The delay itself is
 * tested where it is the subject (see docs/security.md).
 */
public class GebruikersOntgrendelen extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        IdentityService identityService = testContext.getApplicationContext().getBean(ProcessEngine.class).getIdentityService();
        for (User gebruiker : identityService.createUserQuery().list()) {
            identityService.unlockUser(gebruiker.getId());
        }
    }
}
