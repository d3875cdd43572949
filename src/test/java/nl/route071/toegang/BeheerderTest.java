package nl.route071.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.route071.Route071Application;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the embedded demo there are no default credentials: the postgres profile refuses to start
 * without an admin password from the environment and says why; with one, the administrator exists and no
 * demo user does. (The profile is started on an in-memory H2 database: what is tested is the refusal. It starts
 * without a web server: a second set of Camunda webapps in the test JVM would take over their static state and
 * leave the shared server context's Tasklist answering 500.)
 */
class BeheerderTest {

    /** long enough and within Camunda's password policy (which also refuses a password holding the user name) */
    static final String WACHTWOORD = "Lang-Geheim-Wachtwoord-2026!";

    @Test
    void the_postgres_profile_refuses_to_start_without_an_admin_password_and_says_why() {
        assertThatThrownBy(() -> start(""))
                .rootCause().hasMessageContaining("refuses to start without an admin password")
                .hasMessageContaining("ROUTE071_ADMIN_PASSWORD");
    }

    @Test
    void a_weak_or_demo_admin_password_is_refused_too() {
        assertThatThrownBy(() -> Beheerder.controleer("demo")).hasMessageContaining("too weak");
        assertThatThrownBy(() -> Beheerder.controleer("kort")).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> Beheerder.controleer("een-lang-beheerderswachtwoord")).hasMessageContaining("password policy");
    }

    @Test
    void the_postgres_profile_refuses_to_start_without_database_credentials_and_says_why() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Route071Application.class).web(WebApplicationType.NONE).profiles("postgres")
                .run("--server.port=0", "--route071.beheerder.wachtwoord=" + WACHTWOORD, "--POSTGRES_URL=jdbc:postgresql://localhost:1/route071"))
                .hasStackTraceContaining("refuses to start without database credentials").hasStackTraceContaining("POSTGRES_PASS");
    }

    @Test
    void with_an_admin_password_the_administrator_exists_and_no_demo_user() {
        try (ConfigurableApplicationContext app = start(WACHTWOORD)) {
            IdentityService identity = app.getBean(IdentityService.class);

            assertThat(identity.checkPassword("beheerder", WACHTWOORD)).isTrue();
            assertThat(identity.createUserQuery().userId("beheerder").memberOfGroup("camunda-admin").count()).isOne();
            assertThat(identity.createUserQuery().userId("demo").count()).isZero();
            assertThat(identity.createUserQuery().userId("griffier-leiden").count()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String wachtwoord) {
        return new SpringApplicationBuilder(Route071Application.class).web(WebApplicationType.NONE).profiles("postgres")
                .run("--spring.datasource.url=jdbc:h2:mem:route071-beheerder-" + wachtwoord.length() + ";DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--route071.test.database=h2",
                        "--route071.beheerder.wachtwoord=" + wachtwoord,
                        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
    }
}
