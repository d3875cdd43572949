package nl.route071.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Times one step of a walk inside the browser, from the user's action (a click, or Enter) to the first frame that shows
 * the expected element, and splits it: the requests made meanwhile (Resource Timing: each request's time and its server
 * time, and how long the step waited for the network), the main thread's work (Chrome's own counters through
 * {@code Performance.getMetrics}: script, style, layout), the long tasks ({@code PerformanceObserver} 'longtask'), and
 * the Route071 module's patches ({@code window.route071.statistiek()}).
 * <p>
 * The browser's clock, not the test's: a Selenium wait polls (every 500 ms by default), so a time taken around it in
 * Java counts the polling, not the page.
 */
final class Tijdmeting {

    /** Installed once per page; Tasklist is one page, so it holds for the whole walk. */
    private static final String OPNEMER = """
            if (!window.route071Meting) {
              var m = window.route071Meting = { lang: [], start: null, inDom: null, getoond: null, wacht: null, selector: null };
              try {
                new PerformanceObserver(function (lijst) {
                  lijst.getEntries().forEach(function (e) { m.lang.push({ start: e.startTime, duur: e.duration }); });
                }).observe({ type: 'longtask', buffered: true });
              } catch (e) { m.geenLangeTaken = true; }
              document.addEventListener('click', function () {
                if (m.wacht === 'klik') { m.start = performance.now(); m.wacht = null; kijk(); }
              }, true);
              document.addEventListener('keydown', function (e) {
                if (m.wacht === 'enter' && e.key === 'Enter') { m.start = performance.now(); m.wacht = null; kijk(); }
              }, true);
              function zichtbaar(e) { return !!e && e.getClientRects().length > 0; }
              function kijk() {
                if (m.selector && m.start !== null && m.inDom === null && zichtbaar(document.querySelector(m.selector))) {
                  m.inDom = performance.now();
                  // the frame that shows it: after the next animation frame's style, layout and paint
                  requestAnimationFrame(function () { setTimeout(function () { m.getoond = performance.now(); }, 0); });
                }
              }
              new MutationObserver(kijk).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
              m.begin = function (trigger, selector) {
                m.start = null; m.inDom = null; m.getoond = null; m.wacht = trigger; m.selector = selector;
              };
            }""";

    private final ChromeDriver driver;
    private Map<String, Double> metriekenVoor;
    private double moduleVoor;

    Tijdmeting(ChromeDriver driver) {
        this.driver = driver;
        driver.executeScript(OPNEMER);
        driver.executeScript("performance.setResourceTimingBufferSize(100000);");
        driver.executeCdpCommand("Performance.enable", Map.of("timeDomain", "timeTicks"));
    }

    private boolean profiel;

    /** Also prints a CPU profile of each step: the functions with the most time of their own. */
    Tijdmeting metProfiel() {
        profiel = true;
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        return this;
    }

    /** Arms the measurement: it starts at the next click ("klik") or Enter ("enter") and ends when the selector matches. */
    void begin(String trigger, String selector) {
        if (profiel) {
            driver.executeCdpCommand("Profiler.start", Map.of());
        }
        driver.executeScript("window.route071Meting.begin(arguments[0], arguments[1]);", trigger, selector);
        metriekenVoor = metrieken();
        moduleVoor = moduleMs();
    }

    /** Reads the step once the test has seen its end; call after a wait for the same selector. */
    Stap einde() {
        // the frame after the element appeared
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .pollingEvery(java.time.Duration.ofMillis(20))
                .until(d -> driver.executeScript("return window.route071Meting.getoond !== null;"));
        Map<String, Double> na = metrieken();
        double module = moduleMs() - moduleVoor;
        if (profiel) {
            System.out.println("  CPU-profiel (eigen tijd ms): " + profielSamenvatting(driver.executeCdpCommand("Profiler.stop", Map.of())));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> uit = (Map<String, Object>) driver.executeScript("""
                var m = window.route071Meting;
                var verzoeken = performance.getEntriesByType('resource').filter(function (e) {
                  return e.startTime >= m.start - 1 && e.startTime <= m.inDom;
                }).map(function (e) {
                  var pad = e.name.replace(/^https?:\\/\\/[^\\/]+/, '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}').split('?')[0];
                  return { pad: pad, begin: e.startTime - m.start, duur: e.duration,
                    server: e.responseStart > 0 && e.requestStart > 0 ? e.responseStart - e.requestStart : -1,
                    eind: e.responseEnd - m.start };
                });
                var lang = m.lang.filter(function (t) { return t.start + t.duur > m.start && t.start < m.getoond; });
                return { totaal: m.getoond - m.start, inDom: m.inDom - m.start, verzoeken: verzoeken,
                  langeTaken: lang.length, langeTakenMs: lang.reduce(function (s, t) { return s + t.duur; }, 0),
                  langsteTaak: lang.reduce(function (s, t) { return Math.max(s, t.duur); }, 0) };""");
        List<Verzoek> verzoeken = new ArrayList<>();
        for (Object o : (List<?>) uit.get("verzoeken")) {
            Map<?, ?> v = (Map<?, ?>) o;
            verzoeken.add(new Verzoek((String) v.get("pad"), getal(v.get("begin")), getal(v.get("duur")), getal(v.get("server")),
                    getal(v.get("eind"))));
        }
        return new Stap(getal(uit.get("totaal")), getal(uit.get("inDom")), verzoeken,
                verschil(na, "ScriptDuration"), verschil(na, "RecalcStyleDuration"), verschil(na, "LayoutDuration"),
                verschil(na, "TaskDuration"), ((Number) uit.get("langeTaken")).intValue(), getal(uit.get("langeTakenMs")),
                getal(uit.get("langsteTaak")), module);
    }

    @SuppressWarnings("unchecked")
    private static String profielSamenvatting(Map<String, Object> antwoord) {
        Map<String, Object> p = (Map<String, Object>) antwoord.get("profile");
        Map<Long, String> naam = new java.util.HashMap<>();
        for (Object o : (List<?>) p.get("nodes")) {
            Map<String, Object> n = (Map<String, Object>) o;
            Map<String, Object> f = (Map<String, Object>) n.get("callFrame");
            String url = String.valueOf(f.get("url"));
            url = url.substring(url.lastIndexOf('/') + 1);
            naam.put(((Number) n.get("id")).longValue(), f.get("functionName") + "@" + url + ":" + f.get("lineNumber") + ":" + f.get("columnNumber"));
        }
        List<?> samples = (List<?>) p.get("samples");
        List<?> delta = (List<?>) p.get("timeDeltas");
        Map<String, Double> zelf = new java.util.HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            String n = naam.get(((Number) samples.get(i)).longValue());
            zelf.merge(n, ((Number) delta.get(i)).doubleValue() / 1000, Double::sum);
        }
        return top(zelf, 15);
    }

