package io.relais.web.customer;

import io.relais.responses.boundary.ResponseLibrary;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.CustomerSummary;
import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.TimelineEntry;
import io.relais.timeline.boundary.TimelineFilter;
import io.relais.timeline.boundary.TimelinePage;
import io.relais.timeline.boundary.UnknownRecordException;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The customer 360: who, what is open, when and where he last reached us, and everything he said. */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    ResponseLibrary responseLibrary;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    private String id;
    private CustomerSummary summary;
    private Map<UUID, String> motifs = Map.of();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private PageCursor next;
    private List<Channel> channelFilter = new ArrayList<>();

    public void load() {
        UUID customerId;
        try {
            customerId = UUID.fromString(id == null ? "" : id);
            summary = customerDirectory.summary(customerId);
        } catch (IllegalArgumentException | UnknownRecordException e) {
            summary = null;
            messages.error("customer.unknown");
            return;
        }
        Set<UUID> motifIds = summary.openConversations().stream().map(CustomerSummary.OpenConversation::motifId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        motifs = responseLibrary.labels(motifIds, languageChoice.getLocale());
        reloadTimeline();
    }

    public void reloadTimeline() {
        timeline.clear();
        next = null;
        readMore();
    }

    public void readMore() {
        if (summary == null) {
            return;
        }
        Set<Channel> channels = channelFilter.isEmpty() ? Set.of() : EnumSet.copyOf(channelFilter);
        TimelinePage page = customerDirectory.timeline(summary.customerId(),
                new TimelineFilter(channels, Set.of(), null, null, null), next, PAGE_SIZE);
        timeline.addAll(page.entries());
        next = page.next();
    }

    public String motif(UUID motifId) {
        return motifId == null ? "" : motifs.getOrDefault(motifId, "");
    }

    public String waiting(Instant since) {
        return since == null ? "" : messages.age(Duration.between(since, Instant.now()));
    }

    public List<Map.Entry<Channel, Instant>> getLastContacts() {
        return summary == null ? List.of() : List.copyOf(summary.lastContactPerChannel().entrySet());
    }

    public List<Map.Entry<Channel, Boolean>> getConsents() {
        return summary == null ? List.of() : List.copyOf(summary.consents().entrySet());
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public boolean isMore() {
        return next != null;
    }

    public CustomerSummary getSummary() {
        return summary;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<Channel> getChannelFilter() {
        return channelFilter;
    }

    public void setChannelFilter(List<Channel> channelFilter) {
        this.channelFilter = channelFilter == null ? new ArrayList<>() : new ArrayList<>(channelFilter);
    }
}
