package io.relais.timeline.control;

import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.NewInteraction;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What each kind of interaction must say before it is recorded, in words the caller can act on.
 */
public final class InteractionRules {

    public static final int MAX_PROVIDER_ID_LENGTH = 255;

    public static final int MAX_TEXT_LENGTH = 1_000_000;
    static final long MAX_CALL_SECONDS = Duration.ofHours(12).toSeconds();

    private InteractionRules() {
    }

    /** @throws Refusal invalid, naming the first thing that is wrong */
    public static void check(NewInteraction request) {
        if (request.conversationId() == null) {
            throw TimelineRefusals.invalid("INTERACTION_INCOMPLETE");
        }
        checkProviderId(request.providerMessageId());
        checkContent(request.channel(), request.direction(), request.kind(), request.occurredAt(), request.text(),
                request.details());
    }

    /** A provider's id for a message, kept to recognise its copies: at most the column's length. */
    public static void checkProviderId(String providerMessageId) {
        if (providerMessageId != null && providerMessageId.length() > MAX_PROVIDER_ID_LENGTH) {
            throw TimelineRefusals.invalid("PROVIDER_ID_LENGTH", MAX_PROVIDER_ID_LENGTH);
        }
    }

    /** What an interaction says, before the conversation it goes to is known. */
    public static void checkContent(Channel channel, Direction direction, InteractionKind kind, Instant occurredAt,
                                    String text, InteractionDetails details) {
        if (channel == null || direction == null || kind == null || occurredAt == null) {
            throw TimelineRefusals.invalid("INTERACTION_INCOMPLETE");
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw TimelineRefusals.invalid("TEXT_LENGTH", MAX_TEXT_LENGTH);
        }
        if (details.html() != null && details.html().length() > MAX_TEXT_LENGTH) {
            throw TimelineRefusals.invalid("HTML_LENGTH", MAX_TEXT_LENGTH);
        }
        length(details.author(), 100, "AUTHOR_LENGTH");
        length(details.registeredNumber(), 64, "REGISTERED_NUMBER_LENGTH");
        length(details.scanRef(), 500, "SCAN_REFERENCE_LENGTH");
        length(details.pageUrl(), 2000, "PAGE_ADDRESS_LENGTH");
        switch (kind) {
            case NOTE -> require(direction == Direction.INTERNAL, "NOTE_INTERNAL");
            case PROMISE -> {
                require(direction == Direction.INTERNAL, "PROMISE_INTERNAL");
                require(details.promiseDueAt() != null, "PROMISE_DUE_MISSING");
                require(hasText(text), "PROMISE_TEXT_MISSING");
            }
            case CALL -> {
                require(channel == Channel.PHONE, "CALL_ON_PHONE");
                require(direction != Direction.INTERNAL, "CALL_DIRECTION");
                require(details.callDurationSeconds() == null || details.callDurationSeconds() >= 0
                        && details.callDurationSeconds() <= MAX_CALL_SECONDS, "CALL_DURATION");
            }
            case LETTER -> {
                require(channel == Channel.LETTER, "LETTER_ON_LETTER");
                require(direction != Direction.INTERNAL, "LETTER_DIRECTION");
            }
            case SURVEY_ANSWER -> {
                require(direction == Direction.INBOUND, "SURVEY_ANSWER_INBOUND");
                require(details.surveyScore() != null && details.surveyScore() >= 0 && details.surveyScore() <= 10,
                        "SURVEY_SCORE");
            }
            case FAQ_VIEW -> {
                require(channel == Channel.FAQ && direction == Direction.INBOUND,
                        "FAQ_VIEW_CHANNEL");
                require(isWebAddress(details.pageUrl()), "FAQ_VIEW_ADDRESS");
            }
            case MESSAGE -> require(direction != Direction.INTERNAL, "MESSAGE_DIRECTION");
        }
        for (InteractionDetails.AttachmentInfo attachment : details.attachments()) {
            require(attachment != null && hasText(attachment.fileName()) && attachment.fileName().length() <= 255,
                    "ATTACHMENT_NAME");
            require(hasText(attachment.mediaType()) && attachment.mediaType().length() <= 255,
                    "ATTACHMENT_MEDIA_TYPE");
            require(attachment.sizeBytes() >= 0, "ATTACHMENT_SIZE");
            length(attachment.storageRef(), 500, "STORAGE_REFERENCE_LENGTH");
        }
    }

    private static boolean isWebAddress(String url) {
        if (!hasText(url)) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static void length(String value, int max, String key) {
        if (value != null && value.length() > max) {
            throw TimelineRefusals.invalid(key, max);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw TimelineRefusals.invalid(key);
        }
    }
}
