package io.relais.channels.email;

import io.relais.channels.boundary.ChannelSender;
import io.relais.channels.boundary.DeliveryReport;
import io.relais.channels.boundary.OutboundMessage;
import io.relais.channels.entity.Mailbox;
import io.relais.shared.Channel;
import io.relais.shared.ConversationReference;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends a reply by SMTP from the mailbox the customer wrote to, as an answer in his thread:
 * In-Reply-To and References carry the conversation's Message-IDs, the subject its reference, and
 * the reply's own Message-ID (derived from the interaction, so a resend is recognisably the same
 * message) becomes a thread key of the conversation. A refused reply (no mailbox, a bad address, a
 * permanent SMTP refusal: a 5xx reply code) fails at once with the server's words; a server that
 * does not answer or answers 4xx (come back later) is retried three times, about two seconds apart.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Inject
    CustomerDirectory directory;

    @Inject
    Timeline timeline;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** The address the customer last wrote from in this conversation, or his main email. */
    @Override
    public Optional<String> addressFor(UUID conversationId) {
        return directory.replyAddress(conversationId, IdentityKind.EMAIL);
    }

    /** Sent with the reply's own Message-ID, which the report carries. */
    @Override
    @Retry(maxRetries = 3, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 500, maxDuration = 60,
            durationUnit = ChronoUnit.SECONDS, abortOn = ReplyRefusedException.class)
    public DeliveryReport send(OutboundMessage reply) {
        Mailbox mailbox = replyMailbox(reply).orElseThrow(() -> new ReplyRefusedException(
                "no mailbox with an SMTP server is configured to send this reply"));
        String password = ConfigProvider.getConfig().getOptionalValue(mailbox.getSecretName(), String.class)
                .orElseThrow(() -> new ReplyRefusedException("the secret " + mailbox.getSecretName()
                        + " of mailbox " + mailbox.getAddress() + " is not set in the server's environment"));
        String domain = mailbox.getAddress().substring(mailbox.getAddress().indexOf('@') + 1);
        String messageId = "<relais." + reply.interactionId() + "@" + domain + ">";
        List<String> thread = directory.threadKeys(reply.conversationId()).stream()
                .filter(key -> key.startsWith(MailMessages.MESSAGE_KEY))
                .map(key -> key.substring(MailMessages.MESSAGE_KEY.length()))
                .filter(id -> !id.equals(messageId))
                .toList();
        try {
            Session session = session(mailbox);
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(mailbox.getAddress(), mailbox.getName(), StandardCharsets.UTF_8.name()));
            message.setRecipient(Message.RecipientType.TO, recipient(reply.to()));
            message.setSubject(subject(reply), StandardCharsets.UTF_8.name());
            message.setText(reply.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (!thread.isEmpty()) {
                message.setHeader("In-Reply-To", thread.get(thread.size() - 1));
                message.setHeader("References", String.join(" ", thread));
            }
            message.setHeader(MailMessages.SENT_BY_RELAIS, mailbox.getId().toString());
            message.saveChanges();
            if (mailbox.getSmtpUser() != null) {
                Transport.send(message, mailbox.getSmtpUser(), password);
            } else {
                Transport.send(message);
            }
        } catch (AddressException e) {
            throw new ReplyRefusedException("the customer's address " + reply.to() + " is not valid: " + e.getMessage());
        } catch (MessagingException e) {
            int code = smtpReplyCode(e);
            if (code >= 500 && code <= 599) {
                throw new ReplyRefusedException("the SMTP server " + mailbox.getSmtpHost() + " refused the reply for good ("
                        + code + "): " + smtpWords(e));
            }
            throw new SendFailedException("the SMTP server " + mailbox.getSmtpHost() + " did not take the reply: "
                    + smtpWords(e), e);
        } catch (UnsupportedEncodingException e) {
            throw new ReplyRefusedException("the reply cannot be encoded: " + e.getMessage());
        }
        timeline.addThreadKey(reply.conversationId(), MailMessages.MESSAGE_KEY + messageId);
        return DeliveryReport.sent(messageId);
    }

    /**
     * The SMTP server's reply code for a refusal (550 for an unknown recipient), or 0 when there was
     * none (no connection, a timeout). Jakarta Mail's implementation carries it on exceptions of its
     * own, nested, with {@code getReturnCode()}: read without tying Relais to one implementation.
     */
    static int smtpReplyCode(Exception failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            try {
                Object code = e.getClass().getMethod("getReturnCode").invoke(e);
                if (code instanceof Integer value && value > 0) {
                    return value;
                }
            } catch (ReflectiveOperationException noCode) {
                // not an SMTP exception: look at the one it wraps
            }
        }
        return 0;
    }

    /** The failure's words with those of the exceptions it wraps (the server's own line, for a refusal). */
    private static String smtpWords(MessagingException failure) {
        StringBuilder words = new StringBuilder(String.valueOf(failure.getMessage()).strip());
        for (Exception e = failure.getNextException(); e != null;
             e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e.getMessage() != null && !words.toString().contains(e.getMessage().strip())) {
                words.append(": ").append(e.getMessage().strip());
            }
        }
        return words.toString();
    }

    private Optional<Mailbox> replyMailbox(OutboundMessage reply) {
        Optional<String> cameThrough = em.createQuery("select r.endpoint from InboundRaw r where r.conversationId = :c"
                        + " and r.channel = :email order by r.receivedAt desc", String.class)
                .setParameter("c", reply.conversationId())
                .setParameter("email", Channel.EMAIL)
                .setMaxResults(1)
                .getResultStream().findFirst();
        if (cameThrough.isPresent()) {
            Optional<Mailbox> same = em.createQuery("select m from Mailbox m where m.address = :a and m.smtpHost is not null",
                            Mailbox.class)
                    .setParameter("a", cameThrough.get())
                    .getResultStream().findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return em.createQuery("select m from Mailbox m where m.enabled = true and m.smtpHost is not null order by m.name",
                        Mailbox.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static InternetAddress recipient(String to) throws AddressException {
        InternetAddress address = new InternetAddress(to, true);
        address.validate();
        return address;
    }

    /**
     * "Re: the subject [R-3F9A1C2E]": the reference threads the customer's answer even without
     * headers. A message with a subject of its own (a transcript) gets no "Re:".
     */
    private static String subject(OutboundMessage reply) {
        String reference = "[" + ConversationReference.of(reply.conversationId()) + "]";
        String subject = reply.subject() == null || reply.subject().isBlank() ? "Votre demande" : reply.subject().strip();
        if (!reply.ownSubject() && !subject.regionMatches(true, 0, "Re:", 0, 3)) {
            subject = "Re: " + subject;
        }
        return subject.contains(reference) ? subject : subject + " " + reference;
    }

    private static Session session(Mailbox mailbox) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mailbox.getSmtpHost());
        properties.put("mail.smtp.port", String.valueOf(mailbox.getSmtpPort()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        properties.put("mail.smtp.auth", String.valueOf(mailbox.getSmtpUser() != null));
        if (mailbox.isSmtpTls()) {
            if (mailbox.getSmtpPort() != null && mailbox.getSmtpPort() == 465) {
                properties.put("mail.smtp.ssl.enable", "true");
            } else {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }
}
