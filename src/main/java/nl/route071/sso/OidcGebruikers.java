package nl.route071.sso;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.route071.sso.Aanbieders.Aanbieder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The OIDC login's last step, after Spring Security checked the ID token (issuer, audience, expiry, signature): the
 * provider's claims become Route071's user id and groups ({@link Aanbieders}); a login whose claims name a group this
 * provider may not grant is refused as a whole, before anything is written; else the memberships are brought up to
 * date ({@link Lidmaatschappen}).
 */
class OidcGebruikers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger LOG = LoggerFactory.getLogger(OidcGebruikers.class);
    static final String GEWEIGERD = "route071_geweigerd";

    private final OidcUserService oidcUserService = new OidcUserService();
    private final Aanbieders aanbieders;
    private final Lidmaatschappen lidmaatschappen;

    OidcGebruikers(Aanbieders aanbieders, Lidmaatschappen lidmaatschappen) {
        this.aanbieders = aanbieders;
        this.lidmaatschappen = lidmaatschappen;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest verzoek) {
        OidcUser oidc = oidcUserService.loadUser(verzoek);
        String registratie = verzoek.getClientRegistration().getRegistrationId();
        Aanbieder aanbieder = aanbieders.aanbieder(registratie)
                .orElseThrow(() -> weiger("Aanmelding geweigerd: aanbieder " + registratie + " staat niet in " + Aanbieders.AANBIEDERS));
        String gebruiker;
        Set<String> groepen;
        try {
            gebruiker = aanbieders.gebruikersId(aanbieder, oidc.getClaimAsString(aanbieder.gebruikersclaim()));
            groepen = aanbieders.groepen(aanbieder, waarden(oidc.getClaims().get(aanbieder.groepenclaim())));
        }
        catch (Aanbieders.Geweigerd e) {
            LOG.warn("SSO: login refused ({}, subject {}): {}", registratie, oidc.getSubject(), e.getMessage());
            throw weiger(e.getMessage());
        }
        lidmaatschappen.bijwerken(gebruiker, oidc.getFullName(), oidc.getEmail(), groepen);
        LOG.info("SSO: {} logged in through {} with groups {}", gebruiker, registratie, groepen);
        return new SsoGebruiker(oidc, gebruiker, groepen);
    }

    /** The values of a groups claim: a JSON array of strings, or one string. */
    static List<String> waarden(Object claim) {
        if (claim instanceof Collection<?> lijst) {
            return lijst.stream().filter(waarde -> waarde != null).map(Object::toString).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }

    private static OAuth2AuthenticationException weiger(String melding) {
        return new OAuth2AuthenticationException(new OAuth2Error(GEWEIGERD, melding, null), melding);
    }
}
