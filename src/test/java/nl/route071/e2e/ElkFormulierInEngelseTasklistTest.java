package nl.route071.e2e;

/**
 * {@link ElkFormulierInTasklistTest} in a browser that asks for American English (en-US): every form opens, axe-core
 * finds no critical or serious violation, and submitted empty it shows no English.
 */
@BrowserTest
class ElkFormulierInEngelseTasklistTest extends ElkFormulierInTasklistTest {

    @Override
    String taal() {
        return "en-US";
    }
}
