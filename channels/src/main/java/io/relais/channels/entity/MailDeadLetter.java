package io.relais.channels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A message a mailbox could not read or queue, kept whole with the reason: its raw bytes (when the
 * server gave them) are the message itself, so a replay reads it as if it had just arrived.
 */
@Entity
@Table(name = "ch_mail_dead_letter")
public class MailDeadLetter {

    public static final int MAX_REASON = 2000;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_SENDER = 320;

    @Id
    private UUID id;

    @Column(name = "mailbox_id", nullable = false)
    private UUID mailboxId;

    @Column(nullable = false, length = 320)
    private String mailbox;

    @Column(nullable = false)
    private long uid;

    @Column(length = MAX_SENDER)
    private String sender;

    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private long size;

    /** Read only to replay or download: lists select the other columns. */
    private byte[] raw;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected MailDeadLetter() {
    }

    public MailDeadLetter(UUID id, UUID mailboxId, String mailbox, long uid, String sender, String subject, byte[] raw,
                          String reason, Instant receivedAt, Instant failedAt) {
        this.id = id;
        this.mailboxId = mailboxId;
        this.mailbox = mailbox;
        this.uid = uid;
        this.sender = cut(sender, MAX_SENDER);
        this.subject = cut(subject, MAX_SUBJECT);
        this.raw = raw;
        this.size = raw == null ? 0 : raw.length;
        this.reason = cut(reason, MAX_REASON);
        this.attempts = 1;
        this.receivedAt = receivedAt;
        this.failedAt = failedAt;
    }

    /** A replay that failed again, for this reason. */
    public void failedAgain(String reason, Instant at) {
        this.reason = cut(reason, MAX_REASON);
        this.attempts++;
        this.failedAt = at;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public UUID getId() {
        return id;
    }

    public UUID getMailboxId() {
        return mailboxId;
    }

    public String getMailbox() {
        return mailbox;
    }

    public long getUid() {
        return uid;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public long getSize() {
        return size;
    }

    public byte[] getRaw() {
        return raw;
    }

    public String getReason() {
        return reason;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
