package io.relais.channels.email;

import java.time.Instant;
import java.util.UUID;

/**
 * A message a mailbox set aside, as administrators see it: where it came from (mailbox and IMAP
 * UID, its sender and subject as far as they could be read), its size, why and how often it failed.
 */
public record MailDeadLetterView(UUID id, String mailbox, long uid, String sender, String subject, long size,
                                 String reason, int attempts, Instant receivedAt, Instant failedAt) {
}
