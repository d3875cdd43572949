package nl.route071;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.route071.gedeeld.Commandoketen;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as a table (docs/architecture.md): which packages of {@code nl.route071} each package may use.
 * Read from the compiled classes (ArchUnit), so a constant that the compiler copies in does not count, an import of
 * a class does. Plain JUnit, no Spring.
 *
 * <p>To change the architecture, change {@link #MAG_GEBRUIKEN} (and the picture in docs/architecture.md): a new
 * package needs a row, a new use an entry in its row.
 */
class ArchitectuurTest {

    private static final String ROUTE071 = "nl.route071";

    /** Usable by every package: the shared helpers and Route071's typed settings; they use no other package. */
    static final Set<String> FUNDAMENT = Set.of("gedeeld", "instellingen");

    /**
     * The one place to adjust: for each package under {@code nl.route071}, the other packages it may use besides
     * itself and {@link #FUNDAMENT}. {@code ""} is the root package (the application class).
     */
    static final Map<String, Set<String>> MAG_GEBRUIKEN = Map.ofEntries(
            // the application and its start-up (Opstart), which calls a step of each of these by name
            entry("", Set.of("verkiezingen", "directory", "beveiliging", "toegang", "tasklist", "evaluatie", "raad")),
            // foundation and technical parts: no feature package
            entry("gedeeld", Set.of()),
            entry("instellingen", Set.of()),
            entry("database", Set.of()),
            entry("web", Set.of()),
            entry("beveiliging", Set.of()),
            entry("toegang", Set.of()),
            entry("http", Set.of()),
            // staff login with the gemeente's own provider: reads the reference data, hands /api users to http.ApiToegang
            entry("sso", Set.of("directory", "http")),
            entry("weergave", Set.of()),
            entry("tasklist", Set.of()),
            entry("formulier", Set.of()),
            entry("migratie", Set.of()),
            // the Java migrations Flyway runs: they fill the tables of the feature that owns them
            entry("databasemigratie", Set.of("evaluatie", "toegang", "vergadering")),
            // iCalendar feeds from any Kalenderbron (raden, regiocommissies)
            entry("kalender", Set.of()),
            // the typed owner of the Json variable uitkomsten (the outcomes per gemeente): values only
            entry("uitkomsten", Set.of()),
            // the people and places of the region; the administrator comes from toegang; the gemeenten that go on
            // come from the outcomes
            entry("directory", Set.of("toegang", "uitkomsten")),
            // the route: proposal, councils, colleges, execution, votes (each other's ids and variable names are
            // compile-time constants, which do not count)
            entry("voorstel", Set.of("directory", "stemming", "uitkomsten")),
            // raad keeps the raad calendars (reference data, their page and feed source)
            entry("raad", Set.of("directory", "web", "kalender")),
            entry("college", Set.of()),
            entry("uitvoering", Set.of("directory")),
            entry("stemming", Set.of("directory", "verkiezingen")),
            // council election results: the weights of the vote, imported from CSV
            entry("verkiezingen", Set.of("directory")),
            // the regiocommissie's meetings: reference data from directory, proposals through the engine, the weighted
            // vote of an item from stemming's Stemmen, the besluitenlijst stored through stukken
            entry("vergadering", Set.of("directory", "web", "kalender", "stemming", "stukken")),
            // what reads the route afterwards
            entry("historie", Set.of()),
            entry("overzicht", Set.of("web", "historie", "directory", "stemming")),
            entry("evaluatie", Set.of("web", "historie", "directory", "stemming", "uitkomsten")),
            entry("notificatie", Set.of("web", "directory", "stukken", "uitkomsten")),
            // the stukken of the proposals: the logged-in user (web), the gemeenten (directory), the recorded vote in the
            // advice letter (stemming's Stemmen)
            entry("stukken", Set.of("web", "directory", "stemming")));

    /**
     * The packages that extend the engine (plugins, command interceptors, deployers, the schema): they may use Camunda's
     * internal API {@code org.camunda.bpm.engine.impl}. Route code (the features) uses the public API only.
     */
    static final Set<String> ENGINEPAKKETTEN = Set.of("beveiliging", "formulier", "tasklist", "toegang", "http", "database",
            "databasemigratie");

    /** Single classes outside those packages that must use the internal API, each the one door for what it names. */
    static final Map<String, String> ENGINE_INTERN_DEUREN = Map.of(
            "nl.route071.gedeeld.Klok", "the engine clock (ClockUtil), which tests move, has no public twin",
            "nl.route071.gedeeld.Commandovelden", "the fields of Camunda's commands that the engine checks read",
            "nl.route071.gedeeld.Commandoketen", "the order of Route071's command interceptors",
            "nl.route071.gedeeld.Enginecontext", "the running command: without authorization, its job, the multi-instance scope",
            "nl.route071.evaluatie.Rapportgegevens", "a history event handler (an engine plugin): its types are internal",
            "nl.route071.stukken.VereisteStukken", "a BPMN parse listener (an engine plugin) reading an extension property: its types are internal",
            "nl.route071.vergadering.Agendabewaking", "a BPMN parse listener (an engine plugin) adding a built-in complete listener by task id: its types are internal");

    /**
     * The kinds of hook Route071 adds to the engine or puts in front of it, by the type a class extends or implements
     * directly. Each class of these kinds must be named in docs/architecture.md, "What Route071 adds to the engine".
     */
    static final Map<String, String> HAAKSOORTEN = Map.of(
            "org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin", "engine plugin",
            "org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin", "engine plugin",
            "org.camunda.bpm.engine.impl.interceptor.CommandInterceptor", "command interceptor",
            "org.springframework.web.filter.OncePerRequestFilter", "servlet filter",
            "jakarta.servlet.Filter", "servlet filter",
            "org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler", "history event handler",
            "org.camunda.bpm.engine.impl.persistence.deploy.Deployer", "deployer");

    static final String HAKEN_IN_DE_DOCS = "## What Route071 adds to the engine";

    /** Engine callbacks and web entry points: used by the engine or the web, never by another package. */
    static final Set<String> INGANGEN = Set.of("Delegate", "Listener", "Controller");

    static JavaClasses klassen;

    @BeforeAll
    static void lees() {
        // only Route071's own classes: what they use outside nl.route071 is not read (seconds instead of half a minute)
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROUTE071);
    }

    @AfterAll
    static void herstel() {
        ArchConfiguration.get().reset();
    }

    @Test
    void every_package_has_a_row_in_the_table() {
        Set<String> zonderRij = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            String pakket = pakket(klasse);
            if (!MAG_GEBRUIKEN.containsKey(pakket)) {
                zonderRij.add(pakket);
            }
        }
        assertThat(zonderRij).as("packages without a row in ArchitectuurTest.MAG_GEBRUIKEN").isEmpty();
    }

    @Test
    void each_package_uses_only_what_its_row_allows() {
        Set<String> overtredingen = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            String van = pakket(klasse);
            for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
                JavaClass doel = afhankelijkheid.getTargetClass();
                if (!doel.getPackageName().startsWith(ROUTE071)) {
                    continue;
                }
                String naar = pakket(doel);
                if (!toegestaan(van, naar)) {
                    overtredingen.add(label(van) + " -> " + label(naar) + ": " + klasse.getName() + " uses " + doel.getName());
                }
            }
        }
        assertThat(overtredingen).as("uses outside ArchitectuurTest.MAG_GEBRUIKEN").isEmpty();
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching(ROUTE071 + ".(*)..").should().beFreeOfCycles().check(klassen);
    }

    @Test
    void delegates_listeners_and_controllers_are_used_only_in_their_own_package() {
        Set<String> overtredingen = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
                JavaClass doel = afhankelijkheid.getTargetClass().getBaseComponentType();
                if (doel.getPackageName().startsWith(ROUTE071) && isIngang(doel)
                        && !pakket(doel).equals(pakket(klasse))) {
                    overtredingen.add(klasse.getName() + " uses " + doel.getName());
                }
            }
        }
        assertThat(overtredingen).as("engine callbacks and controllers used from another package").isEmpty();
    }

    @Test
    void the_foundation_and_web_use_no_feature_package() {
        for (String pakket : Set.of("gedeeld", "instellingen", "web", "database")) {
            assertThat(MAG_GEBRUIKEN.get(pakket)).as(pakket).isEmpty();
        }
        assertThat(FUNDAMENT).allSatisfy(p -> assertThat(MAG_GEBRUIKEN.get(p)).as(p).isEmpty());
    }

    @Test
    void route_code_uses_the_public_api_of_the_engine_only() {
        Set<String> overtredingen = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            if (ENGINEPAKKETTEN.contains(pakket(klasse)) || ENGINE_INTERN_DEUREN.containsKey(buitensteKlasse(klasse))) {
                continue;
            }
            for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
                if (afhankelijkheid.getTargetClass().getBaseComponentType().getPackageName().startsWith("org.camunda.bpm.engine.impl")) {
                    overtredingen.add(klasse.getName() + " uses " + afhankelijkheid.getTargetClass().getName());
                }
            }
        }
        assertThat(overtredingen).as("org.camunda.bpm.engine.impl outside ENGINEPAKKETTEN and ENGINE_INTERN_DEUREN").isEmpty();
    }

    @Test
    void every_engine_hook_is_listed_in_the_architecture_doc() throws Exception {
        Map<String, String> haken = haken();
        // the rule sees the hooks at all: a plugin, an interceptor and a filter it must find
        assertThat(haken).containsKeys("EngineBeveiliging", "FormulierBewaking", "ApiToegang.Filter", "Rapportgegevens");
        String docs = Files.readString(Path.of("docs/architecture.md"));
        int begin = docs.indexOf(HAKEN_IN_DE_DOCS);
        assertThat(begin).as("docs/architecture.md has the section " + HAKEN_IN_DE_DOCS).isNotNegative();
        int einde = docs.indexOf("\n## ", begin + HAKEN_IN_DE_DOCS.length());
        String sectie = docs.substring(begin, einde < 0 ? docs.length() : einde);
        Set<String> ontbrekend = new TreeSet<>();
        haken.forEach((naam, soort) -> {
            if (!sectie.contains("`" + naam + "`")) {
                ontbrekend.add(soort + " " + naam);
            }
        });
        assertThat(ontbrekend).as("engine hooks not named in docs/architecture.md, " + HAKEN_IN_DE_DOCS).isEmpty();
    }

    @Test
    void every_command_interceptor_has_its_place_in_the_commandoketen() {
        Set<String> geplaatst = new TreeSet<>();
        for (Commandoketen schakel : Commandoketen.values()) {
            geplaatst.add(schakel.klasse());
        }
        Set<String> interceptors = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            if (klasse.getRawSuperclass().map(JavaClass::getName).orElse("").equals("org.camunda.bpm.engine.impl.interceptor.CommandInterceptor")) {
                interceptors.add(klasse.getName());
            }
        }
        assertThat(interceptors).as("Route071's command interceptors").isNotEmpty();
        assertThat(geplaatst).as("the interceptors in gedeeld/Commandoketen").containsExactlyInAnyOrderElementsOf(interceptors);
    }

    /** Each hook class by its name as the docs write it (Outer.Inner; an anonymous class by its outer class), with its kind. */
    static Map<String, String> haken() {
        Map<String, String> haken = new TreeMap<>();
        for (JavaClass klasse : klassen) {
            Set<String> supertypen = new TreeSet<>();
            klasse.getRawSuperclass().ifPresent(boven -> supertypen.add(boven.getName()));
            klasse.getRawInterfaces().forEach(i -> supertypen.add(i.getName()));
            for (String supertype : supertypen) {
                if (HAAKSOORTEN.containsKey(supertype)) {
                    haken.put(docsnaam(klasse), HAAKSOORTEN.get(supertype));
                }
            }
        }
        return haken;
    }

    private static String docsnaam(JavaClass klasse) {
        String naam = klasse.getName().substring(klasse.getPackageName().length() + 1);
        StringBuilder docs = new StringBuilder();
        for (String deel : naam.split("\\$")) {
            if (deel.isEmpty() || Character.isDigit(deel.charAt(0))) {
                break;
            }
            docs.append(docs.isEmpty() ? "" : ".").append(deel);
        }
        return docs.toString();
    }

    private static String buitensteKlasse(JavaClass klasse) {
        int dollar = klasse.getName().indexOf('$');
        return dollar < 0 ? klasse.getName() : klasse.getName().substring(0, dollar);
    }

    private static boolean toegestaan(String van, String naar) {
        return van.equals(naar) || FUNDAMENT.contains(naar) || MAG_GEBRUIKEN.getOrDefault(van, Set.of()).contains(naar);
    }

    private static boolean isIngang(JavaClass klasse) {
        String naam = klasse.getSimpleName();
        return INGANGEN.stream().anyMatch(naam::endsWith);
    }

    /** The first package below nl.route071 ("" for the root package); nested classes belong to their outer class's. */
    static String pakket(JavaClass klasse) {
        String naam = klasse.getPackageName();
        if (naam.equals(ROUTE071)) {
            return "";
        }
        String rest = naam.substring(ROUTE071.length() + 1);
        int punt = rest.indexOf('.');
        return punt < 0 ? rest : rest.substring(0, punt);
    }

    private static String label(String pakket) {
        return pakket.isEmpty() ? "(root)" : pakket;
    }
}
