package nl.route071.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on Route071's own pages and API ({@code /overzicht}, {@code /evaluatie}, {@code /api},
 * static files): no framing, no MIME sniffing, a content security policy that allows scripts and styles
 * only from the application itself (bpmn-js sets inline styles on its SVG), no referrer to other sites,
 * no caching of pages that show process data, and HSTS when the request came over TLS. The Camunda
 * webapps ({@code /camunda}) get theirs from Camunda's own header filter ({@code camunda.bpm.webapp.header-security}).
 */
@Configuration(proxyBeanMethods = false)
public class BeveiligingsHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    @Bean
    FilterRegistrationBean<Filter> beveiligingsHeadersFilter() {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter());
        registratie.setName("route071-beveiligingsheaders");
        registratie.addUrlPatterns("/*");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String pad = request.getRequestURI().substring(request.getContextPath().length());
            return pad.startsWith("/camunda/") || pad.startsWith("/engine-rest/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            String pad = request.getRequestURI().substring(request.getContextPath().length());
            if (!pad.startsWith("/webjars/") && !pad.startsWith("/route071/")) {
                response.setHeader("Cache-Control", "no-store");
            }
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS);
            }
            chain.doFilter(request, response);
        }
    }
}
