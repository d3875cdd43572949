package nl.route071.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, as the browser tests drive it through Tasklist: profile
 * "test" (demo users, job executor off) with an in-memory H2 database of its own, so the browser
 * tests share no data with the other tests' context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:route071-e2e;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@interface BrowserTest {
}
