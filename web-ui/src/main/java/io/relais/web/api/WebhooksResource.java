package io.relais.web.api;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.webhook.InboundWebhook;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Provider webhooks. No staff role: each call proves itself with its provider's signature, checked
 * before anything is read, and is answered only once its message is durably queued.
 */
@Path("webhooks")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhooksResource {

    @Inject
    InboundWebhook webhook;

    public record Queued(UUID pipelineId, String providerMessageId) {
    }

    @POST
    @Path("inbound")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a customer's message from a system without an adapter of its own",
            description = "Signed: X-Relais-Timestamp (Unix seconds, within 5 minutes) and X-Relais-Signature "
                    + "(sha256=hex of the HMAC-SHA256 of '<timestamp>.<body>' with RELAIS_WEBHOOK_SECRET). "
                    + "202 once durably queued; a retry with the same messageId is recorded once.")
    public Response inbound(byte[] body, @HeaderParam("X-Relais-Timestamp") String timestamp,
                            @HeaderParam("X-Relais-Signature") String signature) {
        InboundMessage queued = webhook.accept(body, timestamp, signature);
        return Response.accepted(new Queued(queued.pipelineId(), queued.providerMessageId())).build();
    }
}
