package nl.route071.overzicht;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.route071.ServerTest;


/**
 * The tests of Route071's own pages over real HTTP, with a login through the Camunda webapps' own login endpoint:
 * the shared server context ({@link ServerTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerTest
public @interface PaginaTest {
}
