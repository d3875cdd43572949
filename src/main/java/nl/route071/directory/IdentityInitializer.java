package nl.route071.directory;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import nl.route071.gedeeld.Groepen;
import nl.route071.instellingen.Demoinstellingen;
import nl.route071.toegang.Beheerder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of {@code referentie/groepen.csv} in every environment, and the demo users of
 * {@code referentie/demo-gebruikers.csv} only when {@code route071.demo.enabled} is set (the embedded
 * default). Idempotent: what exists is left as it is. Outside the demo it creates the administrator of
 * {@link Beheerder} (password from the environment) instead.
 */
@Component
class IdentityInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityInitializer.class);

    private final IdentityService identityService;
    private final boolean demo;
    private final Beheerder beheerder;

    IdentityInitializer(IdentityService identityService, Demoinstellingen demo, Beheerder beheerder) {
        this.identityService = identityService;
        this.demo = demo.enabled();
        this.beheerder = beheerder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void initialize() {
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
        int gebruikers = demo ? createDemoUsers() : 0;
        if (!demo && beheerder.uitOmgeving()) {
            createBeheerder();
        }
        LOG.info("Identity: {} groups and {} demo users created", groepen, gebruikers);
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
