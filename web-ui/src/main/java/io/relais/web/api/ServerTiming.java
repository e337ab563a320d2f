package io.relais.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Tells each API caller how long the server worked on his request, in the standard
 * {@code Server-Timing} header (browsers' developer tools show it), so that time spent in the
 * server can be told from time spent on the network; benchmarks read it.
 */
@Provider
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            response.getHeaders().putSingle("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", millis));
        }
    }
}
