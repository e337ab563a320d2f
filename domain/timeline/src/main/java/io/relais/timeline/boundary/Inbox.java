package io.relais.timeline.boundary;

import io.relais.timeline.control.OpenConversations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agent inbox: conversations that still need the company, oldest activity first. */
@Stateless
public class Inbox {

    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    OpenConversations openConversations;

    /** Keyset read for API clients; {@code after} null starts at the beginning. */
    public InboxSlice openConversations(PageCursor after, int limit) {
        int size = clamp(limit);
        List<InboxEntry> entries = openConversations.after(after, size + 1);
        if (entries.size() > size) {
            List<InboxEntry> page = entries.subList(0, size);
            return new InboxSlice(List.copyOf(page), new PageCursor(page.get(size - 1).lastActivityAt(), page.get(size - 1).conversationId()));
        }
        return new InboxSlice(entries, null);
    }

    /** Offset read for paginated tables, where people jump to a page number. */
    public List<InboxEntry> openConversations(int offset, int limit) {
        return openConversations.page(Math.max(0, offset), clamp(limit));
    }

    /** The given conversations as inbox lines (customer, subject, last message), keyed by id. */
    public Map<UUID, InboxEntry> describe(Collection<UUID> conversationIds) {
        return openConversations.of(conversationIds).stream()
                .collect(Collectors.toMap(InboxEntry::conversationId, e -> e));
    }

    public long countOpen() {
        return openConversations.count();
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
    }
}
