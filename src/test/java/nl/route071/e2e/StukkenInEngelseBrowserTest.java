package nl.route071.e2e;

/** The same stukken in a browser that asks for English (en-US): the page stays Dutch and accessible. */
@BrowserTest
class StukkenInEngelseBrowserTest extends StukkenInDeBrowserTest {

    @Override
    String taal() {
        return "en-US";
    }
}
