package io.relais.web.api;

import io.relais.channels.email.MailboxPoller;
import io.relais.channels.email.Mailboxes.MailboxSettings;
import io.relais.channels.email.Mailboxes.MailboxView;
import io.relais.channels.email.Mailboxes;
import io.relais.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("admin/mailboxes")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class MailboxesResource {

    @Inject
    Mailboxes mailboxes;

    @GET
    @Operation(summary = "Mailboxes Relais reads and answers from, with where reading stands and the last error")
    public List<MailboxView> list() {
        return mailboxes.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a mailbox (the password is read from the environment variable named by secretName)")
    public Response create(MailboxSettings settings) {
        if (settings == null) {
            throw new BadRequestException("a JSON body with the mailbox's settings is required");
        }
        return Response.status(Response.Status.CREATED).entity(mailboxes.create(settings)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a mailbox's settings")
    public MailboxView change(@PathParam("id") String id, MailboxSettings settings) {
        if (settings == null) {
            throw new BadRequestException("a JSON body with the mailbox's settings is required");
        }
        return mailboxes.change(UuidParameters.required(id, "mailbox id"), settings);
    }

    @POST
    @Path("{id}/poll")
    @Operation(summary = "Read the mailbox now: how many messages were queued, skipped (sent by Relais), and any error")
    public MailboxPoller.PollResult poll(@PathParam("id") String id) {
        return mailboxes.pollNow(UuidParameters.required(id, "mailbox id"));
    }
}
