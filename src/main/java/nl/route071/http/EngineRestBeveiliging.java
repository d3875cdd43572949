package nl.route071.http;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} answers only with HTTP Basic credentials of a Camunda user (Camunda's own
 * {@link ProcessEngineAuthenticationFilter} with its {@link HttpBasicAuthenticationProvider}); anonymous
 * requests get 401. The request then runs as that user, so the authorizations of {@link nl.route071.toegang.Autorisaties} apply.
 * Camunda Modeler deploys with the same credentials (authentication "HTTP Basic"). With SSO on
 * ({@code route071.sso.enabled}) HTTP Basic is off: nl.route071.sso takes bearer tokens instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "route071.sso.enabled", havingValue = "false", matchIfMissing = true)
class EngineRestBeveiliging {

    static final String ENGINE_REST = "/engine-rest/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticatie() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registratie =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.setName("route071-engine-rest-authenticatie");
        registratie.addUrlPatterns(ENGINE_REST);
        registratie.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName()));
        registratie.setOrder(1);
        return registratie;
    }
}
