package nl.route071.e2e;

/** {@link DatumInvoer} in a browser that asks for Dutch (nl-NL). */
@BrowserTest
class DatumInvoerNederlandseBrowserTest extends DatumInvoer {
}
