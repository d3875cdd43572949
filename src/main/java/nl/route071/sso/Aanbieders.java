package nl.route071.sso;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.route071.directory.Csv;

import org.springframework.stereotype.Component;

/**
 * The identity providers of the staff login and what their claims mean, from reference data:
 * {@code referentie/sso-aanbieders.csv} (per provider: its gemeente, the groups claim, the user claim) and
 * {@code referentie/sso-groepen.csv} (claim values turned into Route071 groups). Which groups a provider may grant
 * follows from column {@code gemeente} of {@code groepen.csv}: a gemeente's provider only the groups of that gemeente,
 * the regional provider only the groups of no single gemeente ({@code camunda-admin}, {@code procesbeheer},
 * {@code regiogriffie}, the bestuurstafels, ...). A mapping row that breaks this rule stops the application at start.
 */
@Component
public class Aanbieders {

    static final String AANBIEDERS = "referentie/sso-aanbieders.csv";
    static final String GROEPEN = "referentie/sso-groepen.csv";
    static final String ROUTE071_GROEPEN = "referentie/groepen.csv";
    static final int MAXIMALE_GEBRUIKERSLENGTE = 64;

    /** A provider: its registration id, the name on the login page, its gemeente ("" = regional), its claims. */
    public record Aanbieder(String id, String naam, String gemeente, String groepenclaim, String gebruikersclaim) {

        boolean regionaal() {
            return gemeente.isBlank();
        }
    }

    /** A login refused because of its claims; the message is Dutch and names what was wrong, never a secret. */
    public static final class Geweigerd extends RuntimeException {

        Geweigerd(String melding) {
            super(melding);
        }
    }

    private final Map<String, Aanbieder> aanbieders = new LinkedHashMap<>();
    /** group id -> its gemeente column ("" none, "*" all, else a gemeente id) */
    private final Map<String, String> groepGemeente = new LinkedHashMap<>();
    /** provider id -> claim value -> group */
    private final Map<String, Map<String, String>> toewijzing = new LinkedHashMap<>();

    public Aanbieders() {
        this(Csv.readClasspath(AANBIEDERS), Csv.readClasspath(GROEPEN), Csv.readClasspath(ROUTE071_GROEPEN));
    }

    Aanbieders(List<Map<String, String>> aanbiederRijen, List<Map<String, String>> groepRijen, List<Map<String, String>> route071Groepen) {
        route071Groepen.forEach(rij -> groepGemeente.put(rij.get("id"), rij.get("gemeente")));
        for (Map<String, String> rij : aanbiederRijen) {
            Aanbieder aanbieder = new Aanbieder(rij.get("id"), rij.get("naam"), rij.get("gemeente"), rij.get("groepenclaim"),
                    rij.get("gebruikersclaim"));
            if (aanbieder.groepenclaim().isBlank() || aanbieder.gebruikersclaim().isBlank()) {
                throw new IllegalStateException(AANBIEDERS + ": aanbieder " + aanbieder.id() + " noemt geen groepenclaim of gebruikersclaim");
            }
            aanbieders.put(aanbieder.id(), aanbieder);
            toewijzing.put(aanbieder.id(), new LinkedHashMap<>());
        }
        for (Map<String, String> rij : groepRijen) {
            Aanbieder aanbieder = aanbieders.get(rij.get("aanbieder"));
            String groep = rij.get("groep");
            if (aanbieder == null) {
                throw new IllegalStateException(GROEPEN + ": onbekende aanbieder " + rij.get("aanbieder"));
            }
            if (!magToekennen(aanbieder, groep)) {
                throw new IllegalStateException(GROEPEN + ": aanbieder " + aanbieder.id() + " mag groep " + groep
                        + " niet toekennen (alleen groepen van " + (aanbieder.regionaal() ? "de regio" : aanbieder.gemeente()) + ")");
            }
            toewijzing.get(aanbieder.id()).put(rij.get("claimwaarde"), groep);
        }
    }

    public Optional<Aanbieder> aanbieder(String id) {
        return Optional.ofNullable(aanbieders.get(id));
    }

    public Collection<Aanbieder> alle() {
        return aanbieders.values();
    }

    /** Whether this provider may make someone a member of this group (groepen.csv, column gemeente). */
    boolean magToekennen(Aanbieder aanbieder, String groep) {
        String gemeente = groepGemeente.get(groep);
        if (gemeente == null) {
            return false;
        }
        return aanbieder.regionaal() ? gemeente.isBlank() || "*".equals(gemeente) : gemeente.equals(aanbieder.gemeente());
    }

    /**
     * The Route071 groups of a user whose groups claim has these values: each value that a mapping row names or that is
     * itself a Route071 group; other values (a directory's unrelated groups) are left out. Refused as a whole when one
     * of them is a group this provider may not grant.
     */
    public Set<String> groepen(Aanbieder aanbieder, Collection<String> claimwaarden) {
        Set<String> groepen = new TreeSet<>();
        Set<String> verboden = new TreeSet<>();
        Map<String, String> rijen = toewijzing.getOrDefault(aanbieder.id(), Map.of());
        for (String waarde : claimwaarden) {
            String groep = rijen.containsKey(waarde) ? rijen.get(waarde) : groepGemeente.containsKey(waarde) ? waarde : null;
            if (groep == null) {
                continue;
            }
            if (magToekennen(aanbieder, groep)) {
                groepen.add(groep);
            }
            else {
                verboden.add(groep);
            }
        }
        if (!verboden.isEmpty()) {
            throw new Geweigerd("Aanmelding geweigerd: " + aanbieder.naam() + " mag geen lidmaatschap geven van " + String.join(", ", verboden));
        }
        return groepen;
    }

    /** Route071's user id for the user a provider names: "<provider>-<value>", lower case, letters, digits and hyphens. */
    public String gebruikersId(Aanbieder aanbieder, String claimwaarde) {
        if (claimwaarde == null || claimwaarde.isBlank()) {
            throw new Geweigerd("Aanmelding geweigerd: het token noemt geen gebruiker (" + aanbieder.gebruikersclaim() + ")");
        }
        String id = (aanbieder.id() + "-" + claimwaarde).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (id.length() > MAXIMALE_GEBRUIKERSLENGTE) {
            throw new Geweigerd("Aanmelding geweigerd: de gebruikersnaam is langer dan " + MAXIMALE_GEBRUIKERSLENGTE + " tekens");
        }
        return id;
    }
}
