package nl.route071.e2e;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the application on its random port, a fresh headless Chromium per
 * test (skipped, or failed in CI, without one), Tasklist as a page object, and the helpers that bring a
 * proposal to the step under test.
 */
abstract class InDeBrowser {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    Chromium.Sessie browser;
    Tasklist tasklist;
    /** Brings a proposal to the step a test is about, through the Java API. */
    Voorstellen voorstellen;
    Formulieren formulieren;

    @BeforeAll
    static void browserAanwezig() {
        Chromium.vereist();
    }

    /** The language the browser asks for; the staff's browsers ask for Dutch. */
    String taal() {
        return "nl-NL";
    }

    /**
     * A griffier's task list as on a fresh day: the server context is shared with the HTTP tests, whose open
     * proposals would otherwise push this test's tasks off Tasklist's first page. Only running instances go; their
     * history stays.
     */
    @BeforeEach
    void legeTakenlijst() {
        var runtime = engine.getRuntimeService();
        java.util.List<String> lopend = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        if (!lopend.isEmpty()) {
            runtime.deleteProcessInstances(lopend, "browsertest: lege takenlijst", true, true);
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(taal());
        tasklist = new Tasklist(browser.driver(), poort);
        voorstellen = new Voorstellen(engine);
        formulieren = new Formulieren(engine);
    }

    @AfterEach
    void sluitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
