package io.relais.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Says in each response how long the server worked on it once the caller was authenticated
 * ({@code Server-Timing: app;dur=3.2}, in milliseconds): browsers' developer tools show it, and
 * the benchmarks tell the work of Relais apart from the network, TLS and sign-in.
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
            response.getHeaders().add("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
        }
    }
}
