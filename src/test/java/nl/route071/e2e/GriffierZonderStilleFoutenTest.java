package nl.route071.e2e;

/** {@link GriffierZonderStilleFouten} in a browser that asks for Dutch (nl-NL). */
@BrowserTest
class GriffierZonderStilleFoutenTest extends GriffierZonderStilleFouten {
}
