package nl.route071;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as the tests see it: the whole Spring context with the engine, job executor off
 * (tests run jobs explicitly), on in-memory H2, or on PostgreSQL when
 * {@code route071.test.database=postgres} (see {@link TestDatabaseConfiguration}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
public @interface Route071Test {
}
