package io.relais.channels.boundary;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.IdentityKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What any channel adapter makes of what it received, before it is queued: the channel and the
 * provider's own message id (the key of de-duplication), the sender as the provider names him, the
 * thread keys that tie it to a conversation, its words, HTML and attachments, and the raw payload
 * as it came, kept beside the interaction. {@code automaticReason} is set when a machine wrote it
 * (an auto-reply, a bounce): it is recorded and never answered automatically.
 * {@code pipelineId} is given when the message is accepted and follows it through every retry.
 */
public record InboundMessage(UUID pipelineId, Channel channel, String endpoint, String providerMessageId,
                             IdentityKind senderKind, String senderAddress, String senderName,
                             Set<String> threadKeys, String subject, String text, String html,
                             List<InboundAttachment> attachments, Instant sentAt, Instant receivedAt,
                             String automaticReason, String rawMediaType, byte[] raw) {

    public InboundMessage {
        threadKeys = threadKeys == null ? Set.of() : Set.copyOf(threadKeys);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public InboundMessage withIds(UUID pipelineId, String providerMessageId, Instant receivedAt) {
        return new InboundMessage(pipelineId, channel, endpoint, providerMessageId, senderKind, senderAddress,
                senderName, threadKeys, subject, text, html, attachments, sentAt, receivedAt, automaticReason,
                rawMediaType, raw);
    }

    /**
     * A file that came with the message. {@code content}, when the adapter has the bytes, travels
     * with the message and is stored as {@code storageRef} once the message is recorded.
     */
    public record InboundAttachment(String fileName, String mediaType, long sizeBytes, String storageRef,
                                    String contentId, byte[] content) {
    }
}
