package nl.route071.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.route071.ServerTest;


/**
 * The browser tests drive the application through Tasklist in headless Chromium: the shared server context
 * ({@link ServerTest}), so they start no context of their own. They run only with {@code mvn verify -Pbrowser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerTest
@interface BrowserTest {
}
