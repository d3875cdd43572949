package nl.route071.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default database credentials: with a PostgreSQL database (profile {@code postgres}) the application
 * refuses to start, before any bean touches the database, when {@code POSTGRES_USER} or {@code POSTGRES_PASS}
 * is missing, and says why (as {@link nl.route071.toegang.Beheerder} does for the admin password).
 */
@Component
class Databasetoegang implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment omgeving;

    @Override
    public void setEnvironment(Environment omgeving) {
        this.omgeving = omgeving;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        controleer(omgeving.getProperty("spring.datasource.url", ""), omgeving.getProperty("spring.datasource.username", ""),
                omgeving.getProperty("spring.datasource.password", ""));
    }

    static void controleer(String url, String gebruiker, String wachtwoord) {
        if (url.startsWith("jdbc:postgresql:") && (gebruiker.isBlank() || wachtwoord.isBlank())) {
            throw new IllegalStateException("Route071 refuses to start without database credentials: set the environment variables "
                    + "POSTGRES_USER and POSTGRES_PASS (there are no default database credentials).");
        }
    }
}
