package io.relais.web.api;

import io.relais.responses.boundary.Motifs;
import io.relais.routing.boundary.CalendarDefinition;
import io.relais.routing.boundary.CalendarView;
import io.relais.routing.boundary.ClockAlertView;
import io.relais.routing.boundary.ClockSweep;
import io.relais.routing.boundary.CommitmentDefinition;
import io.relais.routing.boundary.CommitmentView;
import io.relais.routing.boundary.ServiceClocks;
import io.relais.routing.boundary.ServiceCommitments;
import io.relais.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Service commitments, and under {@code calendars} the calendars they count on. Everyone signed in reads them (agents see
 * the targets they work to); only admins change them. Targets are ISO-8601 durations ("PT4H").
 */
@Path("commitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service commitments")
public class CommitmentsResource {

    @Inject
    ServiceCommitments commitments;

    @Inject
    Motifs motifs;

    @Inject
    ServiceClocks clocks;

    @Inject
    ClockSweep sweep;

    @GET
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Service commitments, the widest first")
    public List<CommitmentView> list() {
        return commitments.commitments();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "One service commitment")
    public CommitmentView one(@PathParam("id") String id) {
        return commitments.commitment(UuidParameters.required(id, "commitment id"));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a service commitment; refused (409) when it overlaps or contradicts another, which is named")
    public Response create(CommitmentDefinition definition) {
        var id = commitments.createCommitment(checked(definition));
        return Response.status(Response.Status.CREATED).entity(commitments.commitment(id)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a service commitment; open clocks are computed again")
    public CommitmentView change(@PathParam("id") String id, CommitmentDefinition definition) {
        var commitmentId = UuidParameters.required(id, "commitment id");
        commitments.changeCommitment(commitmentId, checked(definition));
        return commitments.commitment(commitmentId);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Remove a service commitment, unless it settles a case between two others")
    public Response remove(@PathParam("id") String id) {
        commitments.removeCommitment(UuidParameters.required(id, "commitment id"));
        return Response.noContent().build();
    }

    @GET
    @Path("calendars")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Calendars with their opening hours, closures and the commitments that use them")
    public List<CalendarView> calendars() {
        return commitments.calendars();
    }

    @POST
    @Path("calendars")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a calendar; one without opening hours is refused")
    public Response createCalendar(CalendarDefinition definition) {
        var id = commitments.createCalendar(required(definition));
        return Response.status(Response.Status.CREATED).entity(commitments.calendar(id)).build();
    }

    @PUT
    @Path("calendars/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a calendar; open clocks are computed again")
    public CalendarView changeCalendar(@PathParam("id") String id, CalendarDefinition definition) {
        var calendarId = UuidParameters.required(id, "calendar id");
        commitments.changeCalendar(calendarId, required(definition));
        return commitments.calendar(calendarId);
    }

    @DELETE
    @Path("calendars/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Remove a calendar no commitment uses")
    public Response removeCalendar(@PathParam("id") String id) {
        commitments.removeCalendar(UuidParameters.required(id, "calendar id"));
        return Response.noContent().build();
    }

    @GET
    @Path("alerts")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Warnings and breaches of service clocks fired since a moment (default: the last 24 hours)")
    public List<ClockAlertView> alerts(@QueryParam("since") String since, @QueryParam("limit") Integer limit) {
        Instant from = InstantParameters.optional(since, "since");
        return clocks.alertsSince(from == null ? Instant.now().minus(Duration.ofDays(1)) : from,
                limit == null ? 200 : limit);
    }

    @GET
    @Path("sweep")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The last sweep that fired warnings or breaches: when, how many, how long it took")
    public ClockSweep.SweepReport lastSweep() {
        return sweep.lastSweep();
    }

    private CommitmentDefinition checked(CommitmentDefinition definition) {
        required(definition);
        if (definition.motifId() != null
                && motifs.labels(Set.of(definition.motifId()), Locale.FRENCH).isEmpty()) {
            throw new BadRequestException("no motif " + definition.motifId());
        }
        return definition;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        return body;
    }
}
