package io.relais.web.api;

import io.relais.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("me")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class MeResource {

    @Inject
    SecurityContext securityContext;

    public record Me(String username, List<String> roles) {
    }

    @GET
    @Operation(summary = "Who the credentials belong to, and their roles")
    public Me me() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name)
                .filter(securityContext::isCallerInRole).toList();
        return new Me(securityContext.getCallerPrincipal().getName(), roles);
    }
}
