package nl.route071.e2e;

/** The same meeting in a browser that asks for English (en-US): the pages stay Dutch and accessible. */
@BrowserTest
class VergaderingInEngelseBrowserTest extends VergaderingInDeBrowserTest {

    @Override
    String taal() {
        return "en-US";
    }
}
