package io.relais.web.api;

import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.timeline.boundary.AgeBand;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.CustomerExport;
import io.relais.timeline.boundary.CustomerMatch;
import io.relais.timeline.boundary.CustomerMerges;
import io.relais.timeline.boundary.CustomerProfile;
import io.relais.timeline.boundary.CustomerProfiles;
import io.relais.timeline.boundary.CustomerSummary;
import io.relais.timeline.boundary.CustomerType;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.MergeRecord;
import io.relais.timeline.boundary.MergeSuggestion;
import io.relais.timeline.boundary.NewIdentity;
import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.PrivacyRequests;
import io.relais.timeline.boundary.TimelineEntry;
import io.relais.timeline.boundary.TimelineFilter;
import io.relais.timeline.boundary.TimelinePage;
import io.relais.timeline.boundary.ValueTier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Path("customers")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomersResource {

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    CustomerProfiles customerProfiles;

    @Inject
    CustomerMerges customerMerges;

    @Inject
    PrivacyRequests privacyRequests;

    @Inject
    SecurityContext securityContext;

    /** {@code next} is present and null on the last page. */
    @JsonbNillable
    public record TimelineResponse(List<TimelineEntry> entries, String next) {
    }

    @GET
    @Operation(summary = "Find customers by name, email, phone number in any format, or customer number")
    public List<CustomerMatch> search(@QueryParam("q") String query,
                                      @QueryParam("limit") @DefaultValue("20") int limit) {
        if (query == null || query.strip().length() < 2) {
            throw new BadRequestException("'q' needs at least 2 characters");
        }
        return customerDirectory.search(query, limit);
    }

    public record IdentityRequest(String kind, String value) {
    }

    @POST
    @Path("{id}/identities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a way of recognising the customer (an email, a phone number in any format, …)",
            description = "409 with the holder's id when another customer has it: a case for a merge.")
    public Response addIdentity(@PathParam("id") String id, IdentityRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with kind and value is required");
        }
        UUID customerId = UuidParameters.required(id, "customer id");
        customerProfiles.addIdentity(customerId, new NewIdentity(EnumParameters.required(IdentityKind.class, request.kind(), "kind"),
                request.value()));
        return Response.status(Response.Status.CREATED).entity(customerDirectory.summary(customerId)).build();
    }

    @GET
    @Path("merge-suggestions")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Customers who may be one person, most likely first, with the evidence")
    public List<MergeSuggestion> mergeSuggestions(@QueryParam("limit") @DefaultValue("50") int limit) {
        return customerMerges.suggestions(KeysetParameters.limit(limit, CustomerMerges.MAX_SUGGESTIONS));
    }

    @GET
    @Path("{id}/merge-suggestions")
    @Operation(summary = "Other customers who may be this one")
    public List<MergeSuggestion> mergeSuggestionsFor(@PathParam("id") String id) {
        return customerMerges.suggestionsFor(UuidParameters.required(id, "customer id"));
    }

    public record DismissalRequest(String otherCustomerId) {
    }

    @POST
    @Path("{id}/merge-dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Say that two customers are not one person: the pair is not suggested again")
    public Response dismiss(@PathParam("id") String id, DismissalRequest request) {
        if (request == null || request.otherCustomerId() == null) {
            throw new BadRequestException("'otherCustomerId' is required");
        }
        customerMerges.dismiss(UuidParameters.required(id, "customer id"), UuidParameters.required(request.otherCustomerId(), "customer id"), caller());
        return Response.noContent().build();
    }

    public record MergeRequest(String absorbedCustomerId, String reason) {
    }

    @POST
    @Path("{id}/merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Operation(summary = "Merge another customer into this one",
            description = "Identities, conversations and interactions move here; the merge is audited and can be "
                    + "undone with POST /api/merges/{mergeId}/unmerge.")
    public Response merge(@PathParam("id") String id, MergeRequest request) {
        if (request == null || request.absorbedCustomerId() == null) {
            throw new BadRequestException("'absorbedCustomerId' and 'reason' are required");
        }
        MergeRecord merge = customerMerges.merge(UuidParameters.required(id, "customer id"),
                UuidParameters.required(request.absorbedCustomerId(), "customer id"), caller(), request.reason());
        return Response.status(Response.Status.CREATED).entity(merge).build();
    }

    public record PrivacyRequest(String reason) {
    }

    @POST
    @Path("{id}/privacy/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Everything held about the customer, as JSON (RGPD right of access); audited")
    public Response export(@PathParam("id") String id, PrivacyRequest request) {
        UUID customerId = UuidParameters.required(id, "customer id");
        CustomerExport export = privacyRequests.export(customerId, caller(), request == null ? null : request.reason());
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"relais-client-" + customerId + ".json\"")
                .build();
    }

    @POST
    @Path("{id}/privacy/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Erase the customer (RGPD right to erasure); audited",
            description = "Identities and personal content go; conversations and interactions stay as anonymous "
                    + "counts. Cannot be undone.")
    public Response erase(@PathParam("id") String id, PrivacyRequest request) {
        privacyRequests.erase(UuidParameters.required(id, "customer id"), caller(), request == null ? null : request.reason());
        return Response.noContent().build();
    }

    private String caller() {
        return securityContext.getCallerPrincipal().getName();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The customer 360 summary: identities, open conversations, last contact per channel")
    public CustomerSummary summary(@PathParam("id") String id) {
        return customerDirectory.summary(UuidParameters.required(id, "customer id"));
    }

    /** Consents by channel name, e.g. {"SMS": true, "EMAIL": false}; a channel left out keeps its answer. */
    public record ProfileRequest(String preferredLanguage, String customerType, String ageBand, String valueTier,
                                 String region, Map<String, Boolean> consents) {
    }

    @PUT
    @Path("{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the customer's language, segment attributes and consent per channel",
            description = "Segment attributes left out or null become unknown. Answers the updated summary.")
    public CustomerSummary updateProfile(@PathParam("id") String id, ProfileRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        UUID customerId = UuidParameters.required(id, "customer id");
        Map<Channel, Boolean> consents = new EnumMap<>(Channel.class);
        if (request.consents() != null) {
            request.consents().forEach((channel, granted) -> {
                if (granted == null) {
                    throw new BadRequestException("consent for " + channel + " must be true or false");
                }
                consents.put(EnumParameters.required(Channel.class, channel, "channel"), granted);
            });
        }
        customerProfiles.updateProfile(customerId, new CustomerProfile(request.preferredLanguage(),
                EnumParameters.optional(CustomerType.class, request.customerType(), "customerType"),
                EnumParameters.optional(AgeBand.class, request.ageBand(), "ageBand"),
                EnumParameters.optional(ValueTier.class, request.valueTier(), "valueTier"),
                request.region(), consents));
        return customerDirectory.summary(customerId);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "Every interaction with the customer on every channel, newest first",
            description = "Keyset pagination: pass the 'next' value of a page as 'after' to read the following one.")
    public TimelineResponse timeline(@PathParam("id") String id,
                                     @QueryParam("limit") @DefaultValue("50") int limit,
                                     @QueryParam("after") String after,
                                     @Parameter(description = "repeatable: EMAIL, CHAT, SMS, …") @QueryParam("channel") List<String> channels,
                                     @Parameter(description = "repeatable: MESSAGE, CALL, LETTER, NOTE, PROMISE, SURVEY_ANSWER, FAQ_VIEW") @QueryParam("kind") List<String> kinds,
                                     @QueryParam("conversation") String conversation,
                                     @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
                                     @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to) {
        int size = KeysetParameters.limit(limit, CustomerDirectory.MAX_PAGE_SIZE);
        PageCursor cursor = KeysetParameters.after(after);
        TimelineFilter filter;
        try {
            filter = new TimelineFilter(enums(channels, Channel.class, "channel"), enums(kinds, InteractionKind.class, "kind"),
                    conversation == null ? null : UuidParameters.required(conversation, "conversation id"),
                    InstantParameters.optional(from, "from"), InstantParameters.optional(to, "to"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        TimelinePage page = customerDirectory.timeline(UuidParameters.required(id, "customer id"), filter, cursor, size);
        return new TimelineResponse(page.entries(), KeysetParameters.next(page.next()));
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type, String parameter) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names == null ? List.<String>of() : names) {
            values.add(EnumParameters.required(type, name, parameter));
        }
        return values;
    }
}
