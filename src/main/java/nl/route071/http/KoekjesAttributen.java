package nl.route071.http;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import nl.route071.instellingen.Beveiligingsinstellingen;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response that sets a cookie sets it {@code Secure} (unless {@code ROUTE071_SECURE_COOKIES=false}, for
 * plain-HTTP tests) and {@code SameSite=Strict}, whoever sets it: Tomcat's session, Camunda's CSRF filter (also
 * on the 403 of a login without CSRF token), Route071's own pages. Cookies that already say SameSite keep it.
 */
@Configuration(proxyBeanMethods = false)
class KoekjesAttributen {

    @Bean
    FilterRegistrationBean<Filter> koekjesAttributenFilter(Beveiligingsinstellingen instellingen) {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter(instellingen.secureCookies()));
        registratie.setName("route071-koekjes");
        registratie.addUrlPatterns("/*");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }

    /** Tomcat's own cookies (the session cookie included) SameSite=Strict as well. */
    @Bean
    CookieSameSiteSupplier koekjesStrikt() {
        return CookieSameSiteSupplier.ofStrict();
    }

    static String aangevuld(String koekje, boolean secure) {
        String klein = koekje.toLowerCase(Locale.ROOT);
        StringBuilder resultaat = new StringBuilder(koekje);
        if (secure && !klein.matches("(?s).*;\\s*secure\\s*(;.*)?$")) {
            resultaat.append("; Secure");
        }
        if (!klein.contains("samesite=")) {
            resultaat.append("; SameSite=Strict");
        }
        return resultaat.toString();
    }

    static final class Filter extends OncePerRequestFilter {

        private final boolean secure;

        Filter(boolean secure) {
            this.secure = secure;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void addCookie(Cookie koekje) {
                    if (secure) {
                        koekje.setSecure(true);
                    }
                    if (koekje.getAttribute("SameSite") == null) {
                        koekje.setAttribute("SameSite", "Strict");
                    }
                    super.addCookie(koekje);
                }

                @Override
                public void addHeader(String naam, String waarde) {
                    super.addHeader(naam, "Set-Cookie".equalsIgnoreCase(naam) && waarde != null ? aangevuld(waarde, secure) : waarde);
                }

                @Override
                public void setHeader(String naam, String waarde) {
                    super.setHeader(naam, "Set-Cookie".equalsIgnoreCase(naam) && waarde != null ? aangevuld(waarde, secure) : waarde);
                }
            });
        }
    }
}
