package nl.route071;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Records which flow nodes and sequence flows a process test class passes (process-test-coverage for
 * Camunda 7) and writes an HTML report per test class and process under
 * {@code target/process-test-coverage/}. Part of {@link Route071Test}, so every class on the process context
 * shares one Spring context with the coverage listeners in the engine (on a {@code *ProcessTest} beside
 * {@code @Route071Test} it changes nothing). Such a class starts instances in test methods or {@code @BeforeEach},
 * not in {@code @BeforeAll}: outside a test method the coverage has no run to record them in. The library registers
 * its {@code ProcessEngineCoverageTestExecutionListener} for every Spring test itself (spring.factories);
 * in contexts without this configuration it finds nothing to report and only logs so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ ProcessCoverage.Properties.class, ProcessEngineCoverageConfiguration.class })
public @interface ProcessCoverage {

    @TestConfiguration(proxyBeanMethods = false)
    class Properties {

        /** Logs the coverage of every test method and class, so the build log shows the percentages. */
        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().withDetailedCoverageLogging().build();
        }
    }
}
