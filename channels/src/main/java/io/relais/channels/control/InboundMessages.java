package io.relais.channels.control;

import io.relais.channels.boundary.InboundMessage;
import io.relais.shared.Ids;
import io.relais.timeline.boundary.InboundContact;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.NewIdentity;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.BinaryDataStrategy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The rules every inbound message meets before it is queued, and its form on the queue (JSON,
 * the raw payload in base64). A message without a provider id gets one derived from its raw payload
 * or its sending time and words, so that a provider sending it twice is still recognised; with
 * neither, nothing tells a copy from a second "merci", and it gets an id of its own.
 */
public final class InboundMessages {

    /** Above this, a payload is refused before queueing; an email's own limit is lower (see the mailbox). */
    public static final int MAX_RAW_BYTES = 30 * 1024 * 1024;
    public static final int MAX_ADDRESS = 320;
    public static final int MAX_PROVIDER_ID = 255;

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withBinaryDataStrategy(BinaryDataStrategy.BASE_64));

    private InboundMessages() {
    }

    /** The message as it will be queued: checked, with its pipeline id, provider id and reception time. */
    public static InboundMessage readyToQueue(InboundMessage message, Instant now) {
        if (message == null || message.channel() == null) {
            throw ChannelRefusals.invalid("message.channel");
        }
        if (message.senderKind() == null || message.senderAddress() == null || message.senderAddress().isBlank()) {
            throw ChannelRefusals.invalid("message.sender");
        }
        if (message.senderAddress().length() > MAX_ADDRESS) {
            throw ChannelRefusals.invalid("message.senderLength", MAX_ADDRESS);
        }
        if (message.providerMessageId() != null && message.providerMessageId().length() > MAX_PROVIDER_ID) {
            throw ChannelRefusals.invalid("message.providerIdLength", MAX_PROVIDER_ID);
        }
        for (String key : message.threadKeys()) {
            if (key == null || key.isBlank() || key.length() > InboundContact.THREAD_KEY_MAX_LENGTH) {
                throw ChannelRefusals.invalid("message.threadKey", InboundContact.THREAD_KEY_MAX_LENGTH);
            }
        }
        if (message.raw() != null && message.raw().length > MAX_RAW_BYTES) {
            throw ChannelRefusals.invalid("message.tooLarge", MAX_RAW_BYTES / (1024 * 1024));
        }
        boolean hasWords = message.text() != null && !message.text().isBlank()
                || message.html() != null && !message.html().isBlank() || !message.attachments().isEmpty();
        if (!hasWords) {
            throw ChannelRefusals.invalid("message.empty");
        }
        UUID pipelineId = message.pipelineId() == null ? Ids.newId() : message.pipelineId();
        String providerId;
        if (message.providerMessageId() != null && !message.providerMessageId().isBlank()) {
            providerId = message.providerMessageId().strip();
        } else if (message.raw() != null || message.sentAt() != null) {
            providerId = contentId(message);
        } else {
            providerId = "relais:" + pipelineId;
        }
        return message.withIds(pipelineId, providerId, message.receivedAt() == null ? now : message.receivedAt());
    }

    public static String toJson(InboundMessage message) {
        return JSON.toJson(message);
    }

    public static InboundMessage fromJson(String json) {
        return JSON.fromJson(json, InboundMessage.class);
    }

    /** The messages of an envelope that holds several, a JSON array. */
    public static List<InboundMessage> listFromJson(String json) {
        InboundMessage[] messages = JSON.fromJson(json, InboundMessage[].class);
        return List.of(messages);
    }

    /** What the timeline records: the sender's identity, thread keys, words, HTML and attachments. */
    public static InboundContact contact(InboundMessage message) {
        var attachments = message.attachments().stream()
                .map(a -> new InteractionDetails.AttachmentInfo(a.fileName(), a.mediaType(), a.sizeBytes(), a.storageRef()))
                .toList();
        var details = new InteractionDetails(null, message.html(), null, null, null, null, null, null, null, null,
                attachments);
        return new InboundContact(message.channel(), new NewIdentity(message.senderKind(), message.senderAddress()),
                message.senderName(), message.threadKeys(), message.providerMessageId(), message.receivedAt(),
                message.subject(), message.text(), details, message.automaticReason() != null);
    }

    private static String contentId(InboundMessage message) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(message.senderAddress().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (message.raw() != null) {
                digest.update(message.raw());
            } else {
                digest.update(String.valueOf(message.sentAt()).getBytes(StandardCharsets.UTF_8));
                digest.update(String.valueOf(message.subject()).getBytes(StandardCharsets.UTF_8));
                digest.update(String.valueOf(message.text()).getBytes(StandardCharsets.UTF_8));
                digest.update(String.valueOf(message.html()).getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
