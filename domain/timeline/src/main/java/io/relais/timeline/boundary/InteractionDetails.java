package io.relais.timeline.boundary;


import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an interaction carries beyond its text, by kind: the author (staff), HTML (sanitised when
 * recorded), a call's duration and outcome, a letter's reception date, registered-letter number
 * and scan, a promise's due time, a survey score (0 to 10), the FAQ page read, attachments.
 * Fields that do not apply to the kind are null.
 */
public record InteractionDetails(String author, String html, Integer callDurationSeconds, CallOutcome callOutcome,
                                 LocalDate letterReceivedOn, String registeredNumber, String scanRef,
                                 Instant promiseDueAt, Integer surveyScore, String pageUrl,
                                 List<AttachmentInfo> attachments) {

    public static final InteractionDetails NONE = new InteractionDetails(null, null, null, null, null, null, null,
            null, null, null, List.of());

    public InteractionDetails {
        // Copied without refusing a null element here: InteractionRules refuses it with a reason.
        attachments = attachments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attachments));
    }

    public static InteractionDetails by(String author) {
        return new InteractionDetails(author, null, null, null, null, null, null, null, null, null, List.of());
    }

    /** A file that came with an interaction; {@code storageRef} says where the channel keeps it. */
    public record AttachmentInfo(String fileName, String mediaType, long sizeBytes, String storageRef) {
    }
}
