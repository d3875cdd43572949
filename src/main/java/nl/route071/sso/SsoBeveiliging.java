package nl.route071.sso;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.route071.gedeeld.Groepen;
import nl.route071.http.ApiToegang;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff log in with their gemeente's own identity provider (issue #23, docs/security.md); only with
 * {@code route071.sso.enabled} (profile {@code sso}). Two Spring Security filter chains:
 * <ul>
 * <li><b>Tools</b> ({@code /engine-rest/**}, {@code /api/**}): bearer JWTs only, stateless. The token's issuer picks
 * the provider (unknown issuer: 401); its signature (the provider's keys), expiry, issuer and audience (the client id
 * of that provider's registration) are checked; its groups claim becomes Route071 groups as at login (a provider that
 * names another gemeente's group: 401). Camunda's {@link ProcessEngineAuthenticationFilter} then runs the request as
 * that user with those groups ({@link SpringSecurityGebruiker}), so the engine's authorizations decide what the token
 * may do, exactly as for an HTTP Basic user in the embedded default. No HTTP Basic, no session.</li>
 * <li><b>Staff</b> (everything else): OpenID Connect login, the provider chosen on {@code /aanmelden}; Camunda's
 * {@link ContainerBasedAuthenticationFilter} takes the user into the webapps (Tasklist, Cockpit, Admin), and the login
 * puts them into the webapps' session at once, so Route071's pages know them too. The webapps' own password login is
 * closed. Logout at {@code POST /logout} ends the session here and at the provider (RP-initiated logout).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "route071.sso.enabled", havingValue = "true")
@EnableWebSecurity
class SsoBeveiliging {

    private static final Logger LOG = LoggerFactory.getLogger(SsoBeveiliging.class);

    static final String AANMELDEN = "/aanmelden";
    static final String AFGEMELD = "/afgemeld";
    static final String TASKLIST = "/camunda/app/tasklist/";
    static final String TECHNISCHE_BEHEERDER = "route071-sso";

    /** Spring Security's filter chain in front of every other filter (Boot's default order), as Boot would register it. */
    @Bean
    DelegatingFilterProxyRegistrationBean route071SsoFilterketen() {
        DelegatingFilterProxyRegistrationBean registratie = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        registratie.setName("route071-sso");
        registratie.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER);
        registratie.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        return registratie;
    }

    /**
     * Spring's strict firewall, except for what the engine itself already guards (';' matrix parameters, which the
     * engine's own query check covers, docs/security.md) and the encoded slashes in Cockpit's resource paths.
     */
    @Bean
    WebSecurityCustomizer route071SsoFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowSemicolon(true);
        firewall.setAllowUrlEncodedSlash(true);
        return web -> web.httpFirewall(firewall);
    }

    /**
     * Camunda's webapps send everyone to the first-administrator setup while no user is in {@code camunda-admin}. With
     * SSO the administrators come from the regional provider, and the setup (closed above) would create a local user
     * with a password; so a technical member {@value #TECHNISCHE_BEHEERDER} without a password, which cannot log in
     * anywhere, keeps the webapps from asking until a real administrator has logged in.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void geenSetupVanDeWebapps(ApplicationReadyEvent gereed) {
        IdentityService identityService = gereed.getApplicationContext().getBean(ProcessEngine.class).getIdentityService();
        if (identityService.createUserQuery().userId(TECHNISCHE_BEHEERDER).count() == 0) {
            User gebruiker = identityService.newUser(TECHNISCHE_BEHEERDER);
            gebruiker.setFirstName("Route071");
            gebruiker.setLastName("SSO (technisch, zonder wachtwoord)");
            identityService.saveUser(gebruiker);
        }
        if (identityService.createUserQuery().userId(TECHNISCHE_BEHEERDER).memberOfGroup(Groepen.BEHEERDERS).count() == 0) {
            identityService.createMembership(TECHNISCHE_BEHEERDER, Groepen.BEHEERDERS);
        }
    }

    @Bean
    Lidmaatschappen route071SsoLidmaatschappen(ProcessEngine engine) {
        return new Lidmaatschappen(engine.getIdentityService());
    }

    @Bean
    OidcGebruikers route071SsoGebruikers(Aanbieders aanbieders, Lidmaatschappen lidmaatschappen) {
        return new OidcGebruikers(aanbieders, lidmaatschappen);
    }

    private static PathPatternRequestMatcher pad(String patroon) {
        return PathPatternRequestMatcher.withDefaults().matcher(patroon);
    }

    private static PathPatternRequestMatcher pad(HttpMethod methode, String patroon) {
        return PathPatternRequestMatcher.withDefaults().matcher(methode, patroon);
    }

    // ---- tools: bearer tokens on /engine-rest and /api

    @Bean
    @Order(1)
    SecurityFilterChain route071Gereedschap(HttpSecurity http, ClientRegistrationRepository registraties, Aanbieders aanbieders)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(pad("/engine-rest/**"), pad("/api/**")))
                .csrf(csrf -> csrf.disable())
                .headers(koppen -> koppen.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(regels -> regels
                        // the readiness probe, as in the embedded default (Camunda lets GET /engine pass without a user)
                        .requestMatchers(pad(HttpMethod.GET, "/engine-rest/engine")).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.authenticationManagerResolver(uitgevers(registraties, aanbieders)))
                .addFilterAfter(new ApiGebruikerFilter(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** One JWT check per provider, chosen by the token's issuer; an issuer no registration names is refused. */
    static AuthenticationManagerResolver<HttpServletRequest> uitgevers(ClientRegistrationRepository registraties, Aanbieders aanbieders) {
        Map<String, AuthenticationManager> perUitgever = new HashMap<>();
        if (registraties instanceof Iterable<?> alle) {
            for (Object element : alle) {
                ClientRegistration registratie = (ClientRegistration) element;
                String uitgever = registratie.getProviderDetails().getIssuerUri();
                aanbieders.aanbieder(registratie.getRegistrationId()).ifPresentOrElse(aanbieder -> {
                    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registratie.getProviderDetails().getJwkSetUri()).build();
                    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(uitgever),
                            publiek(registratie.getClientId())));
                    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
                    provider.setJwtAuthenticationConverter(jwt -> token(jwt, aanbieder, aanbieders));
                    perUitgever.put(uitgever, new ProviderManager(provider));
                }, () -> LOG.warn("SSO: registration {} is not in {}; its tokens are refused", registratie.getRegistrationId(),
                        Aanbieders.AANBIEDERS));
            }
        }
        LOG.info("SSO: bearer tokens accepted from {}", perUitgever.keySet());
        return new JwtIssuerAuthenticationManagerResolver(perUitgever::get);
    }

    /** The token must be meant for Route071: its audience names the client id of the provider's registration. */
    static OAuth2TokenValidator<Jwt> publiek(String clientId) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(clientId) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Het token is niet voor Route071 bestemd (aud)", null));
    }

    static JwtAuthenticationToken token(Jwt jwt, Aanbieders.Aanbieder aanbieder, Aanbieders aanbieders) {
        try {
            String gebruiker = aanbieders.gebruikersId(aanbieder, jwt.getClaimAsString(aanbieder.gebruikersclaim()));
            List<String> groepen = List.copyOf(aanbieders.groepen(aanbieder, OidcGebruikers.waarden(jwt.getClaims().get(aanbieder.groepenclaim()))));
            return new JwtAuthenticationToken(jwt, SsoGebruiker.autoriteiten(groepen), gebruiker);
        }
        catch (Aanbieders.Geweigerd e) {
            LOG.warn("SSO: bearer token refused ({}, subject {}): {}", aanbieder.id(), jwt.getSubject(), e.getMessage());
            throw new InvalidBearerTokenException(e.getMessage());
        }
    }

    /** /api/**: the token's user and groups for {@link ApiToegang}'s table, which then decides as it does for HTTP Basic. */
    static final class ApiGebruikerFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication aanmelding = SecurityContextHolder.getContext().getAuthentication();
            if (aanmelding instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
                request.setAttribute(ApiToegang.GEBRUIKER, new ApiToegang.ApiGebruiker(token.getName(), SsoGebruiker.groepen(token.getAuthorities())));
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> route071SsoEngineRest() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.setName("route071-sso-engine-rest");
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SpringSecurityGebruiker.class.getName()));
        registratie.setOrder(1);
        return registratie;
    }

    // ---- staff: OIDC login for the webapps and the pages

    @Bean
    @Order(2)
    SecurityFilterChain route071Medewerkers(HttpSecurity http, OidcGebruikers gebruikers, ClientRegistrationRepository registraties,
            ProcessEngine engine) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler doorgaan = new SavedRequestAwareAuthenticationSuccessHandler();
        doorgaan.setDefaultTargetUrl(TASKLIST);
        OidcClientInitiatedLogoutSuccessHandler afmelden = new OidcClientInitiatedLogoutSuccessHandler(registraties);
        afmelden.setPostLogoutRedirectUri("{baseUrl}" + AFGEMELD);
        http.csrf(csrf -> csrf.disable())
                .headers(koppen -> koppen.disable())
                .authorizeHttpRequests(regels -> regels
                        // the webapps' own password login is closed: staff log in at their provider
                        .requestMatchers(pad(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        // and so is Camunda's first-administrator setup (a local user with a password, for anyone)
                        .requestMatchers(pad("/camunda/api/admin/setup/**"), pad("/camunda/app/admin/*/setup/**")).denyAll()
                        .requestMatchers(pad(AANMELDEN), pad(AFGEMELD), pad("/error"), pad("/route071/**"), pad("/favicon.ico")).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(fouten -> fouten
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pad("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(AANMELDEN), pad("/**")))
                .oauth2Login(login -> login.loginPage(AANMELDEN)
                        .userInfoEndpoint(info -> info.oidcUserService(gebruikers))
                        .successHandler((request, response, aanmelding) -> {
                            inWebapps(request, aanmelding, engine);
                            doorgaan.onAuthenticationSuccess(request, response, aanmelding);
                        })
                        .failureHandler((request, response, fout) -> {
                            LOG.warn("SSO: login failed: {}", fout.getMessage());
                            HttpSession sessie = request.getSession(false);
                            if (sessie != null) {
                                sessie.invalidate();
                            }
                            SecurityContextHolder.clearContext();
                            response.sendRedirect(request.getContextPath() + AANMELDEN + "?fout");
                        }))
                .logout(uit -> uit.logoutRequestMatcher(pad(HttpMethod.POST, "/logout")).logoutSuccessHandler(afmelden));
        return http.build();
    }

    /** The logged-in user into the webapps' session (as Camunda's own login does), so Route071's pages know them at once. */
    static void inWebapps(HttpServletRequest request, Authentication aanmelding, ProcessEngine engine) {
        List<String> groepen = SsoGebruiker.groepen(aanmelding.getAuthorities());
        UserAuthentication gebruiker = AuthenticationUtil.createAuthentication(engine, aanmelding.getName(), groepen,
                SpringSecurityGebruiker.tenants(engine, groepen));
        if (gebruiker == null) {
            return;
        }
        HttpSession sessie = request.getSession();
        Authentications webapps = AuthenticationUtil.getAuthsFromSession(sessie);
        webapps.addOrReplace(gebruiker);
        AuthenticationUtil.updateSession(sessie, webapps);
    }

    /** Camunda's container-based authentication for the webapps, with Spring Security as the container. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> route071SsoWebapps() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registratie = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registratie.setName("route071-sso-webapps");
        registratie.addUrlPatterns("/camunda/*");
        registratie.setInitParameters(Map.of("authentication-provider", SpringSecurityGebruiker.class.getName()));
        registratie.setOrder(1);
        return registratie;
    }
}
