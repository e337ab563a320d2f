package io.relais.channels.email;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.entity.Mailbox;
import io.relais.shared.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every enabled mailbox at an interval, and on demand. For each new message, in UID order:
 * queue it durably, then remember its UID, then mark it seen on the server. A stop between two
 * steps costs at most one message read again, which the pipeline recognises as a copy; one queued
 * and remembered but not yet marked seen is marked seen at the next poll.
 * Reading uses BODY.PEEK, so a message is never marked seen before it is queued. Messages Relais
 * itself sent (a loop through an alias or a forward) are skipped.
 * <p>
 * Each message is handled on its own and read from its raw bytes, never from the server's summary
 * of it (its ENVELOPE, which servers build from the very headers that break). One that cannot be
 * read or queued is kept whole as a dead letter with its reason ({@link MailDeadLetters}) and the
 * mailbox moves on past it. Only what concerns the whole mailbox stops a poll before the message:
 * the connection lost, the inbound queue full, the dead letter not kept; the message is read again
 * at the next poll.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());

    /**
     * @param skipped  Relais's own mail, read back through an alias or a forward
     * @param setAside messages kept as dead letters, for an administrator to look at
     */
    public record PollResult(int queued, int skipped, int setAside, String error) {
    }

    private enum Taken { QUEUED, SKIPPED, SET_ASIDE }

    @Resource
    TimerService timers;

    @Inject
    MailboxStates states;

    @Inject
    InboundPipeline pipeline;

    @Inject
    MailDeadLetters deadLetters;

    @Inject
    @ConfigProperty(name = "relais.mail.poll.seconds", defaultValue = "30")
    int intervalSeconds;

    private final ReentrantLock polling = new ReentrantLock();

    @PostConstruct
    void schedule() {
        long interval = Math.max(5, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail polling", false));
    }

    @Timeout
    void pollAll() {
        if (!polling.tryLock()) {
            return;
        }
        try {
            for (UUID id : states.enabled()) {
                pollOne(id);
            }
        } finally {
            polling.unlock();
        }
    }

    /** Reads one mailbox now (an administrator's "Relever maintenant"), after any poll under way. */
    public PollResult poll(UUID mailboxId) {
        polling.lock();
        try {
            return pollOne(mailboxId);
        } finally {
            polling.unlock();
        }
    }

    private PollResult pollOne(UUID mailboxId) {
        Mailbox mailbox = states.find(mailboxId);
        int queued = 0;
        int skipped = 0;
        int setAside = 0;
        String error = null;
        try {
            String password = ConfigProvider.getConfig().getOptionalValue(mailbox.getSecretName(), String.class)
                    .orElseThrow(() -> new MessagingException("the secret " + mailbox.getSecretName()
                            + " is not set in the server's environment"));
            Set<String> ours = states.addresses();
            try (Store store = session(mailbox).getStore(mailbox.isImapTls() ? "imaps" : "imap")) {
                store.connect(mailbox.getImapHost(), mailbox.getImapPort(), mailbox.getImapUser(), password);
                Folder folder = store.getFolder(mailbox.getImapFolder());
                folder.open(Folder.READ_WRITE);
                try {
                    UIDFolder uids = (UIDFolder) folder;
                    long lastUid = states.folderIs(mailboxId, uids.getUIDValidity());
                    markSeenUpTo(folder, uids, lastUid);
                    for (Message message : uids.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID)) {
                        long uid = uids.getUID(message);
                        if (uid <= lastUid) {
                            continue;
                        }
                        switch (take((MimeMessage) message, uid, mailbox, ours)) {
                            case QUEUED -> queued++;
                            case SKIPPED -> skipped++;
                            case SET_ASIDE -> setAside++;
                        }
                        states.queuedUpTo(mailboxId, uid);
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                } finally {
                    folder.close(false);
                }
            }
        } catch (MessagingException | RuntimeException e) {
            error = reason(e);
            LOG.log(Level.WARNING, "mailbox " + mailbox.getAddress() + " could not be read: " + error, e);
        }
        states.polled(mailboxId, Instant.now(), error);
        return new PollResult(queued, skipped, setAside, error);
    }

    /**
     * Queues one message, or keeps it as a dead letter when it cannot be read or queued.
     *
     * @throws MessagingException the connection was lost: the poll stops, the message is read again
     * @throws io.relais.shared.Refusal the inbound queue is full: likewise
     */
    private Taken take(MimeMessage message, long uid, Mailbox mailbox, Set<String> ours) throws MessagingException {
        Instant receivedAt = receivedAt(message);
        byte[] raw = null;
        try {
            raw = download(message, mailbox.getMaxMessageBytes());
            InboundMessage inbound = raw != null ? MailMessages.fromRaw(raw, mailbox.getAddress(), ours, receivedAt)
                    : MailMessages.tooLarge(MailReader.read(headers(message)),
                    Math.max(size(message), mailbox.getMaxMessageBytes() + 1L), mailbox.getAddress(), receivedAt);
            if (inbound == null) {
                return Taken.SKIPPED;
            }
            pipeline.accept(inbound);
            return Taken.QUEUED;
        } catch (FolderClosedException | StoreClosedException connectionLost) {
            throw connectionLost;
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.UNAVAILABLE) {
                throw refused;
            }
            return setAside(mailbox, uid, raw, refused, receivedAt);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            return setAside(mailbox, uid, raw, unreadable, receivedAt);
        }
    }

    private Taken setAside(Mailbox mailbox, long uid, byte[] raw, Exception failure, Instant receivedAt) {
        String reason = reason(failure);
        LOG.log(Level.WARNING, "message " + uid + " of mailbox " + mailbox.getAddress()
                + " set aside as a dead letter: " + reason, failure);
        deadLetters.keep(mailbox, uid, raw, reason, receivedAt);
        return Taken.SET_ASIDE;
    }

    /**
     * Marks seen the messages queued before a stop that came between remembering their UID and
     * marking them seen: they are not read again (the UID says so), but must not look unread.
     */
    private static void markSeenUpTo(Folder folder, UIDFolder uids, long lastUid) throws MessagingException {
        if (lastUid == 0) {
            return;
        }
        for (Message unseen : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            if (uids.getUID(unseen) <= lastUid) {
                unseen.setFlag(Flags.Flag.SEEN, true);
            }
        }
    }

    /** A failure's words, with their cause's when it has its own (Jakarta Mail wraps the parser's). */
    static String reason(Throwable failure) {
        String words = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable cause = failure.getCause();
        if (cause != null && cause.getMessage() != null && !words.contains(cause.getMessage())) {
            words = words + ": " + cause.getMessage();
        }
        return words;
    }

    /** The server's arrival date (INTERNALDATE), or now when the server cannot say. */
    private static Instant receivedAt(MimeMessage message) {
        try {
            return message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant();
        } catch (MessagingException noEnvelope) {
            return Instant.now();
        }
    }

    /** The size the server gives, or -1 when it cannot say (its summary of a broken message). */
    private static long size(MimeMessage message) {
        try {
            return message.getSize();
        } catch (MessagingException noEnvelope) {
            return -1;
        }
    }

    /** The message's raw bytes, or null when it is larger than the mailbox takes. */
    private static byte[] download(MimeMessage message, int limit) throws MessagingException, IOException {
        long size = size(message);
        if (size > limit) {
            return null;
        }
        var bytes = new BoundedBuffer(limit, size);
        try {
            message.writeTo(bytes);
        } catch (BoundedBuffer.Full larger) {
            return null;
        }
        return bytes.toByteArray();
    }

    private static byte[] headers(MimeMessage message) throws MessagingException {
        StringBuilder lines = new StringBuilder();
        for (Enumeration<String> e = message.getAllHeaderLines(); e.hasMoreElements(); ) {
            lines.append(e.nextElement()).append("\r\n");
        }
        return lines.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Session session(Mailbox mailbox) {
        String protocol = mailbox.isImapTls() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "60000");
        // Reading must not mark a message seen: that happens once it is queued.
        properties.put("mail." + protocol + ".peek", "true");
        if (mailbox.isImapTls()) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }
}
