package io.relais.web.api;

import io.relais.channels.email.MailDeadLetterView;
import io.relais.channels.email.MailDeadLetters;
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
import java.util.UUID;

@Path("admin/mail/dead-letters")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class MailDeadLettersResource {

    @Inject
    MailDeadLetters deadLetters;

    @GET
    @Operation(summary = "Mail the mailboxes set aside (could not be read or queued), oldest first, with the reason")
    public List<MailDeadLetterView> list(@QueryParam("max") @DefaultValue("100") int max) {
        return deadLetters.list(Math.max(1, Math.min(max, 500)));
    }

    @GET
    @Path("{id}/raw")
    @Produces("message/rfc822")
    @Operation(summary = "The set-aside message as the mailbox held it (RFC 5322), to open in a mail client")
    public Response raw(@PathParam("id") String id) {
        return Response.ok(deadLetters.raw(letter(id)))
                .header("Content-Disposition", "attachment; filename=\"courriel.eml\"")
                .build();
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Read the message again from its bytes and queue it (422 with the reason if it still cannot be read)")
    public Response replay(@PathParam("id") String id) {
        deadLetters.replay(letter(id));
        return Response.accepted().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a set-aside message for good")
    public Response discard(@PathParam("id") String id) {
        deadLetters.discard(letter(id));
        return Response.noContent().build();
    }

    private static UUID letter(String id) {
        return UuidParameters.required(id, "set-aside mail id");
    }
}
