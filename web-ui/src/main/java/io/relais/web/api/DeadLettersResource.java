package io.relais.web.api;

import io.relais.channels.boundary.DeadLetter;
import io.relais.channels.boundary.InboundDeadLetters;
import io.relais.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("admin/inbound/dead-letters")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class DeadLettersResource {

    @Inject
    InboundDeadLetters deadLetters;

    @GET
    @Operation(summary = "Inbound messages that could not be recorded, oldest first, with the reason")
    public List<DeadLetter> list(@QueryParam("max") @DefaultValue("100") int max) {
        return deadLetters.list(Math.max(1, Math.min(max, 500)));
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Put a dead letter back on the inbound queue (a message already recorded is not recorded twice)")
    public Response replay(@PathParam("id") String id) {
        deadLetters.replay(id);
        return Response.accepted().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a dead letter for good")
    public Response discard(@PathParam("id") String id) {
        deadLetters.discard(id);
        return Response.noContent().build();
    }
}
