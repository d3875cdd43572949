package nl.route071.directory;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import nl.route071.gedeeld.Groepen;
import nl.route071.instellingen.Demoinstellingen;
import nl.route071.toegang.Beheerder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of {@code referentie/groepen.csv} in every environment, and the demo users of
 * {@code referentie/demo-gebruikers.csv} only when {@code route071.demo.enabled} is set (the embedded
 * default). Idempotent: what exists is left as it is. Outside the demo it creates the administrator of
 * {@link Beheerder} (password from the environment) instead.
 */
@Component
public class IdentityInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityInitializer.class);

    private final IdentityService identityService;
    private final boolean demo;
    private final Beheerder beheerder;
    private final Gemeenten gemeenten;

    IdentityInitializer(IdentityService identityService, Demoinstellingen demo, Beheerder beheerder, Gemeenten gemeenten) {
        this.identityService = identityService;
        this.demo = demo.enabled();
        this.beheerder = beheerder;
        this.gemeenten = gemeenten;
    }

    /** Start-up step 2 ({@code Opstart}). */
    public void initialize() {
        int groepen = 0;
        for (Map<String, String> row : Csv.readClasspath("referentie/groepen.csv")) {
            if (identityService.createGroupQuery().groupId(row.get("id")).count() == 0) {
                Group group = identityService.newGroup(row.get("id"));
                group.setName(row.get("naam"));
                group.setType(row.get("type"));
                identityService.saveGroup(group);
                groepen++;
            }
        }
        int lidmaatschappen = createTenants();
        int gebruikers = demo ? createDemoUsers() : 0;
        if (!demo && beheerder.uitOmgeving()) {
            createBeheerder();
        }
        LOG.info("Identity: {} groups, {} tenant memberships and {} demo users created", groepen, lidmaatschappen, gebruikers);
    }

    /**
     * A tenant per gemeente (same id and name as {@code gemeenten.csv}), and the groups of column {@code gemeente} of
     * {@code groepen.csv} as its members ({@code *}: every gemeente). Idempotent, also for groups that existed before:
     * the council and college instances of a gemeente belong to its tenant ({@code toegang.Gemeentetenants}).
     */
    private int createTenants() {
        int nieuw = 0;
        for (String gemeente : gemeenten.ids()) {
            if (identityService.createTenantQuery().tenantId(gemeente).count() == 0) {
                Tenant tenant = identityService.newTenant(gemeente);
                tenant.setName(gemeenten.naam(gemeente));
                identityService.saveTenant(tenant);
            }
        }
        for (Map<String, String> row : Csv.readClasspath("referentie/groepen.csv")) {
            String kolom = row.getOrDefault("gemeente", "");
            List<String> tenants = "*".equals(kolom) ? gemeenten.ids() : kolom.isBlank() ? List.of() : List.of(kolom);
            for (String tenant : tenants) {
                if (!gemeenten.bestaat(tenant)) {
                    throw new IllegalStateException("groepen.csv: groep " + row.get("id") + " noemt onbekende gemeente " + tenant);
                }
                if (identityService.createTenantQuery().tenantId(tenant).groupMember(row.get("id")).count() == 0) {
                    identityService.createTenantGroupMembership(tenant, row.get("id"));
                    nieuw++;
                }
            }
        }
        return nieuw;
    }

    /** The administrator from the environment; an existing one gets the password from the environment. */
    private void createBeheerder() {
        User user = identityService.createUserQuery().userId(beheerder.gebruiker()).singleResult();
        if (user == null) {
            user = identityService.newUser(beheerder.gebruiker());
            user.setFirstName("Beheerder");
            user.setLastName("Route071");
        }
        user.setPassword(beheerder.wachtwoord());
        identityService.saveUser(user);
        if (identityService.createUserQuery().userId(beheerder.gebruiker()).memberOfGroup(Groepen.BEHEERDERS).count() == 0) {
            identityService.createMembership(beheerder.gebruiker(), Groepen.BEHEERDERS);
        }
        LOG.info("Identity: administrator '{}' from the environment", beheerder.gebruiker());
    }

    private int createDemoUsers() {
        int created = 0;
        for (Map<String, String> row : Csv.readClasspath("referentie/demo-gebruikers.csv")) {
            String id = row.get("id");
            if (identityService.createUserQuery().userId(id).count() > 0) {
                continue;
            }
            User user = identityService.newUser(id);
            user.setFirstName(row.get("voornaam"));
            user.setLastName(row.get("achternaam"));
            user.setEmail(row.get("email"));
            user.setPassword("demo");
            identityService.saveUser(user);
            for (String groep : List.of(row.get("groepen").split(" "))) {
                identityService.createMembership(id, groep);
            }
            created++;
        }
        return created;
    }
}
