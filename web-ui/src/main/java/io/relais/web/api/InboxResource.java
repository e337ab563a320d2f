package io.relais.web.api;

import io.relais.shared.Role;
import io.relais.timeline.boundary.Inbox;
import io.relais.timeline.boundary.InboxEntry;
import io.relais.timeline.boundary.InboxSlice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("inbox")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
public class InboxResource {

    @Inject
    Inbox inbox;

    /** {@code next} is present and null on the last page, so that clients can tell "no more" from "missing". */
    @JsonbNillable
    public record InboxPage(List<InboxEntry> entries, String next) {
    }

    @GET
    @Operation(summary = "Open conversations, oldest activity first",
            description = "Keyset pagination: pass the 'next' value of a page as 'after' to read the following one.")
    public InboxPage openConversations(@QueryParam("limit") @DefaultValue("50") int limit,
                                       @QueryParam("after") String after) {
        InboxSlice slice = inbox.openConversations(KeysetParameters.after(after),
                KeysetParameters.limit(limit, Inbox.MAX_PAGE_SIZE));
        return new InboxPage(slice.entries(), KeysetParameters.next(slice.next()));
    }

    @GET
    @Path("count")
    @Operation(summary = "How many conversations are open")
    public long count() {
        return inbox.countOpen();
    }
}
