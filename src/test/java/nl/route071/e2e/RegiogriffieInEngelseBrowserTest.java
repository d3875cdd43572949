package nl.route071.e2e;

/** The same vote in a browser that asks for English (en-US): the form counts and refuses alike. */
@BrowserTest
class RegiogriffieInEngelseBrowserTest extends RegiogriffieInTasklistTest {

    @Override
    String taal() {
        return "en-US";
    }
}
