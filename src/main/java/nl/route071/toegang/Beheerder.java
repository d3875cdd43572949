package nl.route071.toegang;

import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import nl.route071.instellingen.Beheerderinstellingen;
import nl.route071.instellingen.Demoinstellingen;
import nl.route071.instellingen.Ssoinstellingen;

import org.springframework.stereotype.Component;

/**
 * The administrator account outside the embedded demo: user {@code ROUTE071_ADMIN_USER} (default
 * {@code beheerder}) with the password {@code ROUTE071_ADMIN_PASSWORD} from the environment, member of
 * {@code camunda-admin}. Without demo users (profile {@code postgres}) the application refuses to start
 * when that password is missing, short, a demo password or outside Camunda's password policy, and says why: there are
 * no default credentials. With SSO on ({@code route071.sso.enabled}) there is no local administrator: the regional
 * provider grants {@code camunda-admin} (docs/security.md).
 */
@Component
public class Beheerder {

    public static final String WACHTWOORD_VARIABELE = "ROUTE071_ADMIN_PASSWORD";
    static final int MINIMALE_LENGTE = 12;

    private final String gebruiker;
    private final String wachtwoord;
    private final boolean demo;

    Beheerder(Beheerderinstellingen instellingen, Demoinstellingen demo, Ssoinstellingen sso) {
        this.gebruiker = instellingen.gebruiker();
        this.wachtwoord = instellingen.wachtwoord();
        // with SSO on no local administrator is created (uitOmgeving false) and no password is asked for
        this.demo = demo.enabled() || sso.enabled();
        if (!this.demo) {
            controleer(wachtwoord, gebruiker);
        }
    }

    static void controleer(String wachtwoord) {
        controleer(wachtwoord, "beheerder");
    }

    static void controleer(String wachtwoord, String gebruiker) {
        if (wachtwoord == null || wachtwoord.isBlank()) {
            throw new IllegalStateException("Route071 refuses to start without an admin password: set the environment variable "
                    + WACHTWOORD_VARIABELE + " (at least " + MINIMALE_LENGTE + " characters). Outside the embedded demo "
                    + "there are no default users or passwords.");
        }
        if (wachtwoord.length() < MINIMALE_LENGTE || wachtwoord.equalsIgnoreCase("demo")) {
            throw new IllegalStateException("Route071 refuses to start: the admin password in " + WACHTWOORD_VARIABELE
                    + " is too weak (at least " + MINIMALE_LENGTE + " characters, not a demo password).");
        }
        UserEntity beheerder = new UserEntity(gebruiker);
        if (!new DefaultPasswordPolicyImpl().getRules().stream().allMatch(regel -> regel.execute(wachtwoord, beheerder))) {
            throw new IllegalStateException("Route071 refuses to start: the admin password in " + WACHTWOORD_VARIABELE
                    + " does not meet Camunda's password policy (at least one capital, one small letter, one digit and one special character, and not the user name).");
        }
    }

    /** Whether an administrator from the environment is to be created (not in the embedded demo). */
    public boolean uitOmgeving() {
        return !demo;
    }

    public String gebruiker() {
        return gebruiker;
    }

    public String wachtwoord() {
        return wachtwoord;
    }
}
