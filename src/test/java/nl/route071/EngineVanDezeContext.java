package nl.route071;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the test class's context the "default" engine in Camunda's static registry, which the REST
 * API and the webapps use. With several cached contexts in one JVM (process, server, mail) the engine registered
 * last would otherwise answer HTTP requests, on another context's database.
 */
public class EngineVanDezeContext implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
    }
}
