package io.relais.channels.email;

import java.time.Instant;
import java.util.List;

/**
 * An email as the pipeline needs it: who sent it, its thread keys, its words (text, and HTML still
 * to be sanitised), its attachments, and whether a machine wrote it.
 *
 * @param references     Message-IDs of the thread, oldest first (References, then In-Reply-To)
 * @param quotedReference a conversation reference quoted in the subject ("[R-3F9A1C2E]"), or null
 * @param automatic      why nobody should answer it automatically (an auto-reply, a bounce), or null
 */
public record ReadMail(String messageId, List<String> references, String quotedReference, String fromAddress,
                       String fromName, String subject, Instant sentAt, String text, String html,
                       List<Attachment> attachments, String automatic) {

    public ReadMail {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /** An attached file: its name, type and size; {@code contentId} for an inline image. */
    public record Attachment(String fileName, String contentType, int size, String contentId, byte[] content) {
    }

    public boolean isAutomatic() {
        return automatic != null;
    }
}
