package io.relais.channels.email;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.entity.Mailbox;
import io.relais.channels.entity.MailDeadLetter;
import io.relais.shared.Ids;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mail a mailbox could not read or queue, kept whole with the reason while the mailbox moves on.
 * Administrators list it, download a message to look at it, replay it once the cause is fixed (it
 * is read again from its bytes, as if it had just arrived; a copy already recorded is not recorded
 * twice) or discard it.
 */
@Stateless
public class MailDeadLetters {

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Inject
    InboundPipeline pipeline;

    @Inject
    MailboxStates states;

    @Resource
    SessionContext context;

    /** Keeps a message the mailbox could not read or queue, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UUID keep(Mailbox mailbox, long uid, byte[] raw, String reason, Instant receivedAt) {
        MailHeadlines headlines = MailHeadlines.of(raw);
        var letter = new MailDeadLetter(Ids.newId(), mailbox.getId(), mailbox.getAddress(), uid, headlines.sender(),
                headlines.subject(), raw, reason, receivedAt, Instant.now());
        em.persist(letter);
        return letter.getId();
    }

    /** The oldest {@code max}, without their bytes. */
    public List<MailDeadLetterView> list(int max) {
        return em.createQuery("select new io.relais.channels.email.MailDeadLetterView(d.id, d.mailbox, d.uid, d.sender, "
                        + "d.subject, d.size, d.reason, d.attempts, d.receivedAt, d.failedAt) "
                        + "from MailDeadLetter d order by d.failedAt", MailDeadLetterView.class)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(d) from MailDeadLetter d", Long.class).getSingleResult();
    }

    /** The message as the mailbox held it (RFC 5322), to look at in a mail client. */
    public byte[] raw(UUID id) {
        byte[] raw = existing(id).getRaw();
        if (raw == null) {
            throw ChannelRefusals.notFound("mailDeadLetter.noBytes", id);
        }
        return raw;
    }

    /**
     * Reads the message again from its bytes and queues it; it leaves the dead letters once queued.
     *
     * @throws io.relais.shared.Refusal unprocessable when it still cannot be read or queued (the new
     *                                  reason is kept), conflict when the server never gave its bytes
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void replay(UUID id) {
        MailDeadLetter letter = existing(id);
        if (letter.getRaw() == null) {
            throw ChannelRefusals.conflict("mailDeadLetter.noBytes", id);
        }
        try {
            InboundMessage inbound = MailMessages.fromRaw(letter.getRaw(), letter.getMailbox(), states.addresses(),
                    letter.getReceivedAt());
            if (inbound != null) {
                pipeline.accept(inbound);
            }
        } catch (MessagingException | IOException | RuntimeException stillBroken) {
            String reason = MailboxPoller.reason(stillBroken);
            self().failedAgain(id, reason);
            throw ChannelRefusals.unprocessable("mailDeadLetter.stillUnreadable", reason);
        }
        self().discard(id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedAgain(UUID id, String reason) {
        existing(id).failedAgain(reason, Instant.now());
    }

    public void discard(UUID id) {
        em.remove(existing(id));
    }

    private MailDeadLetters self() {
        return context.getBusinessObject(MailDeadLetters.class);
    }

    private MailDeadLetter existing(UUID id) {
        MailDeadLetter letter = id == null ? null : em.find(MailDeadLetter.class, id);
        if (letter == null) {
            throw ChannelRefusals.notFound("mailDeadLetter.unknown", id);
        }
        return letter;
    }
}
