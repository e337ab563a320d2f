package io.relais.web.api;

import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.shared.UniqueKeyViolation;
import io.relais.timeline.boundary.ContactIntake;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.InboundContact;
import io.relais.timeline.boundary.NewIdentity;
import io.relais.timeline.boundary.ReceivedContact;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

@Path("contacts")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ContactsResource {

    @Inject
    ContactIntake contactIntake;

    /** A message a customer sent through a system Relais has no adapter for yet (a web form, a CRM). */
    public record ContactRequest(String channel, String senderKind, String sender, String senderName,
                                 Set<String> threadKeys, String providerMessageId, String receivedAt,
                                 String subject, String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in a customer's message: recognise the sender, continue or open a conversation",
            description = "The sender is recognised by a normalised identity (a phone number in any format, an "
                    + "email in any case); the message continues the conversation of one of its thread keys, else "
                    + "the customer's only open conversation active within the window, else opens one. Idempotent on "
                    + "(channel, providerMessageId): 201 when recorded, 200 when it had been.")
    public Response receive(ContactRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with channel, senderKind, sender and text is required");
        }
        Instant receivedAt;
        try {
            receivedAt = request.receivedAt() == null || request.receivedAt().isBlank() ? Instant.now()
                    : Instant.parse(request.receivedAt());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'receivedAt' is not an ISO-8601 instant such as 2026-11-02T08:00:00Z");
        }
        var contact = new InboundContact(EnumParameters.required(Channel.class, request.channel(), "channel"),
                new NewIdentity(EnumParameters.required(IdentityKind.class, request.senderKind(), "senderKind"),
                        request.sender()),
                request.senderName(), request.threadKeys(),
                request.providerMessageId() == null || request.providerMessageId().isBlank() ? null
                        : request.providerMessageId().strip(),
                receivedAt, request.subject(), request.text());
        ReceivedContact received;
        try {
            received = contactIntake.receive(contact);
        } catch (EJBException e) {
            if (!UniqueKeyViolation.causedBy(e)) {
                throw e;
            }
            // Another request registered the same new sender at the same instant, and committed
            // first: the sender is known now, so a second try lands next to it.
            received = contactIntake.receive(contact);
        }
        return Response.status(received.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(received).build();
    }
}
