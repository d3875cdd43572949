package nl.route071.e2e;

import nl.route071.SsoTest;

/** {@link SsoInTasklistTest} in a browser that asks for American English. */
@SsoTest
class SsoInEngelseTasklistTest extends SsoInTasklistTest {

    @Override
    String taal() {
        return "en-US";
    }
}
