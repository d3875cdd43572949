package nl.route071.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task sent back as it was received: {@code PUT /task/{id}} (and {@code POST /task/create}) take the body that
 * {@code GET /task/{id}} produced, {@code camundaFormRef} included.
 *
 * <p>The defect (Camunda 7.24.0, {@code camunda-engine-rest-core}): {@code TaskDto.camundaFormRef} is typed as the
 * interface {@code org.camunda.bpm.engine.form.CamundaFormRef}, so Jackson cannot build it from JSON and answers 400
 * "Cannot construct instance of CamundaFormRef" for every task whose user task has {@code camunda:formRef}, i.e. every
 * task of Route071. Tasklist sends the whole task when the due date is cleared (×) or a follow-up date is set, so
 * neither could be saved. The property is output-only: {@code TaskDto.updateTask} does not copy it and the engine's
 * {@code Task} has no setter (it comes from the model). The Operaton fork fixed the same defect by marking it read-only
 * (operaton#3659, PR #3660); this filter does the equivalent on both doors that read a {@code TaskDto}, the REST API
 * ({@code /engine-rest}) and Tasklist's own ({@code /camunda/api/engine}), whose JAX-RS applications take no extra
 * providers: it drops {@code camundaFormRef} from the body before Jackson reads it. Nothing else of the body changes.
 * Remove it once Camunda ships the fix.
 */
@Configuration(proxyBeanMethods = false)
class Formulierverwijzing {

    static final String EIGENSCHAP = "camundaFormRef";
    /** .../task/{id} or .../task/create, after matrix parameters and a trailing slash are taken off. */
    private static final Pattern TAAK = Pattern.compile(".*/task/[^/]+/?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<Filter> formulierverwijzingFilter() {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter());
        registratie.setName("route071-formulierverwijzing-alleen-lezen");
        registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // after the request size limit (order 0), before the webapps' own filters read the body
        registratie.setOrder(1);
        return registratie;
    }

    /** Whether this request sends a task (a {@code TaskDto}) as its body. */
    static boolean stuurtTaak(String methode, String pad) {
        String zonderMatrix = pad.replaceAll(";[^/]*", "");
        return ("PUT".equalsIgnoreCase(methode) && TAAK.matcher(zonderMatrix).matches() && !zonderMatrix.matches(".*/task/create/?"))
                || ("POST".equalsIgnoreCase(methode) && zonderMatrix.matches(".*/task/create/?"));
    }

    /** The body without {@code camundaFormRef}; the body itself when it has none or is no JSON object. */
    static byte[] zonderVerwijzing(byte[] body) {
        try {
            JsonNode taak = JSON.readTree(body);
            if (taak instanceof ObjectNode object && object.has(EIGENSCHAP)) {
                object.remove(EIGENSCHAP);
                return JSON.writeValueAsBytes(object);
            }
        }
        catch (IOException e) {
            // not JSON: the REST layer answers it as before
        }
        return body;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !stuurtTaak(request.getMethod(), request.getRequestURI());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] body = zonderVerwijzing(request.getInputStream().readAllBytes());
            chain.doFilter(new Body(request, body), response);
        }
    }

    /** The request with a body read beforehand. */
    static final class Body extends HttpServletRequestWrapper {

        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bron = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bron.read();
                }

                @Override
                public int read(byte[] buffer, int van, int lengte) {
                    return bron.read(buffer, van, lengte);
                }

                @Override
                public boolean isFinished() {
                    return bron.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the body is already in memory: all of it is available at once, then it is read
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    }
                    catch (java.io.IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
