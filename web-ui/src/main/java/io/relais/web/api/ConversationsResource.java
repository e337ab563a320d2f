package io.relais.web.api;

import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.boundary.RecordedInteraction;
import io.relais.timeline.boundary.Timeline;
import io.relais.timeline.entity.Direction;
import io.relais.timeline.entity.InteractionKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Supplier;

@Path("conversations")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ConversationsResource {

    @Inject
    Timeline timeline;

    /** What an agent or an integration records: a call, a letter received, a note, a message from elsewhere. */
    public record InteractionRequest(String channel, String direction, String kind, String providerMessageId,
                                     String occurredAt, String text) {
    }

    @POST
    @Path("{id}/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an interaction in a conversation",
            description = "Idempotent on (channel, providerMessageId): the same message sent again, even concurrently, "
                    + "answers 200 with the first record's id instead of 201.")
    public Response record(@PathParam("id") String id, InteractionRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with channel, direction, kind and text is required");
        }
        UUID conversationId = parse(() -> UUID.fromString(id), "not a conversation id: " + id);
        Instant occurredAt = request.occurredAt() == null || request.occurredAt().isBlank() ? Instant.now()
                : parse(() -> Instant.parse(request.occurredAt()),
                "'occurredAt' is not an ISO-8601 instant such as 2026-11-02T08:00:00Z");
        var interaction = new NewInteraction(conversationId,
                EnumParameters.required(Channel.class, request.channel(), "channel"),
                EnumParameters.required(Direction.class, request.direction(), "direction"),
                EnumParameters.required(InteractionKind.class, request.kind(), "kind"),
                blankToNull(request.providerMessageId()), occurredAt, request.text());
        RecordedInteraction recorded = timeline.record(interaction);
        return Response.status(recorded.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(recorded).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> T parse(Supplier<T> parser, String reason) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestException(reason);
        }
    }
}
