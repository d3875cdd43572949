package nl.route071.sso;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a user's Camunda memberships up to date at each login, from the groups their provider granted: the user is
 * created when new (without a password: with SSO on no local password is used), groups the provider no longer names
 * are left, new ones joined. Through the IdentityService, so the Tasklist filters follow
 * ({@code tasklist.FiltersBijLidmaatschap}) and the gemeente tenants come with the groups (groepen.csv).
 */
class Lidmaatschappen {

    private static final Logger LOG = LoggerFactory.getLogger(Lidmaatschappen.class);

    private final IdentityService identityService;

    Lidmaatschappen(IdentityService identityService) {
        this.identityService = identityService;
    }

    void bijwerken(String gebruiker, String naam, String email, Set<String> groepen) {
        User user = identityService.createUserQuery().userId(gebruiker).singleResult();
        if (user == null) {
            user = identityService.newUser(gebruiker);
            user.setFirstName(naam == null || naam.isBlank() ? gebruiker : naam);
            user.setLastName("");
            user.setEmail(email);
            identityService.saveUser(user);
            LOG.info("SSO: user {} created at first login", gebruiker);
        }
        Set<String> huidig = new TreeSet<>(identityService.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(Group::getId).toList());
        for (String groep : huidig) {
            if (!groepen.contains(groep)) {
                identityService.deleteMembership(gebruiker, groep);
            }
        }
        for (String groep : groepen) {
            if (!huidig.contains(groep)) {
                identityService.createMembership(gebruiker, groep);
            }
        }
    }
}
