package nl.route071.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, headless, each session with a fresh profile. Without them the
 * browser tests are skipped with a message, unless {@code ROUTE071_E2E_REQUIRED=true} (as in CI),
 * where a missing browser fails the run.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips (or, when required, fails) the calling test class when the browser is not installed. */
    static void vereist() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String melding = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                + "); install them with: apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("ROUTE071_E2E_REQUIRED"))) {
            fail(melding + " (ROUTE071_E2E_REQUIRED=true, so this fails instead of skipping)");
        }
        abort(melding + ". Skipped.");
    }

    /** A browser whose user asks for the given language first (Accept-Language and navigator.languages). */
    static Sessie start(String taal) {
        try {
            Path profiel = Files.createTempDirectory("route071-chromium-");
            ChromeOptions opties = new ChromeOptions();
            opties.setBinary(BROWSER.toFile());
            opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + taal,
                    "--user-data-dir=" + profiel);
            opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", taal));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            return new Sessie(new ChromeDriver(service, opties), profiel);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One browser and its throw-away profile. */
    record Sessie(ChromeDriver driver, Path profiel) implements AutoCloseable {

        @Override
        public void close() {
            try {
                driver.quit();
            }
            finally {
                try (Stream<Path> paden = Files.walk(profiel)) {
                    paden.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
                catch (IOException ignored) {
                    // a temp dir left behind is harmless
                }
            }
        }
    }
}
