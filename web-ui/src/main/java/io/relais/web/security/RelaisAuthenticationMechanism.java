package io.relais.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Pages: a sign-in form whose result is kept in the HTTP session; anonymous visitors of a
 * protected page are sent to it and brought back afterwards. API: HTTP Basic or a bearer
 * token on every request, no session, and a 401 with a JSON reason otherwise.
 */
@ApplicationScoped
public class RelaisAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String RETURN_TO_ATTRIBUTE = "io.relais.returnTo";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context, context.getAuthParameters().getCredential());
        }
        if (isApi(request) || request.getHeader("Authorization") != null && isChatConsoleSocket(request)) {
            return authenticateApiCall(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        request.getSession().setAttribute(RETURN_TO_ATTRIBUTE, requestedPath(request));
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id after sign-in, so that a planted session id is worth nothing.
        request.getSession();
        request.changeSessionId();
        request.getSession().setAttribute(SignedInCaller.SESSION_ATTRIBUTE,
                new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.isProtected()
                    ? refuse(response, "authentication required: HTTP Basic or a bearer API token")
                    : context.doNothing();
        }
        Credential credential = credentialOf(authorization);
        if (credential == null) {
            return refuse(response, "unsupported Authorization header: use Basic or Bearer");
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, "invalid credentials");
        }
        return context.notifyContainerAboutLogin(result);
    }

    static Credential credentialOf(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if ("Bearer".equalsIgnoreCase(scheme) && !value.isEmpty()) {
            return new ApiTokenCredential(value);
        }
        if ("Basic".equalsIgnoreCase(scheme)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        return null;
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String reason) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Relais\", Bearer realm=\"Relais\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("error", reason).build().toString());
        } catch (IOException e) {
            // the client went away; the status is all it could have had anyway
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api");
    }

    /** Programs (tests, benchmarks, integrations) open the console's socket with their credentials. */
    private static boolean isChatConsoleSocket(HttpServletRequest request) {
        return "/chat/agent".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
