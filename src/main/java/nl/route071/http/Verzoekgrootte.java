package nl.route071.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import nl.route071.instellingen.Beveiligingsinstellingen;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body limit on the engine's APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}):
 * {@code route071.beveiliging.max-verzoek-kb} (default 512 KB, a deployment of every model of the route
 * together with their forms is about 200 KB). A declared larger body gets 413 before it is read; a chunked body is cut off
 * at the limit and the request fails.
 */
@Configuration(proxyBeanMethods = false)
class Verzoekgrootte {

    static final String MELDING = "Het verzoek is te groot: ten hoogste %d KB.";

    @Bean
    FilterRegistrationBean<Filter> verzoekgrootteFilter(Beveiligingsinstellingen instellingen) {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new Filter(instellingen.maxVerzoekKb() * 1024L));
        registratie.setName("route071-verzoekgrootte");
        registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registratie.setOrder(0);
        return registratie;
    }

    static final class Filter extends OncePerRequestFilter {

        private final long maximum;

        Filter(long maximum) {
            this.maximum = maximum;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maximum) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Connection", "close");
                response.getWriter().write("{\"type\":\"BadUserRequestException\",\"message\":\"" + String.format(MELDING, maximum / 1024) + "\"}");
                return;
            }
            chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Begrensd(request, maximum), response);
        }
    }

    /** A request whose body of unknown length ends in an error once it passes the limit. */
    static final class Begrensd extends HttpServletRequestWrapper {

        private final long maximum;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest request, long maximum) {
            super(request);
            this.maximum = maximum;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                ServletInputStream bron = super.getInputStream();
                stroom = new ServletInputStream() {
                    long gelezen;

                    private void tel(long aantal) throws IOException {
                        gelezen += aantal;
                        if (gelezen > maximum) {
                            throw new IOException(String.format(MELDING, maximum / 1024));
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = bron.read();
                        if (b >= 0) {
                            tel(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int van, int lengte) throws IOException {
                        int n = bron.read(buffer, van, lengte);
                        if (n > 0) {
                            tel(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return bron.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return bron.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        bron.setReadListener(listener);
                    }
                };
            }
            return stroom;
        }
    }
}
