package io.relais.channels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A mailbox Relais reads over IMAP and answers from over SMTP. {@code lastUid} is the highest
 * IMAP UID already queued, valid while the folder's UIDVALIDITY stays {@code uidValidity}: a
 * restart continues after it, so nothing is read twice or skipped.
 */
@Entity
@Table(name = "ch_mailbox")
public class Mailbox {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    /** The address customers write to, and the From of replies. */
    @Column(nullable = false, length = 320)
    private String address;

    @Column(name = "imap_host", nullable = false, length = 255)
    private String imapHost;

    @Column(name = "imap_port", nullable = false)
    private int imapPort;

    @Column(name = "imap_tls", nullable = false)
    private boolean imapTls;

    @Column(name = "imap_user", nullable = false, length = 320)
    private String imapUser;

    @Column(name = "imap_folder", nullable = false, length = 200)
    private String imapFolder;

    @Column(name = "smtp_host", length = 255)
    private String smtpHost;

    @Column(name = "smtp_port")
    private Integer smtpPort;

    @Column(name = "smtp_tls", nullable = false)
    private boolean smtpTls;

    @Column(name = "smtp_user", length = 320)
    private String smtpUser;

    /** The environment variable (or MicroProfile Config property) that holds the password. */
    @Column(name = "secret_name", nullable = false, length = 100)
    private String secretName;

    @Column(name = "max_message_bytes", nullable = false)
    private int maxMessageBytes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "uid_validity")
    private Long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Mailbox() {
    }

    public Mailbox(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.imapFolder = "INBOX";
    }

    public void configure(String name, String address, String imapHost, int imapPort, boolean imapTls, String imapUser,
                          String imapFolder, String smtpHost, Integer smtpPort, boolean smtpTls, String smtpUser,
                          String secretName, int maxMessageBytes, boolean enabled) {
        this.name = name;
        this.address = address;
        this.imapHost = imapHost;
        this.imapPort = imapPort;
        this.imapTls = imapTls;
        this.imapUser = imapUser;
        this.imapFolder = imapFolder;
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
        this.smtpTls = smtpTls;
        this.smtpUser = smtpUser;
        this.secretName = secretName;
        this.maxMessageBytes = maxMessageBytes;
        this.enabled = enabled;
    }

    /** The folder was rebuilt (new UIDVALIDITY): its UIDs start over, and so does reading. */
    public void folderIs(long uidValidity) {
        if (this.uidValidity == null || this.uidValidity != uidValidity) {
            this.uidValidity = uidValidity;
            this.lastUid = 0;
        }
    }

    public void queuedUpTo(long uid) {
        this.lastUid = Math.max(lastUid, uid);
    }

    public void polled(Instant at, String error) {
        this.lastPolledAt = at;
        this.lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getImapHost() {
        return imapHost;
    }

    public int getImapPort() {
        return imapPort;
    }

    public boolean isImapTls() {
        return imapTls;
    }

    public String getImapUser() {
        return imapUser;
    }

    public String getImapFolder() {
        return imapFolder;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public Integer getSmtpPort() {
        return smtpPort;
    }

    public boolean isSmtpTls() {
        return smtpTls;
    }

    public String getSmtpUser() {
        return smtpUser;
    }

    public String getSecretName() {
        return secretName;
    }

    public int getMaxMessageBytes() {
        return maxMessageBytes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getUidValidity() {
        return uidValidity;
    }

    public long getLastUid() {
        return lastUid;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public String getLastError() {
        return lastError;
    }
}
