package nl.route071.e2e;

/** {@link GriffierZonderStilleFouten} in a browser that asks for American English (en-US). */
@BrowserTest
class GriffierZonderStilleFoutenEngelseBrowserTest extends GriffierZonderStilleFouten {

    @Override
    String taal() {
        return "en-US";
    }
}
