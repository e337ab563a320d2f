package io.relais.web.customer;

import io.relais.responses.boundary.Motifs;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.ConversationMoves;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.CustomerExport;
import io.relais.timeline.boundary.CustomerMerges;
import io.relais.timeline.boundary.CustomerSummary;
import io.relais.timeline.boundary.DeliveryStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.MergeSuggestion;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.PrivacyRequests;
import io.relais.timeline.boundary.PromiseState;
import io.relais.timeline.boundary.Timeline;
import io.relais.timeline.boundary.TimelineEntry;
import io.relais.timeline.boundary.TimelineFilter;
import io.relais.timeline.boundary.TimelinePage;
import io.relais.web.i18n.Dates;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import io.relais.web.security.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    static final long SHOWN_MARGIN_MILLIS = 2_000;

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    Motifs motifTree;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    @Inject
    CustomerMerges customerMerges;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ConversationMoves conversationMoves;

    @Inject
    Timeline timelineService;

    @Inject
    PrivacyRequests privacyRequests;

    private String id;
    private CustomerSummary summary;
    private Map<UUID, String> motifs = Map.of();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private PageCursor next;
    private List<Channel> channelFilter = new ArrayList<>();
    private List<MergeSuggestion> suggestions = List.of();
    private boolean erased;
    private UUID mergeCandidate;
    private UUID mergeToUndo;
    private String reason;
    private String promiseConversation;
    private String promiseText;
    private LocalDateTime promiseDue;
    private long shownAt;

    public void load() {
        UUID customerId;
        try {
            customerId = UUID.fromString(id == null ? "" : id);
            summary = customerDirectory.summary(customerId);
        } catch (IllegalArgumentException e) {
            summary = null;
            messages.error("customer.unknown");
            return;
        } catch (Refusal e) {
            summary = null;
            erased = e.kind() == Refusal.Kind.GONE;
            if (!erased) {
                messages.error("customer.unknown");
            }
            return;
        }
        suggestions = summary.mergedInto() == null ? customerMerges.suggestionsFor(customerId) : List.of();
        Set<UUID> motifIds = summary.openConversations().stream().map(CustomerSummary.OpenConversation::motifId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        motifs = motifTree.labels(motifIds, languageChoice.getLocale());
        reloadTimeline();
    }

    public void reloadTimeline() {
        // A change whose push says it happened before this, less a margin for the commit, is shown.
        shownAt = System.currentTimeMillis() - SHOWN_MARGIN_MILLIS;
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

    /** Files an interaction an agent finds in the wrong conversation into another open one of the customer. */
    public void moveInteraction(UUID interactionId, UUID conversationId) {
        try {
            conversationMoves.moveInteractions(Set.of(interactionId), conversationId);
            messages.info("customer.moved");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        load();
    }

    /** Takes an interaction out of its conversation into a new one: a second request the customer made. */
    public void splitOff(UUID interactionId, UUID conversationId) {
        try {
            conversationMoves.splitConversation(conversationId, Set.of(interactionId), null);
            messages.info("customer.split");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        load();
    }

    /** Opens the promise dialog on the most recent open conversation, due tomorrow at 10:00. */
    public void preparePromise() {
        promiseConversation = summary == null || summary.openConversations().isEmpty() ? null
                : summary.openConversations().get(0).conversationId().toString();
        promiseText = null;
        promiseDue = LocalDate.now(Dates.CONTACT_CENTER_ZONE).plusDays(1).atTime(10, 0);
    }

    /** Records what the agent promised the customer; it stays in the summary until kept or broken. */
    public void promise() {
        if (promiseConversation == null || promiseDue == null || promiseText == null || promiseText.isBlank()) {
            messages.error("customer.promiseIncomplete");
            return;
        }
        UUID conversationId = UUID.fromString(promiseConversation);
        Channel channel = summary.openConversations().stream()
                .filter(open -> open.conversationId().equals(conversationId))
                .map(CustomerSummary.OpenConversation::lastChannel)
                .filter(Objects::nonNull)
                .findFirst().orElse(Channel.PHONE);
        try {
            timelineService.record(new NewInteraction(conversationId, channel, Direction.INTERNAL,
                    InteractionKind.PROMISE, null, Instant.now(), promiseText.strip(),
                    new InteractionDetails(currentStaff.getUsername(), null, null, null, null, null, null,
                            promiseDue.atZone(Dates.CONTACT_CENTER_ZONE).toInstant(), null, null, List.of())));
            messages.info("customer.promised");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        load();
    }

    public void settle(UUID promiseId, PromiseState state) {
        try {
            timelineService.settlePromise(promiseId, state);
            messages.info("customer.settled");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        load();
    }

    /** The customer's copy of everything held about him (RGPD), as a JSON file; the export is audited. */
    public StreamedContent getExport() {
        UUID customerId = summary.customerId();
        return DefaultStreamedContent.builder()
                .name("relais-client-" + customerId + ".json")
                .contentType("application/json")
                .stream(() -> {
                    CustomerExport export = privacyRequests.export(customerId, currentStaff.getUsername(),
                            messages.text("customer.exportReason"));
                    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
                        return new ByteArrayInputStream(jsonb.toJson(export).getBytes(StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        throw new IllegalStateException("the export could not be written", e);
                    }
                })
                .build();
    }

    /** Erases the customer at his request (RGPD); administrators only, with the reason kept in the audit. */
    public void erase() {
        if (!currentStaff.isAdmin()) {
            messages.error("customer.mergeFailed", messages.text("customer.adminsOnly"));
            return;
        }
        if (reason == null || reason.isBlank()) {
            messages.error("customer.reasonRequired");
            return;
        }
        try {
            privacyRequests.erase(summary.customerId(), currentStaff.getUsername(), reason);
            messages.info("customer.erasedNow");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        load();
    }

    public void prepareErasure() {
        reason = null;
    }

    /** Remembers which suggestion the supervisor means to merge; the dialog asks for the reason. */
    public void prepareMerge(UUID otherCustomerId) {
        mergeCandidate = otherCustomerId;
        reason = null;
    }

    public void merge() {
        if (!currentStaff.isSupervisor()) {
            messages.error("customer.mergeFailed", messages.text("customer.supervisorsOnly"));
            return;
        }
        if (mergeCandidate == null || summary == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            messages.error("customer.reasonRequired");
            return;
        }
        try {
            customerMerges.merge(summary.customerId(), mergeCandidate, currentStaff.getUsername(), reason);
            messages.info("customer.merged");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        mergeCandidate = null;
        load();
    }

    public void prepareUnmerge(UUID mergeId) {
        mergeToUndo = mergeId;
        reason = null;
    }

    public void unmerge() {
        if (!currentStaff.isSupervisor()) {
            messages.error("customer.mergeFailed", messages.text("customer.supervisorsOnly"));
            return;
        }
        if (mergeToUndo == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            messages.error("customer.reasonRequired");
            return;
        }
        try {
            customerMerges.unmerge(mergeToUndo, currentStaff.getUsername(), reason);
            messages.info("customer.unmerged");
        } catch (Refusal e) {
            messages.error("customer.mergeFailed", e.message(messages.locale()));
        }
        mergeToUndo = null;
        load();
    }

    /** The customer of a suggestion who is not the one on this page. */
    public UUID otherOf(MergeSuggestion suggestion) {
        return suggestion.customerId().equals(summary.customerId()) ? suggestion.otherCustomerId() : suggestion.customerId();
    }

    public String otherNameOf(MergeSuggestion suggestion) {
        return suggestion.customerId().equals(summary.customerId()) ? suggestion.otherCustomerName()
                : suggestion.customerName();
    }

    /** The stored file's id, for a link, when the channel kept its bytes ("attachment:<id>"). */
    public String storedFile(String storageRef) {
        return storageRef != null && storageRef.startsWith("attachment:") ? storageRef.substring("attachment:".length()) : null;
    }

    public String deliveryIcon(DeliveryStatus status) {
        return switch (status) {
            case QUEUED -> "pi-clock";
            case SENT -> "pi-check";
            case DELIVERED -> "pi-check-circle";
            case FAILED -> "pi-exclamation-triangle";
        };
    }

    public int wholeMinutes(Integer seconds) {
        return seconds == null ? 0 : seconds / 60;
    }

    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }

    public boolean overdue(Instant due) {
        return due != null && due.isBefore(Instant.now());
    }

    /** When the timeline was read (epoch milliseconds): pushed changes after it are new to the page. */
    public long getShownAt() {
        return shownAt;
    }

    public String getPromiseConversation() {
        return promiseConversation;
    }

    public void setPromiseConversation(String promiseConversation) {
        this.promiseConversation = promiseConversation;
    }

    public String getPromiseText() {
        return promiseText;
    }

    public void setPromiseText(String promiseText) {
        this.promiseText = promiseText;
    }

    public LocalDateTime getPromiseDue() {
        return promiseDue;
    }

    public void setPromiseDue(LocalDateTime promiseDue) {
        this.promiseDue = promiseDue;
    }

    public List<MergeSuggestion> getSuggestions() {
        return suggestions;
    }

    public boolean isErased() {
        return erased;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
