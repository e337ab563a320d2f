package io.relais.web.api;

import io.relais.responses.boundary.LibraryIndex;
import io.relais.shared.Role;
import io.relais.staff.boundary.ApiTokenView;
import io.relais.staff.boundary.IssuedToken;
import io.relais.staff.boundary.StaffDirectory;
import io.relais.staff.boundary.StaffView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("admin")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {

    @Inject
    LibraryIndex libraryIndex;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SecurityContext securityContext;

    public record TokenRequest(String username, String label) {
    }

    public record IndexRebuilt(long millis) {
    }

    @POST
    @Path("library-index")
    @Operation(summary = "Rebuild the response library's search index from the database",
            description = "The index is rebuilt at each start; this is for a library loaded in bulk by SQL.")
    public IndexRebuilt rebuildLibraryIndex() {
        return new IndexRebuilt(libraryIndex.rebuild());
    }

    @GET
    @Path("staff")
    @Operation(summary = "Staff accounts and their roles")
    public List<StaffView> staff() {
        return staffDirectory.staff();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "API tokens, newest first (never the tokens themselves)")
    public List<ApiTokenView> tokens() {
        return staffDirectory.tokens();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a personal API token; the response is the only time it is shown")
    public Response issue(TokenRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with 'username' and 'label' is required");
        }
        IssuedToken issued = staffDirectory.issueToken(request.username(), request.label(),
                securityContext.getCallerPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token; it stops working at once")
    public Response revoke(@PathParam("id") String id) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("not a token id: " + id);
        }
        if (!staffDirectory.revokeToken(tokenId)) {
            throw new NotFoundException("no token " + id);
        }
        return Response.noContent().build();
    }
}
