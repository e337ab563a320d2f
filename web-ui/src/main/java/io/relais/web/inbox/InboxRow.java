package io.relais.web.inbox;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.InboxEntry;

import java.io.Serializable;
import java.util.UUID;

/** One inbox line as the page shows it: motif label and age already in the reader's language. */
public record InboxRow(UUID conversationId, UUID customerId, String customerName, Channel channel, String motif, String subject,
                       String lastMessage, String age, int priority) implements Serializable {

    static InboxRow of(InboxEntry entry, String motif, String age) {
        return new InboxRow(entry.conversationId(), entry.customerId(), entry.customerName(), entry.lastChannel(), motif,
                entry.subject(), entry.lastMessage(), age, entry.priority());
    }
}
