package io.relais.web.security;

import io.relais.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in form and the sign-out button. */
@Named
@RequestScoped
public class LoginView {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());
    private static final String HOME = "/inbox.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    Messages messages;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        String returnTo = returnTo(request.getSession(false));
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + returnTo);
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> messages.error("login.failed");
        }
    }

    public void signOut() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "container sign-out failed; the session is dropped anyway", e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + RelaisAuthenticationMechanism.LOGIN_PAGE);
    }

    /** Only a path inside this application, so that the form cannot be used to send people elsewhere. */
    private static String returnTo(HttpSession session) {
        Object saved = session == null ? null : session.getAttribute(RelaisAuthenticationMechanism.RETURN_TO_ATTRIBUTE);
        if (saved instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith(RelaisAuthenticationMechanism.LOGIN_PAGE)) {
            return path;
        }
        return HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
