package io.relais.web.chat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * The console's socket opens from Relais's own pages only. Browsers send the agent's cookie with a
 * WebSocket handshake from any site and do not apply the same-origin policy to it, so a handshake
 * whose Origin is another host is refused here (clients that are not browsers send no Origin).
 */
@WebFilter("/chat/agent")
public class SameOriginFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameHost(origin, request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the chat console opens from Relais's own pages");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