    private static String top(Map<String, Double> tijden, int aantal) {
        return tijden.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(aantal)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private double verschil(Map<String, Double> na, String naam) {
        return (na.getOrDefault(naam, 0d) - metriekenVoor.getOrDefault(naam, 0d)) * 1000;
    }

    private Map<String, Double> metrieken() {
        Map<String, Double> uit = new LinkedHashMap<>();
        Object lijst = driver.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        for (Object o : (List<?>) lijst) {
            Map<?, ?> m = (Map<?, ?>) o;
            uit.put((String) m.get("name"), getal(m.get("value")));
        }
        return uit;
    }

    private double moduleMs() {
        return getal(driver.executeScript("return window.route071 && window.route071.statistiek ? window.route071.statistiek().ms : 0;"));
    }

    private static double getal(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    /** One request during a step: its path (ids as {id}), when it began after the action, its time, server time and end. */
    record Verzoek(String pad, double begin, double duur, double server, double eind) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s @%.0f +%.0f (server %.0f)", pad, begin, duur, server);
        }
    }

    /**
     * One step: the time to the frame that shows it, the requests, the network wait (the step's end of its last
     * request), the main thread's script / style / layout / all work, the long tasks and the module's patches.
     */
    record Stap(double totaal, double inDom, List<Verzoek> verzoeken, double script, double stijl, double layout,
            double hoofdthread, int langeTaken, double langeTakenMs, double langsteTaak, double module) {

        /** Until the last response of the step was in: the part of the step spent waiting for the server. */
        double netwerk() {
            return verzoeken.stream().mapToDouble(Verzoek::eind).max().orElse(0);
        }

        /** The server's own time summed over the step's requests. */
        double server() {
            return verzoeken.stream().mapToDouble(v -> Math.max(0, v.server())).sum();
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%.0f ms (in DOM %.0f): %d verzoeken, laatste antwoord op %.0f ms, servertijd samen %.0f ms; hoofdthread %.0f ms"
                            + " (script %.0f, stijl %.0f, layout %.0f), lange taken %d (%.0f ms, langste %.0f); module %.0f ms; verzoeken %s",
                    totaal, inDom, verzoeken.size(), netwerk(), server(), hoofdthread, script, stijl, layout, langeTaken,
                    langeTakenMs, langsteTaak, module, verzoeken);
        }
    }

    /** The medians of a walk's opens and completions, each with its split. */
    static String samenvatting(String naam, List<Stap> openen, List<Stap> afronden) {
        return String.format(java.util.Locale.ROOT, "%s: openen mediaan %.0f ms %s, %s; afronden mediaan %.0f ms %s, %s", naam,
                mediaan(openen.stream().map(Stap::totaal).toList()), afgerond(openen), splitsing(openen),
                mediaan(afronden.stream().map(Stap::totaal).toList()), afgerond(afronden), splitsing(afronden));
    }

    private static List<Long> afgerond(List<Stap> stappen) {
        return stappen.stream().map(s -> Math.round(s.totaal())).toList();
    }

    private static String splitsing(List<Stap> stappen) {
        return String.format(java.util.Locale.ROOT, "mediaan laatste antwoord %.0f ms (servertijd %.0f ms, %.0f verzoeken), hoofdthread %.0f ms"
                + " (script %.0f, stijl en layout %.0f, lange taken %.0f), module %.0f ms",
                mediaan(stappen.stream().map(Stap::netwerk).toList()), mediaan(stappen.stream().map(Stap::server).toList()),
                mediaan(stappen.stream().map(s -> (double) s.verzoeken().size()).toList()), mediaan(stappen.stream().map(Stap::hoofdthread).toList()),
                mediaan(stappen.stream().map(Stap::script).toList()), mediaan(stappen.stream().map(s -> s.stijl() + s.layout()).toList()),
                mediaan(stappen.stream().map(Stap::langeTakenMs).toList()), mediaan(stappen.stream().map(Stap::module).toList()));
    }

    static double mediaan(List<Double> metingen) {
        List<Double> gesorteerd = new ArrayList<>(metingen);
        Collections.sort(gesorteerd);
        return gesorteerd.get(gesorteerd.size() / 2);
    }
}
