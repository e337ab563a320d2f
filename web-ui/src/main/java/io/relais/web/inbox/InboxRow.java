package io.relais.web.inbox;

import io.relais.routing.boundary.ClockView;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.InboxEntry;

import java.io.Serializable;
import java.util.UUID;

/**
 * One inbox line as the page shows it: motif label and age already in the reader's language, and
 * the most pressing service clock as epoch milliseconds for the countdown the browser keeps
 * (0 when there is none; {@code clockPaused} while the customer has to answer).
 */
public record InboxRow(UUID conversationId, UUID customerId, String customerName, Channel channel, String motif, String subject,
                       String lastMessage, String age, int priority, String clockKind, boolean clockPaused,
                       long warnAtMillis, long deadlineMillis) implements Serializable {

    static InboxRow of(InboxEntry entry, String motif, String age, ClockView clock) {
        return new InboxRow(entry.conversationId(), entry.customerId(), entry.customerName(), entry.lastChannel(), motif,
                entry.subject(), entry.lastMessage(), age, entry.priority(),
                clock == null ? null : clock.kind(), clock != null && clock.paused(),
                clock == null || clock.warnAt() == null ? 0 : clock.warnAt().toEpochMilli(),
                clock == null || clock.deadline() == null ? 0 : clock.deadline().toEpochMilli());
    }

    public boolean hasClock() {
        return clockKind != null;
    }
}
