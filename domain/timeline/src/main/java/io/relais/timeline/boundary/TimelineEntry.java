package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One interaction in a customer's timeline, with the conversation it belongs to. Fields that do
 * not apply to its kind are null; {@code html} was sanitised when recorded; a reply sent on its
 * channel has its delivery status and, on failure, the reason.
 */
public record TimelineEntry(UUID interactionId, UUID conversationId, String conversationSubject, Channel channel,
                            Direction direction, InteractionKind kind, Instant occurredAt, String text,
                            String author, String html, Integer callDurationSeconds, CallOutcome callOutcome,
                            LocalDate letterReceivedOn, String registeredNumber, String scanRef,
                            Instant promiseDueAt, PromiseState promiseState, Integer surveyScore, String pageUrl,
                            List<InteractionDetails.AttachmentInfo> attachments, DeliveryStatus deliveryStatus,
                            String deliveryDetail) {
}
