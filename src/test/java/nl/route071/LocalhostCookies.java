package nl.route071;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The cookie jar of a test client on {@code http://localhost}: like a browser, which treats localhost as a secure
 * context, it keeps and sends the Secure cookies the application sets (production settings, {@link ServerTest}),
 * where Java's own {@link CookieManager} would send them over HTTPS only.
 */
public final class LocalhostCookies extends CookieManager {

    public LocalhostCookies() {
        super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> antwoordkoppen) throws IOException {
        super.put(uri, antwoordkoppen);
        if ("localhost".equals(uri.getHost())) {
            getCookieStore().getCookies().forEach(koekje -> koekje.setSecure(false));
        }
    }
}
