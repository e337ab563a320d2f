package io.relais.channels.webhook;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.control.ChannelRefusals;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.IdentityKind;
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
import java.util.Arrays;
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
            throw ChannelRefusals.unavailable("webhook.closed");
        }
        if (body == null || body.length == 0) {
            throw ChannelRefusals.invalid("webhook.emptyBody");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw ChannelRefusals.invalid("webhook.bodyTooLarge");
        }
        WebhookSignature.verify(secret.get(), timestamp, signature, body, Instant.now());
        Payload payload;
        try {
            payload = JSON.fromJson(new String(body, java.nio.charset.StandardCharsets.UTF_8), Payload.class);
        } catch (JsonbException e) {
            throw ChannelRefusals.invalid("webhook.notJson");
        }
        if (payload == null) {
            throw ChannelRefusals.invalid("webhook.notJson");
        }
        return pipeline.accept(new InboundMessage(null, known(Channel.class, payload.channel(), "channel"), "webhook",
                payload.messageId(), known(IdentityKind.class, payload.senderKind(), "senderKind"), payload.sender(),
                payload.senderName(), payload.threadKeys(), payload.subject(), payload.text(), payload.html(), null,
                instant(payload.sentAt()), null, null, "application/json", body));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw ChannelRefusals.invalid("field.required", field);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ChannelRefusals.invalid("field.notOneOf", field, Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ChannelRefusals.invalid("webhook.sentAt");
        }
    }
}
