package io.relais.web.api;

import io.relais.channels.boundary.StoredAttachments;
import io.relais.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Files that came with customers' messages. Only plain images are shown in the page; anything
 * else is downloaded, never rendered from Relais's origin (an HTML or SVG file could run script).
 */
@Path("attachments")
@RequestScoped
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Conversations")
public class AttachmentsResource {

    private static final Set<String> SHOWN_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @Inject
    StoredAttachments attachments;

    @GET
    @Path("{id}")
    @Operation(summary = "A file that came with a customer's message (images inline, anything else as a download)")
    public Response attachment(@PathParam("id") String id) {
        var attachment = attachments.find(UuidParameters.required(id, "attachment id"))
                .orElseThrow(() -> new NotFoundException("no attachment " + id));
        boolean inline = SHOWN_INLINE.contains(attachment.mediaType());
        String name = URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(attachment.content(), inline ? attachment.mediaType() : "application/octet-stream")
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
