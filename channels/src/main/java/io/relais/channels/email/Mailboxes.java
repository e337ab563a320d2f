package io.relais.channels.email;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.entity.Mailbox;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The mailboxes administrators configure: where to read (IMAP), where to send replies (SMTP),
 * and the name of the environment variable holding the password, never the password itself.
 */
@Stateless
public class Mailboxes {

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
    static final int LARGEST_MAX_MESSAGE_BYTES = 30 * 1024 * 1024;
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Z][A-Z0-9_]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,255}|\\[[0-9A-Fa-f:.]+]");

    /** What an administrator sets; null SMTP host means replies cannot be sent from this mailbox. */
    public record MailboxSettings(String name, String address, String imapHost, Integer imapPort, Boolean imapTls,
                                  String imapUser, String imapFolder, String smtpHost, Integer smtpPort,
                                  Boolean smtpTls, String smtpUser, String secretName, Integer maxMessageBytes,
                                  Boolean enabled) {
    }

    public record MailboxView(UUID id, String name, String address, String imapHost, int imapPort, boolean imapTls,
                              String imapUser, String imapFolder, String smtpHost, Integer smtpPort, boolean smtpTls,
                              String smtpUser, String secretName, boolean secretSet, int maxMessageBytes,
                              boolean enabled, long lastUid, Instant lastPolledAt, String lastError) {
    }

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Inject
    MailboxPoller poller;

    public List<MailboxView> list() {
        return em.createQuery("select m from Mailbox m order by m.name", Mailbox.class).getResultStream()
                .map(Mailboxes::view).toList();
    }

    public MailboxView get(UUID id) {
        return view(existing(id));
    }

    public MailboxView create(MailboxSettings settings) {
        var mailbox = new Mailbox(UUID.randomUUID(), Instant.now());
        apply(mailbox, settings);
        em.persist(mailbox);
        em.flush();
        return view(mailbox);
    }

    public MailboxView change(UUID id, MailboxSettings settings) {
        Mailbox mailbox = existing(id);
        apply(mailbox, settings);
        em.flush();
        return view(mailbox);
    }

    public MailboxPoller.PollResult pollNow(UUID id) {
        existing(id);
        return poller.poll(id);
    }

    private Mailbox existing(UUID id) {
        Mailbox mailbox = em.find(Mailbox.class, id);
        if (mailbox == null) {
            throw ChannelRefusals.notFound("mailbox.unknown", id);
        }
        return mailbox;
    }

    private void apply(Mailbox mailbox, MailboxSettings s) {
        if (s == null) {
            throw ChannelRefusals.invalid("mailbox.settings");
        }
        require(s.name() != null && !s.name().isBlank() && s.name().length() <= 200, "mailbox.name");
        require(s.address() != null && EMAIL.matcher(s.address().strip()).matches() && s.address().length() <= 320,
                "mailbox.address");
        require(s.imapHost() != null && HOST.matcher(s.imapHost().strip()).matches(), "mailbox.imapHost");
        require(s.imapPort() != null && s.imapPort() > 0 && s.imapPort() < 65536, "mailbox.imapPort");
        require(s.imapUser() != null && !s.imapUser().isBlank() && s.imapUser().length() <= 320, "mailbox.imapUser");
        require(s.secretName() != null && SECRET_NAME.matcher(s.secretName()).matches(),
                "mailbox.secretName");
        boolean smtp = s.smtpHost() != null && !s.smtpHost().isBlank();
        if (smtp) {
            require(HOST.matcher(s.smtpHost().strip()).matches(), "mailbox.smtpHost");
            require(s.smtpPort() != null && s.smtpPort() > 0 && s.smtpPort() < 65536, "mailbox.smtpPort");
        }
        int max = s.maxMessageBytes() == null ? DEFAULT_MAX_MESSAGE_BYTES : s.maxMessageBytes();
        require(max >= 64 * 1024 && max <= LARGEST_MAX_MESSAGE_BYTES, "mailbox.maxMessageBytes");
        String address = s.address().strip().toLowerCase(Locale.ROOT);
        Long taken = em.createQuery("select count(m) from Mailbox m where m.address = :address and m.id <> :id", Long.class)
                .setParameter("address", address).setParameter("id", mailbox.getId()).getSingleResult();
        if (taken != 0) {
            throw ChannelRefusals.conflict("mailbox.addressTaken", address);
        }
        String folder = s.imapFolder() == null || s.imapFolder().isBlank() ? "INBOX" : s.imapFolder().strip();
        mailbox.configure(s.name().strip(), address, s.imapHost().strip(), s.imapPort(),
                s.imapTls() == null || s.imapTls(), s.imapUser().strip(), folder,
                smtp ? s.smtpHost().strip() : null, smtp ? s.smtpPort() : null, s.smtpTls() == null || s.smtpTls(),
                smtp && s.smtpUser() != null && !s.smtpUser().isBlank() ? s.smtpUser().strip() : null,
                s.secretName(), max, s.enabled() == null || s.enabled());
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw ChannelRefusals.invalid(key);
        }
    }

    private static MailboxView view(Mailbox m) {
        boolean secretSet = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue(m.getSecretName(), String.class).isPresent();
        return new MailboxView(m.getId(), m.getName(), m.getAddress(), m.getImapHost(), m.getImapPort(), m.isImapTls(),
                m.getImapUser(), m.getImapFolder(), m.getSmtpHost(), m.getSmtpPort(), m.isSmtpTls(), m.getSmtpUser(),
                m.getSecretName(), secretSet, m.getMaxMessageBytes(), m.isEnabled(), m.getLastUid(), m.getLastPolledAt(),
                m.getLastError());
    }
}
