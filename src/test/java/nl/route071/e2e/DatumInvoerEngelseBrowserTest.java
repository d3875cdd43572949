package nl.route071.e2e;

/** {@link DatumInvoer} in a browser that asks for American English (en-US), which reads 01-03-2026 as 3 January. */
@BrowserTest
class DatumInvoerEngelseBrowserTest extends DatumInvoer {

    @Override
    String taal() {
        return "en-US";
    }
}
