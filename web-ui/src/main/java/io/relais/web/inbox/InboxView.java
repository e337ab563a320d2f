package io.relais.web.inbox;

import io.relais.responses.boundary.Motifs;
import io.relais.routing.boundary.ClockView;
import io.relais.routing.boundary.ServiceClocks;
import io.relais.timeline.boundary.Inbox;
import io.relais.timeline.boundary.InboxEntry;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agent inbox: a lazy table that reads one page of open conversations at a time. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    @Inject
    Inbox inbox;

    @Inject
    Motifs motifTree;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    @Inject
    ServiceClocks serviceClocks;

    /** When the list was last read (epoch milliseconds, less a margin for commits under way). */
    private long shownAt = System.currentTimeMillis() - SHOWN_MARGIN_MILLIS;
    static final long SHOWN_MARGIN_MILLIS = 2_000;

    private final LazyDataModel<InboxRow> conversations = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, inbox.countOpen());
        }

        @Override
        public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<InboxEntry> entries = inbox.openConversations(first, pageSize);
            Set<UUID> motifIds = entries.stream().map(InboxEntry::motifId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<UUID, String> motifs = motifTree.labels(motifIds, languageChoice.getLocale());
            Map<UUID, ClockView> clocks = serviceClocks.mostPressing(entries.stream().map(InboxEntry::conversationId)
                    .toList());
            Instant now = Instant.now();
            return entries.stream()
                    .map(e -> InboxRow.of(e, motifs.get(e.motifId()), messages.age(
                            Duration.between(e.waitingSince() != null ? e.waitingSince() : e.lastActivityAt(), now)),
                            clocks.get(e.conversationId())))
                    .toList();
        }

        @Override
        public String getRowKey(InboxRow row) {
            return row.conversationId().toString();
        }
    };

    public LazyDataModel<InboxRow> getConversations() {
        return conversations;
    }

    /** The agent asked for what changed since the list was read: the table is read again. */
    public void refresh() {
        shownAt = System.currentTimeMillis() - SHOWN_MARGIN_MILLIS;
    }

    public long getShownAt() {
        return shownAt;
    }
}
