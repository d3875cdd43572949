package nl.route071.sso;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A staff member logged in through their provider: the OIDC user with Route071's user id ({@code <provider>-<name>})
 * as name and the Route071 groups their provider granted as authorities ({@link #GROEP}).
 */
class SsoGebruiker extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    /** Prefix of the authorities that name a Route071 group, for the session login and the bearer token alike. */
    static final String GROEP = "ROUTE071_GROEP_";

    private final String gebruiker;

    SsoGebruiker(OidcUser oidc, String gebruiker, Collection<String> groepen) {
        super(autoriteiten(groepen), oidc.getIdToken(), oidc.getUserInfo());
        this.gebruiker = gebruiker;
    }

    static List<GrantedAuthority> autoriteiten(Collection<String> groepen) {
        return groepen.stream().<GrantedAuthority>map(groep -> new SimpleGrantedAuthority(GROEP + groep)).toList();
    }

    /** The Route071 groups in a set of authorities. */
    static List<String> groepen(Collection<? extends GrantedAuthority> autoriteiten) {
        return autoriteiten.stream().map(GrantedAuthority::getAuthority).filter(a -> a != null && a.startsWith(GROEP))
                .map(a -> a.substring(GROEP.length())).sorted().toList();
    }

    @Override
    public String getName() {
        return gebruiker;
    }

    @Override
    public boolean equals(Object ander) {
        return ander instanceof SsoGebruiker g && super.equals(g) && gebruiker.equals(g.gebruiker);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + gebruiker.hashCode();
    }
}
