package nl.route071.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm, pinned in lint/package.json, installed by the build's {@code npm ci} in lint/) run on the page in the browser, against
 * WCAG 2.0/2.1 A and AA. Prints the number of violations per impact for each page checked, and fails on any
 * critical or serious one, naming the rule and the elements.
 */
final class Axe {

    static final Path AXE = Path.of("lint", "node_modules", "axe-core", "axe.min.js");

    private Axe() {
    }

    /** Skips (or, when required as in CI, fails) when axe-core has not been installed with npm ci. */
    static void vereist() {
        if (Files.isReadable(AXE)) {
            return;
        }
        String melding = "The accessibility checks need axe-core from npm: run `mvn validate` or `npm ci` in lint/ (" + AXE + " is missing)";
        if ("true".equalsIgnoreCase(System.getenv("ROUTE071_E2E_REQUIRED"))) {
            fail(melding + " (ROUTE071_E2E_REQUIRED=true, so this fails instead of skipping)");
        }
        abort(melding + ". Skipped.");
    }

    /** The violations on the current page, by impact; printed as "axe <page>: critical=0 serious=0 moderate=1 minor=0". */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> controleer(WebDriver driver, String pagina) {
        vereist();
        try {
            // let Route071's scripts finish what they do on every change of the page (names, labels)
            Thread.sleep(800);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(AXE));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object uitkomst = js.executeAsyncScript(
                "var klaar = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { klaar(r.violations.map(function (v) { return {impact: v.impact || 'minor', id: v.id,"
                        + " nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; })); })"
                        + ".catch(function (e) { klaar([{impact: 'critical', id: 'axe-error', nodes: [String(e)]}]); });");
        Map<String, List<String>> perImpact = new TreeMap<>();
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            perImpact.put(impact, new ArrayList<>());
        }
        for (Map<String, Object> overtreding : (List<Map<String, Object>>) uitkomst) {
            List<String> knopen = (List<String>) overtreding.get("nodes");
            perImpact.computeIfAbsent((String) overtreding.get("impact"), k -> new ArrayList<>())
                    .add(overtreding.get("id") + " x" + knopen.size() + ": " + String.join(" | ", knopen.subList(0, Math.min(3, knopen.size()))));
        }
        System.out.printf("axe %s: critical=%d serious=%d moderate=%d minor=%d%n", pagina, perImpact.get("critical").size(),
                perImpact.get("serious").size(), perImpact.get("moderate").size(), perImpact.get("minor").size());
        perImpact.forEach((impact, lijst) -> lijst.forEach(v -> System.out.printf("axe %s:   %s %s%n", pagina, impact, v)));
        return perImpact;
    }

    /** Checks the current page and asserts no critical and no serious violation. */
    static void geenErnstigeOvertredingen(WebDriver driver, String pagina) {
        Map<String, List<String>> perImpact = controleer(driver, pagina);
        assertThat(perImpact.get("critical")).as("critical axe violations on %s", pagina).isEmpty();
        assertThat(perImpact.get("serious")).as("serious axe violations on %s", pagina).isEmpty();
    }
}
