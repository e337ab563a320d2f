package io.relais.channels.email;

import io.relais.channels.entity.Mailbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A mailbox's reading position, each change committed at once (the poller works outside transactions). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailboxStates {

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    public List<UUID> enabled() {
        return em.createQuery("select m.id from Mailbox m where m.enabled = true order by m.name", UUID.class)
                .getResultList();
    }

    public Set<String> addresses() {
        Set<String> addresses = new HashSet<>();
        em.createQuery("select m.address from Mailbox m", String.class).getResultStream()
                .forEach(address -> addresses.add(address.toLowerCase(Locale.ROOT)));
        return addresses;
    }

    public Mailbox find(UUID id) {
        Mailbox mailbox = em.find(Mailbox.class, id);
        if (mailbox == null) {
            throw new IllegalArgumentException("no mailbox " + id);
        }
        return mailbox;
    }

    /** @return the last UID already queued for this UIDVALIDITY (0 when the folder is new or was rebuilt) */
    public long folderIs(UUID id, long uidValidity) {
        Mailbox mailbox = find(id);
        mailbox.folderIs(uidValidity);
        return mailbox.getLastUid();
    }

    public void queuedUpTo(UUID id, long uid) {
        find(id).queuedUpTo(uid);
    }

    public void polled(UUID id, Instant at, String error) {
        find(id).polled(at, error);
    }
}
