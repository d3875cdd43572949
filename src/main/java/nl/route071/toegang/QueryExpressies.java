package nl.route071.toegang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
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

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No expressions in task and filter queries, at the door. The engine refuses expressions in ad-hoc and
 * stored queries ({@code enable-expressions-in-adhoc-queries} and {@code -stored-queries} off), but Camunda
 * 7.24 checks only the top level of a task query: an expression inside {@code orQueries} is still
 * evaluated (measured: {@code {"orQueries":[{"dueAfterExpression":"${now()}"}]}} ran). This filter answers 400
 * to any query parameter, and any field of a JSON task or filter query at any depth, whose name ends in
 * {@code Expression}, on {@code /engine-rest} and on the webapps' engine API.
 */
@Configuration(proxyBeanMethods = false)
class QueryExpressies {

    static final Pattern QUERY_PAD = Pattern.compile(".*/(task|task/count|filter/create|filter/[^/]+(/list|/count|/singleResult)?)$");
    static final String MELDING = "Expressies in zoekvragen zijn niet toegestaan (veld %s).";

    @Bean
    FilterRegistrationBean<Filter> queryExpressiesFilter() {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter());
        registratie.setName("route071-query-expressies");
        registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registratie.setOrder(2);
        return registratie;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ObjectMapper json = new ObjectMapper();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            for (String naam : request.getParameterMap().keySet()) {
                if (isExpressie(naam)) {
                    weiger(response, naam);
                    return;
                }
            }
            if (!QUERY_PAD.matcher(request.getRequestURI()).matches() || request.getContentType() == null
                    || !request.getContentType().contains("json")) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readAllBytes();
            String veld = expressieIn(body);
            if (veld != null) {
                weiger(response, veld);
                return;
            }
            chain.doFilter(new OpnieuwLeesbaar(request, body), response);
        }

        private String expressieIn(byte[] body) {
            try {
                return expressieIn(json.readTree(body));
            }
            catch (IOException e) {
                return null; // not JSON: Camunda's REST answers that itself
            }
        }

        private static String expressieIn(JsonNode knoop) {
            if (knoop == null) {
                return null;
            }
            if (knoop.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> velden = knoop.fields(); velden.hasNext();) {
                    Map.Entry<String, JsonNode> veld = velden.next();
                    if (isExpressie(veld.getKey()) && !veld.getValue().isNull()) {
                        return veld.getKey();
                    }
                    String dieper = expressieIn(veld.getValue());
                    if (dieper != null) {
                        return dieper;
                    }
                }
            }
            if (knoop.isArray()) {
                for (JsonNode element : knoop) {
                    String dieper = expressieIn(element);
                    if (dieper != null) {
                        return dieper;
                    }
                }
            }
            return null;
        }

        private static boolean isExpressie(String naam) {
            return naam.endsWith("Expression");
        }

        private static void weiger(HttpServletResponse response, String veld) throws IOException {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + String.format(MELDING, veld.replace("\"", ""))
                    + " Expressions are forbidden in queries.\"}");
        }
    }

    /** The request with its body read once and offered again. */
    static final class OpnieuwLeesbaar extends HttpServletRequestWrapper {

        private final byte[] body;

        OpnieuwLeesbaar(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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
                public int read(byte[] b, int off, int len) {
                    return bron.read(b, off, len);
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
                    // the body is already in memory: all of it is available at once
                    try {
                        listener.onDataAvailable();
                        if (isFinished()) {
                            listener.onAllDataRead();
                        }
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
