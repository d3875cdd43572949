package nl.route071.database;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for the database initialisation (Flyway): Boot orders every bean this detector names
 * after Flyway's migration, so the engine finds its tables made by {@link nl.route071.databasemigratie.CamundaSchema}. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EngineNaFlyway implements DependsOnDatabaseInitializationDetector {

    @Override
    public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
        return Arrays.stream(beanFactory.getBeanNamesForType(ProcessEngine.class, true, false))
                .map(BeanFactoryUtils::transformedBeanName).collect(Collectors.toSet());
    }
}
