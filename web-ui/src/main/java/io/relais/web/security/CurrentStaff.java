package io.relais.web.security;

import io.relais.shared.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/** The signed-in person, for pages that adapt their menu to roles. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext securityContext;

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isAgent() {
        return securityContext.isCallerInRole(Role.AGENT_NAME);
    }

    public boolean isSupervisor() {
        return securityContext.isCallerInRole(Role.SUPERVISOR_NAME);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN_NAME);
    }
}
