package io.relais.web.api;

import io.relais.channels.boundary.ReplyPlaceholders;
import io.relais.responses.boundary.AnswerReview;
import io.relais.responses.boundary.AnswerStatus;
import io.relais.responses.boundary.BrandSettings;
import io.relais.responses.boundary.LibraryRecords.AnswerDraft;
import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.LibraryRecords.BrandRules;
import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.HistoryEntry;
import io.relais.responses.boundary.LibraryRecords.MotifDraft;
import io.relais.responses.boundary.LibraryRecords.MotifNode;
import io.relais.responses.boundary.LibraryRecords.RenderedReply;
import io.relais.responses.boundary.LibraryRecords.SuggestedAnswer;
import io.relais.responses.boundary.LibraryRecords.VariantDraft;
import io.relais.responses.boundary.LibraryRecords.VariantView;
import io.relais.responses.boundary.LibrarySearch;
import io.relais.responses.boundary.Motifs;
import io.relais.responses.boundary.OneClickFix;
import io.relais.responses.boundary.ReplyRendering;
import io.relais.responses.boundary.ResponseLibrary;
import io.relais.responses.boundary.VariantForm;
import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.timeline.boundary.ConversationHeader;
import io.relais.timeline.boundary.CustomerDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The response library over HTTP. Every member of staff reads it and writes drafts; supervisors
 * approve, return and retire answers. Refusals come back as 400 (or 409 for a step the answer's
 * state does not allow) with each finding in the caller's language.
 */
@Path("library")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Response library")
public class LibraryResource {

    @Inject
    AnswerReview review;

    @Inject
    BrandSettings brandSettings;

    @Inject
    Motifs motifs;

    @Inject
    ReplyRendering replyRendering;

    @Inject
    ResponseLibrary library;

    @Inject
    ReplyPlaceholders replyPlaceholders;

    @Inject
    LibrarySearch search;

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    SecurityContext securityContext;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    public record Created(String id) {
    }

    public record Note(String note) {
    }

    public record RenderRequest(String conversationId, Map<String, String> values) {
    }

    public record FeedbackRequest(String interactionId, String comment) {
    }

    public record SuggestionRequest(String conversationId, String channel, String text) {
    }

    @GET
    @Path("motifs")
    @Operation(summary = "The motif tree, in the caller's language, with each motif's number of answers")
    public List<MotifNode> motifs() {
        return motifs.motifTree(Languages.of(headers));
    }

    @POST
    @Path("motifs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Create a motif (contact reason), possibly under another one")
    public Response createMotif(MotifDraft draft) {
        UUID id = motifs.createMotif(required(draft));
        return Response.created(uriInfo.getBaseUriBuilder().path("library/motifs").path(id.toString()).build())
                .entity(new Created(id.toString())).build();
    }

    @PUT
    @Path("motifs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Rename, move or re-describe a motif")
    public Response updateMotif(@PathParam("id") String id, MotifDraft draft) {
        motifs.updateMotif(UuidParameters.required(id, "motif id"), required(draft));
        return Response.noContent().build();
    }

    @GET
    @Path("answers")
    @Operation(summary = "Answers, most recently changed first, by status and motif")
    public List<AnswerLine> answers(@QueryParam("status") String status, @QueryParam("motif") String motif,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        return library.answers(EnumParameters.optional(AnswerStatus.class, status, "status"),
                motif == null || motif.isBlank() ? null : UuidParameters.required(motif, "motif id"),
                Languages.of(headers), limit);
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new answer (a draft) with its reference text and key facts")
    public Response createAnswer(AnswerDraft draft) {
        UUID id = library.createAnswer(required(draft), caller(), Languages.of(headers));
        return Response.created(uriInfo.getBaseUriBuilder().path("library/answers").path(id.toString()).build())
                .entity(library.answerView(id, Languages.of(headers))).build();
    }

    @GET
    @Path("answers/{id}")
    @Operation(summary = "An answer with its facts, every variant, and what the checks find in each")
    public AnswerView answer(@PathParam("id") String id) {
        return library.answerView(UuidParameters.required(id, "answer id"), Languages.of(headers));
    }

    @PUT
    @Path("answers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite the reference text, facts or dates; a changed fact marks the variants stale",
            description = "Send the editCount you read: when someone saved since, the answer is not overwritten (409).")
    public AnswerView updateAnswer(@PathParam("id") String id, AnswerDraft draft) {
        return library.updateAnswer(UuidParameters.required(id, "answer id"), required(draft), caller(), Languages.of(headers));
    }

    @PUT
    @Path("answers/{id}/variants/{form}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the variant for one channel form; refused (400) when a channel limit or the template is broken")
    public VariantView saveVariant(@PathParam("id") String id, @PathParam("form") String form, VariantDraft draft) {
        return library.saveVariant(UuidParameters.required(id, "answer id"), EnumParameters.required(VariantForm.class, form, "form"),
                required(draft), caller(), Languages.of(headers));
    }

    @POST
    @Path("answers/{id}/variants/{form}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a variant without saving it: counters (characters, SMS encoding and segments) and findings")
    public CheckReport check(@PathParam("id") String id, @PathParam("form") String form, VariantDraft draft) {
        return library.check(UuidParameters.required(id, "answer id"), EnumParameters.required(VariantForm.class, form, "form"),
                required(draft), Languages.of(headers));
    }

    @POST
    @Path("answers/{id}/variants/{form}/fix")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a one-click correction (LEXICON, TONE, TYPOGRAPHY, GSM_CHARACTERS) to a draft, without saving")
    public VariantDraft fix(@PathParam("id") String id, @PathParam("form") String form, @QueryParam("fix") String fix,
                            VariantDraft draft) {
        EnumParameters.required(VariantForm.class, form, "form");
        return library.fix(UuidParameters.required(id, "answer id"), required(draft),
                EnumParameters.required(OneClickFix.class, fix, "fix"));
    }

    @POST
    @Path("answers/{id}/submission")
    @Operation(summary = "Submit the answer for review")
    public AnswerView submit(@PathParam("id") String id) {
        return review.submit(UuidParameters.required(id, "answer id"), caller(), Languages.of(headers));
    }

    @POST
    @Path("answers/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Approve the answer in review: a new version, offered to agents from its effective date")
    public AnswerView approve(@PathParam("id") String id, Note note) {
        return review.approve(UuidParameters.required(id, "answer id"), caller(), note == null ? null : note.note(),
                Languages.of(headers));
    }

    @POST
    @Path("answers/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Send the answer back to its author with what to change")
    public AnswerView returnToAuthor(@PathParam("id") String id, Note note) {
        return review.returnToAuthor(UuidParameters.required(id, "answer id"), caller(), note == null ? null : note.note(),
                Languages.of(headers));
    }

    @POST
    @Path("answers/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Retire the answer: agents no longer get it")
    public AnswerView retire(@PathParam("id") String id, Note note) {
        return review.retire(UuidParameters.required(id, "answer id"), caller(), note == null ? null : note.note(),
                Languages.of(headers));
    }

    @GET
    @Path("answers/{id}/history")
    @Operation(summary = "Who wrote, submitted, approved, returned or retired the answer, and when")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return review.history(UuidParameters.required(id, "answer id"));
    }

