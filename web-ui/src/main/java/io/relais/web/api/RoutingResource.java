package io.relais.web.api;

import io.relais.routing.boundary.AgentPresence;
import io.relais.routing.boundary.AgentProfile;
import io.relais.routing.boundary.AgentView;
import io.relais.routing.boundary.ManualAssignments;
import io.relais.routing.boundary.Presence;
import io.relais.routing.boundary.QueueAdministration;
import io.relais.routing.boundary.QueueDefinition;
import io.relais.routing.boundary.QueueView;
import io.relais.routing.boundary.RoutedConversation;
import io.relais.routing.boundary.RoutingDispatcher;
import io.relais.routing.boundary.RoutingState;
import io.relais.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Queues, presence and assignments. Agents set their own presence, take waiting conversations and
 * pass on theirs; supervisors watch every queue and agent and reassign any conversation; admins
 * define queues. An agent never gets more than his capacity, however many requests arrive at once
 * (409 with the reason).
 */
@Path("routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class RoutingResource {

    @Inject
    AgentPresence agentPresence;

    @Inject
    ManualAssignments manualAssignments;

    @Inject
    QueueAdministration queueAdministration;

    @Inject
    RoutingDispatcher dispatcher;

    @Inject
    SecurityContext securityContext;

    public record PresenceRequest(String presence) {
    }

    public record TransferRequest(String to) {
    }

    @GET
    @Path("agents")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Agents by presence, with their profile and load")
    public List<AgentView> agents() {
        return agentPresence.agents();
    }

    @GET
    @Path("agents/me")
    @RolesAllowed(Role.AGENT_NAME)
    @Operation(summary = "The calling agent's presence, profile and load")
    public AgentView me() {
        return agentPresence.agent(caller());
    }

    @PUT
    @Path("agents/me/presence")
    @RolesAllowed(Role.AGENT_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one's presence: AVAILABLE, BUSY, PAUSE or OFFLINE (offline gives conversations back)")
    public AgentView myPresence(PresenceRequest request) {
        return agentPresence.presence(caller(), presence(request));
    }

    @PUT
    @Path("agents/{username}/presence")
    @RolesAllowed(Role.SUPERVISOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an agent's presence (a supervisor signing out someone who left)")
    public AgentView presence(@PathParam("username") String username, PresenceRequest request) {
        return agentPresence.presence(username, presence(request));
    }

    @PUT
    @Path("agents/{username}")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an agent's team, skills, languages and capacity per channel")
    public AgentView describe(@PathParam("username") String username, AgentProfile profile) {
        return agentPresence.describe(username, profile);
    }

    @GET
    @Path("queues")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Queues with their waiting count, oldest wait and commitments at risk or breached")
    public List<QueueView> queues() {
        return queueAdministration.queues();
    }

    @POST
    @Path("queues")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a queue for a channel, motif and language (each optional), served by a skill")
    public Response createQueue(QueueDefinition definition) {
        UUID id = queueAdministration.createQueue(definition);
        return Response.status(Response.Status.CREATED).entity(queueAdministration.queues().stream()
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow()).build();
    }

    @GET
    @Path("conversations")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Conversations waiting (the most urgent first) or held by agents")
    public List<RoutedConversation> conversations(@QueryParam("state") @DefaultValue("WAITING") String state,
                                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return queueAdministration.conversations(EnumParameters.required(RoutingState.class, state, "state"), null, limit);
    }

    @GET
    @Path("conversations/mine")
    @RolesAllowed(Role.AGENT_NAME)
    @Operation(summary = "The conversations the calling agent holds, the most urgent first")
    public List<RoutedConversation> mine() {
        return queueAdministration.conversations(RoutingState.ASSIGNED, caller(), 500);
    }

    @GET
    @Path("conversations/{id}")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Where a conversation stands in routing")
    public RoutedConversation conversation(@PathParam("id") String id) {
        return queueAdministration.conversation(UuidParameters.required(id, "conversation id"))
                .orElseThrow(() -> new NotFoundException("this conversation is not in routing"));
    }

    @POST
    @Path("conversations/{id}/take")
    @RolesAllowed(Role.AGENT_NAME)
    @Operation(summary = "Take a waiting conversation; 409 when someone was faster or the agent has no room")
    public RoutedConversation take(@PathParam("id") String id) {
        return manualAssignments.take(UuidParameters.required(id, "conversation id"), caller());
    }

    @POST
    @Path("conversations/{id}/transfer")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a conversation to another agent (agents: only their own; supervisors: any)")
    public RoutedConversation transfer(@PathParam("id") String id, TransferRequest request) {
        if (request == null || request.to() == null || request.to().isBlank()) {
            throw new BadRequestException("a JSON body with 'to', the agent's username, is required");
        }
        UUID conversationId = UuidParameters.required(id, "conversation id");
        if (!securityContext.isCallerInRole(Role.SUPERVISOR_NAME)) {
            RoutedConversation current = queueAdministration.conversation(conversationId)
                    .orElseThrow(() -> new NotFoundException("this conversation is not in routing"));
            if (!caller().equals(current.agent())) {
                throw new ForbiddenException("an agent passes on only the conversations he holds");
            }
        }
        return manualAssignments.transfer(conversationId, request.to());
    }

    @POST
    @Path("dispatch")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Run assignment now: after a bulk import, every agent is read again; after a change "
            + "made outside Relais to some agents' presence or load, name them ('agent', repeated) and only "
            + "they are; 'reset' forgets the measured decisions first")
    public Response dispatch(@QueryParam("reset") @DefaultValue("false") boolean reset,
                             @QueryParam("agent") List<String> agents) {
        List<UUID> named = agents.stream().map(id -> UuidParameters.required(id, "staff id")).toList();
        if (reset) {
            dispatcher.resetReport();
        }
        if (named.isEmpty()) {
            dispatcher.rereadAndRun();
        } else {
            dispatcher.agentsChanged(named);
        }
        return Response.accepted().build();
    }

    @GET
    @Path("dispatch")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "How long the last assignment decisions took (p50, p95, p99 in milliseconds)")
    public RoutingDispatcher.DispatchReport dispatchReport() {
        return dispatcher.report();
    }

    private String caller() {
        return securityContext.getCallerPrincipal().getName();
    }

    private static Presence presence(PresenceRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with 'presence' is required");
        }
        return EnumParameters.required(Presence.class, request.presence(), "presence");
    }
}
