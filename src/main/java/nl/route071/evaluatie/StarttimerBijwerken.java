package nl.route071.evaluatie;

import static nl.route071.evaluatie.EvaluatieSamenwerkingProcess.PROCESS_ID;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine evaluates the start timer of {@code evaluatieSamenwerking} once, when the model is deployed;
 * an unchanged model is not deployed again. So when {@code route071.samenwerking.startdatum} changes
 * before the evaluation has started, this moves the waiting start timer to the new date at start-up.
 * Once the evaluation has started, a changed date no longer matters.
 */
@Component
public class StarttimerBijwerken {

    private static final Logger LOG = LoggerFactory.getLogger(StarttimerBijwerken.class);

    private final ManagementService managementService;
    private final Samenwerking samenwerking;

    StarttimerBijwerken(ManagementService managementService, Samenwerking samenwerking) {
        this.managementService = managementService;
        this.samenwerking = samenwerking;
    }

    /** Start-up step 6 ({@code Opstart}). */
    public void bijwerken() {
        Date start = samenwerking.getStartmoment();
        for (Job timer : managementService.createJobQuery().processDefinitionKey(PROCESS_ID).timers().list()) {
            if (timer.getProcessInstanceId() == null && !start.equals(timer.getDuedate())) {
                LOG.info("Start timer of {} moved from {} to {} (route071.samenwerking.startdatum)", PROCESS_ID, timer.getDuedate(), start);
                managementService.setJobDuedate(timer.getId(), start);
            }
        }
    }
}
