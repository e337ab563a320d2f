package io.relais.web.api;

import io.relais.shared.Role;
import io.relais.timeline.boundary.CustomerMerges;
import io.relais.timeline.boundary.MergeRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("merges")
@RequestScoped
@RolesAllowed(Role.SUPERVISOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class MergesResource {

    @Inject
    CustomerMerges customerMerges;

    @Inject
    SecurityContext securityContext;

    public record UnmergeRequest(String reason) {
    }

    @POST
    @Path("{id}/unmerge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo a merge: the absorbed customer gets back his identities, conversations and interactions",
            description = "Interactions that arrived since stay with the survivor, unless they came through an "
                    + "identity that goes back.")
    public MergeRecord unmerge(@PathParam("id") String id, UnmergeRequest request) {
        return customerMerges.unmerge(UuidParameters.required(id, "merge id"), securityContext.getCallerPrincipal().getName(),
                request == null ? null : request.reason());
    }
}