    @GET
    @Path("answers/{id}/versions/{version}")
    @Operation(summary = "The words approved as one version (title, reference, facts, variants)")
    public Response version(@PathParam("id") String id, @PathParam("version") int version) {
        return Response.ok(review.approvedVersion(UuidParameters.required(id, "answer id"), version),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("review")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "What waits for a reviewer: answers in review, approved answers with changed or stale variants")
    public List<AnswerLine> review() {
        return review.reviewQueue(Languages.of(headers));
    }

    @GET
    @Path("brand")
    @Operation(summary = "The brand's house rules: vous or tu, SMS segments allowed, chat length, lexicon")
    public BrandRules brand() {
        return brandSettings.brandRules();
    }

    @PUT
    @Path("brand")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change the brand's house rules (administrators)")
    public BrandRules changeBrand(BrandRules rules) {
        brandSettings.changeBrandRules(required(rules));
        return brandSettings.brandRules();
    }

    @GET
    @Path("search")
    @Operation(summary = "Full-text search in French over motifs, answers and variants (accents and word endings ignored)")
    public List<AnswerLine> search(@QueryParam("q") String words, @QueryParam("status") String status,
                                   @QueryParam("limit") @DefaultValue("20") int limit) {
        return search.search(words, EnumParameters.optional(AnswerStatus.class, status, "status"), limit, Languages.of(headers));
    }

    @POST
    @Path("suggestions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The most likely approved answers for a message, with their variant for its channel",
            description = "Give a conversationId to answer its customer's last message, or a channel and a text.")
    public List<SuggestedAnswer> suggestions(SuggestionRequest request, @QueryParam("limit") @DefaultValue("3") int limit) {
        required(request);
        if (request.conversationId() != null && !request.conversationId().isBlank()) {
            ConversationHeader conversation = customerDirectory.conversation(
                    UuidParameters.required(request.conversationId(), "conversation id"));
            Channel channel = request.channel() == null ? conversation.lastInboundChannel()
                    : EnumParameters.required(Channel.class, request.channel(), "channel");
            String text = request.text() == null || request.text().isBlank() ? conversation.lastRequest() : request.text();
            return search.suggest(text, channel, limit, Languages.of(headers));
        }
        if (request.text() == null || request.text().isBlank()) {
            throw new BadRequestException("a conversationId, or a channel and a text, are required");
        }
        return search.suggest(request.text(), EnumParameters.required(Channel.class, request.channel(), "channel"), limit,
                Languages.of(headers));
    }

    @POST
    @Path("variants/{id}/rendering")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill an approved variant in for a conversation",
            description = "With a conversationId, the customer's and the agent's names and the conversation's reference "
                    + "are filled in; values given here win. A missing value is listed, never sent as a raw tag.")
    public RenderedReply render(@PathParam("id") String id, RenderRequest request) {
        UUID conversation = request == null || request.conversationId() == null || request.conversationId().isBlank()
                ? null : UuidParameters.required(request.conversationId(), "conversation id");
        Map<String, String> values = replyPlaceholders.forConversation(conversation, caller(),
                request == null || request.values() == null ? Map.of() : request.values());
        return replyRendering.render(UuidParameters.required(id, "variant id"), values, Languages.of(headers));
    }

    @POST
    @Path("variants/{id}/uses")
    @Operation(summary = "Count one use of the variant in a reply")
    public Response used(@PathParam("id") String id) {
        replyRendering.recordUse(UuidParameters.required(id, "variant id"));
        return Response.noContent().build();
    }

    @POST
    @Path("variants/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say that this variant did not solve the customer's question")
    public Response notSolved(@PathParam("id") String id, FeedbackRequest request) {
        UUID interaction = request == null || request.interactionId() == null || request.interactionId().isBlank()
                ? null : UuidParameters.required(request.interactionId(), "interaction id");
        replyRendering.flagNotSolved(UuidParameters.required(id, "variant id"), caller(), interaction,
                request == null ? null : request.comment());
        return Response.noContent().build();
    }

    private String caller() {
        return securityContext.getCallerPrincipal().getName();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        return body;
    }
}
