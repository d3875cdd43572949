package nl.route071;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
            entry("", Set.of()),
            // foundation and technical parts: no feature package
            entry("gedeeld", Set.of()),
            entry("instellingen", Set.of()),
            entry("database", Set.of()),
            entry("web", Set.of()),
            entry("beveiliging", Set.of()),
            entry("toegang", Set.of()),
            entry("weergave", Set.of()),
            entry("tasklist", Set.of()),
            entry("formulier", Set.of()),
            entry("migratie", Set.of()),
            // the people and places of the region; the administrator comes from toegang
            entry("directory", Set.of("toegang")),
            // the route: proposal, councils, colleges, execution, votes (each other's ids and variable names are
            // compile-time constants, which do not count)
            entry("voorstel", Set.of("directory")),
            entry("raad", Set.of()),
            entry("college", Set.of()),
            entry("uitvoering", Set.of("directory")),
            entry("stemming", Set.of("directory")),
            // what reads the route afterwards
            entry("historie", Set.of()),
            entry("overzicht", Set.of("web", "historie", "directory")),
            entry("evaluatie", Set.of("web", "historie", "directory")),
            entry("notificatie", Set.of("web", "directory", "stukken")),
            // the stukken of the proposals: the logged-in user (web), the gemeenten (directory)
            entry("stukken", Set.of("web", "directory")));

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
