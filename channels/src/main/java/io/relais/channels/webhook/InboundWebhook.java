package io.relais.channels.webhook;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.boundary.InvalidInboundMessageException;
import io.relais.shared.Channel;
import io.relais.timeline.entity.IdentityKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Relais's own webhook, for systems that have no adapter of their own (a web form, a CRM, a
 * test harness): a signed JSON message is checked and queued, and the caller gets its pipeline id
 * once it is durably queued. The secret comes from the environment ({@code RELAIS_WEBHOOK_SECRET});
 * without one the webhook is closed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundWebhook {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** The body a caller posts; {@code messageId} is its own id, the key that recognises a retry. */
    public record Payload(String channel, String senderKind, String sender, String senderName, String messageId,
                          Set<String> threadKeys, String subject, String text, String html, String sentAt) {
    }

    @Inject
    @ConfigProperty(name = "relais.webhook.secret")
    Optional<String> secret;

    @Inject
    InboundPipeline pipeline;

    public InboundMessage accept(byte[] body, String timestamp, String signature) {
        if (secret.isEmpty() || secret.get().isBlank()) {
            throw new WebhookClosedException("the inbound webhook is closed: no RELAIS_WEBHOOK_SECRET is set");
        }
        if (body == null || body.length == 0) {
            throw new InvalidInboundMessageException("the body is empty");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidInboundMessageException("the body is larger than 1 MB");
        }
        WebhookSignature.verify(secret.get(), timestamp, signature, body, Instant.now());
        Payload payload;
        try {
            payload = JSON.fromJson(new String(body, java.nio.charset.StandardCharsets.UTF_8), Payload.class);
        } catch (JsonbException e) {
            throw new InvalidInboundMessageException("the body is not the JSON this webhook expects");
        }
        if (payload == null) {
            throw new InvalidInboundMessageException("the body is not the JSON this webhook expects");
        }
        return pipeline.accept(new InboundMessage(null, known(Channel.class, payload.channel(), "channel"), "webhook",
                payload.messageId(), known(IdentityKind.class, payload.senderKind(), "senderKind"), payload.sender(),
                payload.senderName(), payload.threadKeys(), payload.subject(), payload.text(), payload.html(), null,
                instant(payload.sentAt()), null, null, "application/json", body));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInboundMessageException("'" + field + "' is required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInboundMessageException("'" + field + "' is not one of " + Set.of(type.getEnumConstants()));
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInboundMessageException("'sentAt' is not an ISO-8601 instant such as 2026-11-02T08:00:00Z");
        }
    }
}
