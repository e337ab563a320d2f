package io.relais.timeline.control;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InvalidInteractionException;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.entity.Direction;
import io.relais.timeline.entity.InteractionKind;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What each kind of interaction must say before it is recorded, in words the caller can act on.
 */
public final class InteractionRules {

    public static final int MAX_TEXT_LENGTH = 1_000_000;
    static final long MAX_CALL_SECONDS = Duration.ofHours(12).toSeconds();

    private InteractionRules() {
    }

    /** @throws InvalidInteractionException naming the first thing that is wrong */
    public static void check(NewInteraction request) {
        if (request.conversationId() == null) {
            throw new InvalidInteractionException("conversation, channel, direction, kind and time are required");
        }
        checkContent(request.channel(), request.direction(), request.kind(), request.occurredAt(), request.text(),
                request.details());
    }

    /** What an interaction says, before the conversation it goes to is known. */
    public static void checkContent(Channel channel, Direction direction, InteractionKind kind, Instant occurredAt,
                                    String text, InteractionDetails details) {
        if (channel == null || direction == null || kind == null || occurredAt == null) {
            throw new InvalidInteractionException("conversation, channel, direction, kind and time are required");
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInteractionException("the text has more than " + MAX_TEXT_LENGTH + " characters");
        }
        if (details.html() != null && details.html().length() > MAX_TEXT_LENGTH) {
            throw new InvalidInteractionException("the HTML has more than " + MAX_TEXT_LENGTH + " characters");
        }
        length(details.author(), 100, "an author");
        length(details.registeredNumber(), 64, "a registered-letter number");
        length(details.scanRef(), 500, "a scan reference");
        length(details.pageUrl(), 2000, "a page address");
        switch (kind) {
            case NOTE -> require(direction == Direction.INTERNAL, "a note is INTERNAL: customers never see it");
            case PROMISE -> {
                require(direction == Direction.INTERNAL, "a promise is recorded as INTERNAL");
                require(details.promiseDueAt() != null, "a promise needs its due time (promiseDueAt)");
                require(hasText(text), "a promise says what was promised");
            }
            case CALL -> {
                require(channel == Channel.PHONE, "a call is on the PHONE channel");
                require(direction != Direction.INTERNAL, "a call is INBOUND or OUTBOUND");
                require(details.callDurationSeconds() == null || details.callDurationSeconds() >= 0
                        && details.callDurationSeconds() <= MAX_CALL_SECONDS, "a call lasts 0 to 12 hours");
            }
            case LETTER -> {
                require(channel == Channel.LETTER, "a letter is on the LETTER channel");
                require(direction != Direction.INTERNAL, "a letter is INBOUND or OUTBOUND");
            }
            case SURVEY_ANSWER -> {
                require(direction == Direction.INBOUND, "a survey answer is INBOUND");
                require(details.surveyScore() != null && details.surveyScore() >= 0 && details.surveyScore() <= 10,
                        "a survey answer has a score from 0 to 10");
            }
            case FAQ_VIEW -> {
                require(channel == Channel.FAQ && direction == Direction.INBOUND,
                        "a FAQ page view is INBOUND on the FAQ channel");
                require(isWebAddress(details.pageUrl()), "a FAQ page view needs the page's http(s) address (pageUrl)");
            }
            case MESSAGE -> require(direction != Direction.INTERNAL, "a message is INBOUND or OUTBOUND");
        }
        for (InteractionDetails.AttachmentInfo attachment : details.attachments()) {
            require(attachment != null && hasText(attachment.fileName()) && attachment.fileName().length() <= 255,
                    "an attachment has a file name of 1 to 255 characters");
            require(hasText(attachment.mediaType()) && attachment.mediaType().length() <= 255,
                    "an attachment has a media type such as application/pdf");
            require(attachment.sizeBytes() >= 0, "an attachment's size is not negative");
            length(attachment.storageRef(), 500, "a storage reference");
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

    private static void length(String value, int max, String what) {
        require(value == null || value.length() <= max, what + " has at most " + max + " characters");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidInteractionException(reason);
        }
    }
}
