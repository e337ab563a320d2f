package io.relais.channels.email;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.entity.Mailbox;
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
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every enabled mailbox at an interval, and on demand. For each new message, in UID order:
 * queue it durably, then remember its UID, then mark it seen on the server. A stop between two
 * steps costs at most one message read again, which the pipeline recognises by its Message-ID.
 * Reading uses BODY.PEEK, so a message is never marked seen before it is queued. Messages Relais
 * itself sent (a loop through an alias or a forward) are skipped.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

    /** Set on every message Relais sends, so that it never reads its own mail back as a customer's. */
    public static final String SENT_BY_RELAIS = "X-Relais-Mailbox";
    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());

    public record PollResult(int queued, int skipped, String error) {
    }

    @Resource
    TimerService timers;

    @Inject
    MailboxStates states;

    @Inject
    InboundPipeline pipeline;

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
                    for (Message message : uids.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID)) {
                        long uid = uids.getUID(message);
                        if (uid <= lastUid) {
                            continue;
                        }
                        InboundMessage inbound = read((MimeMessage) message, mailbox, ours);
                        if (inbound == null) {
                            skipped++;
                        } else {
                            pipeline.accept(inbound);
                            queued++;
                        }
                        states.queuedUpTo(mailboxId, uid);
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                } finally {
                    folder.close(false);
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, "mailbox " + mailbox.getAddress() + " could not be read: " + error, e);
        }
        states.polled(mailboxId, Instant.now(), error);
        return new PollResult(queued, skipped, error);
    }

    /** The message as the pipeline takes it, or null when Relais sent it itself. */
    private static InboundMessage read(MimeMessage message, Mailbox mailbox, Set<String> ours)
            throws MessagingException, IOException {
        Instant receivedAt = message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant();
        if (message.getHeader(SENT_BY_RELAIS) != null || fromOneOf(message, ours)) {
            return null;
        }
        if (message.getSize() > mailbox.getMaxMessageBytes()) {
            ReadMail headers = MailReader.read(headers(message));
            return MailMessages.tooLarge(headers, message.getSize(), mailbox.getAddress(), receivedAt);
        }
        var bytes = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        message.writeTo(bytes);
        byte[] raw = bytes.toByteArray();
        return MailMessages.inbound(MailReader.read(raw), raw, mailbox.getAddress(), receivedAt);
    }

    private static boolean fromOneOf(MimeMessage message, Set<String> ours) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (MessagingException unreadable) {
            return false;
        }
        if (from == null) {
            return false;
        }
        for (Address address : from) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null
                    && ours.contains(internet.getAddress().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
