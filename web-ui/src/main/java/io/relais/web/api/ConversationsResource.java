package io.relais.web.api;

import io.relais.channels.boundary.Replies;
import io.relais.channels.boundary.ReplyDraft;
import io.relais.routing.boundary.ClockView;
import io.relais.routing.boundary.ServiceClocks;
import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.timeline.boundary.CallOutcome;
import io.relais.timeline.boundary.ConversationMoves;
import io.relais.timeline.boundary.ConversationStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.boundary.PromiseState;
import io.relais.timeline.boundary.RecordedInteraction;
import io.relais.timeline.boundary.Timeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    ConversationMoves conversationMoves;

    @Inject
    Timeline timeline;

    @Inject
    SecurityContext securityContext;

    @Inject
    Replies replies;

    @Inject
    ServiceClocks clocks;

    /**
     * What an agent or an integration records: a call, a letter received, a note, a promise, a
     * survey answer, a FAQ page read, a message from elsewhere. Fields that do not apply to the
     * kind are left out; the author is the caller.
     */
    public record InteractionRequest(String channel, String direction, String kind, String providerMessageId,
                                     String occurredAt, String text, String html, Integer callDurationSeconds,
                                     String callOutcome, String letterReceivedOn, String registeredNumber,
                                     String scanRef, String promiseDueAt, Integer surveyScore, String pageUrl,
                                     List<InteractionDetails.AttachmentInfo> attachments) {
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
        UUID conversationId = UuidParameters.required(id, "conversation id");
        Instant given = InstantParameters.optional(request.occurredAt(), "occurredAt");
        Instant occurredAt = given == null ? Instant.now() : given;
        var details = new InteractionDetails(securityContext.getCallerPrincipal().getName(), request.html(),
                request.callDurationSeconds(),
                EnumParameters.optional(CallOutcome.class, request.callOutcome(), "callOutcome"),
                request.letterReceivedOn() == null || request.letterReceivedOn().isBlank() ? null
                        : parse(() -> LocalDate.parse(request.letterReceivedOn()),
                        "'letterReceivedOn' is a date such as 2026-11-02"),
                blankToNull(request.registeredNumber()), blankToNull(request.scanRef()),
                InstantParameters.optional(request.promiseDueAt(), "promiseDueAt"),
                request.surveyScore(), blankToNull(request.pageUrl()), request.attachments());
        var interaction = new NewInteraction(conversationId,
                EnumParameters.required(Channel.class, request.channel(), "channel"),
                EnumParameters.required(Direction.class, request.direction(), "direction"),
                EnumParameters.required(InteractionKind.class, request.kind(), "kind"),
                blankToNull(request.providerMessageId()), occurredAt, request.text(), details);
        RecordedInteraction recorded = timeline.record(interaction);
        return Response.status(recorded.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(recorded).build();
    }

    /** {@code variantId}: the library variant the reply started from, counted as used. */
    public record ReplyRequest(String channel, String subject, String text, String variantId) {
    }

    @GET
    @Path("{id}/clocks")
    @Operation(summary = "The conversation's service clocks, newest first",
            description = "First response, next response, resolution and promises: target, warning and deadline "
                    + "(absent while paused, waiting for the customer), and whether it was warned, breached, stopped.")
    public List<ClockView> clocks(@PathParam("id") String id) {
        return clocks.clocks(UuidParameters.required(id, "conversation id"));
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to the customer: recorded in the conversation, then sent on its channel",
            description = "Email replies leave from the mailbox the customer wrote to, in his thread, to the address "
                    + "he last wrote from; the interaction's deliveryStatus (QUEUED, SENT, FAILED with the reason) "
                    + "shows in the timeline. On channels without an adapter yet the reply is only recorded "
                    + "(queued: false). A reply on another channel than the customer's opens with a hand-off line. "
                    + "422 with the findings when the channel cannot carry it (the composer's checks), 409 when the "
                    + "customer has no address on the channel.")
    public Response reply(@PathParam("id") String id, ReplyRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with channel and text is required");
        }
        Replies.SentReply sent = replies.send(new ReplyDraft(UuidParameters.required(id, "conversation id"),
                EnumParameters.required(Channel.class, request.channel(), "channel"), request.subject(), request.text(),
                securityContext.getCallerPrincipal().getName(), UuidParameters.optional(request.variantId(), "variantId")),
                Locale.ENGLISH);
        return Response.status(sent.queued() ? Response.Status.ACCEPTED : Response.Status.CREATED).entity(sent).build();
    }

    public record InteractionsRequest(List<String> interactionIds, String subject) {
    }

    @POST
    @Path("{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move interactions of the same customer into this conversation")
    public Response move(@PathParam("id") String id, InteractionsRequest request) {
        conversationMoves.moveInteractions(ids(request), conversationId(id));
        return Response.noContent().build();
    }

    public record SplitResponse(UUID conversationId) {
    }

    @POST
    @Path("{id}/splits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split interactions off this conversation into a new one, with an optional subject")
    public Response split(@PathParam("id") String id, InteractionsRequest request) {
        UUID split = conversationMoves.splitConversation(conversationId(id), ids(request), request.subject());
        return Response.status(Response.Status.CREATED).entity(new SplitResponse(split)).build();
    }

    public record MergeRequest(String sourceConversationId) {
    }

    @POST
    @Path("{id}/merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge another conversation of the same customer into this one; the other is closed")
    public Response merge(@PathParam("id") String id, MergeRequest request) {
        if (request == null || request.sourceConversationId() == null) {
            throw new BadRequestException("'sourceConversationId' is required");
        }
        conversationMoves.mergeConversations(conversationId(id), conversationId(request.sourceConversationId()));
        return Response.noContent().build();
    }

    public record StatusRequest(String status) {
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the status: OPEN, WAITING_FOR_CUSTOMER, WAITING_FOR_US, RESOLVED or CLOSED")
    public Response status(@PathParam("id") String id, StatusRequest request) {
        timeline.changeStatus(conversationId(id), EnumParameters.required(ConversationStatus.class,
                request == null ? null : request.status(), "status"));
        return Response.noContent().build();
    }

    public record PromiseRequest(String state) {
    }

    @PUT
    @Path("promises/{interactionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say whether a promise was KEPT or BROKEN")
    public Response settlePromise(@PathParam("interactionId") String id, PromiseRequest request) {
        UUID interactionId = UuidParameters.required(id, "interaction id");
        timeline.settlePromise(interactionId, EnumParameters.required(PromiseState.class,
                request == null ? null : request.state(), "state"));
        return Response.noContent().build();
    }

    private static UUID conversationId(String id) {
        return UuidParameters.required(id, "conversation id");
    }

    private static Set<UUID> ids(InteractionsRequest request) {
        if (request == null || request.interactionIds() == null || request.interactionIds().isEmpty()) {
            throw new BadRequestException("'interactionIds' lists at least one interaction");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : request.interactionIds()) {
            ids.add(UuidParameters.required(id, "interaction id"));
        }
        return ids;
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
