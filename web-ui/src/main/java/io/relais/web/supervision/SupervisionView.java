package io.relais.web.supervision;

import io.relais.routing.boundary.AgentPresence;
import io.relais.routing.boundary.AgentView;
import io.relais.routing.boundary.ManualAssignments;
import io.relais.routing.boundary.Presence;
import io.relais.routing.boundary.QueueAdministration;
import io.relais.routing.boundary.QueueView;
import io.relais.routing.boundary.RoutedConversation;
import io.relais.routing.boundary.RoutingState;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.Inbox;
import io.relais.timeline.boundary.InboxEntry;
import io.relais.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The supervisors' live view: each queue's waiting count, oldest wait and commitments at risk; the
 * agents by presence and load; the conversations waiting and held, most urgent first, each of which
 * can be given to another agent. The page reads it all again when routing pushes a change.
 */
@Named
@ViewScoped
public class SupervisionView implements Serializable {

    static final int SHOWN = 100;

    /** A conversation line: routing's state with the customer and subject the timeline knows. */
    public record Line(UUID conversationId, UUID customerId, String customerName, String subject, String queue,
                       String channel, RoutingState state, String agent, String agentName, String escalatedVia,
                       long warnAtMillis, long deadlineMillis) implements Serializable {
    }

    @Inject
    AgentPresence agentPresence;

    @Inject
    ManualAssignments manualAssignments;

    @Inject
    QueueAdministration queueAdministration;

    @Inject
    Inbox inbox;

    @Inject
    Messages messages;

    private List<QueueView> queues;
    private List<AgentView> agents;
    private List<Line> lines;
    private UUID selected;
    private String target;

    public List<QueueView> getQueues() {
        if (queues == null) {
            queues = queueAdministration.queues();
        }
        return queues;
    }

    public List<AgentView> getAgents() {
        if (agents == null) {
            agents = agentPresence.agents();
        }
        return agents;
    }

    /** Agents who could take one more conversation now (not offline), for the reassignment menu. */
    public List<AgentView> getReachableAgents() {
        return getAgents().stream().filter(a -> a.presence() != Presence.OFFLINE).toList();
    }

    public List<Line> getLines() {
        if (lines == null) {
            List<RoutedConversation> routed = new ArrayList<>(queueAdministration.conversations(RoutingState.WAITING, null, SHOWN));
            routed.addAll(queueAdministration.conversations(RoutingState.ASSIGNED, null, SHOWN));
            Map<UUID, InboxEntry> described = inbox.describe(routed.stream().map(RoutedConversation::conversationId)
                    .toList());
            lines = routed.stream().map(r -> {
                InboxEntry entry = described.get(r.conversationId());
                return new Line(r.conversationId(), r.customerId(), entry == null ? "" : entry.customerName(),
                        entry == null ? "" : entry.subject(), r.queue(), r.channel().name(), r.state(), r.agent(),
                        r.agentName(), r.escalatedVia() == null ? null : r.escalatedVia().name(),
                        r.warnAt() == null ? 0 : r.warnAt().toEpochMilli(),
                        r.deadline() == null ? 0 : r.deadline().toEpochMilli());
            }).toList();
        }
        return lines;
    }

    public String waitedFor(Instant since) {
        return since == null ? "" : messages.age(Duration.between(since, Instant.now()));
    }

    /** Reads everything again (a push said routing changed, or the supervisor asked). */
    public void refresh() {
        queues = null;
        agents = null;
        lines = null;
    }

    public void choose(UUID conversationId) {
        selected = conversationId;
        target = null;
    }

    public void reassign() {
        if (selected == null || target == null || target.isBlank()) {
            messages.error("supervision.chooseAgent");
            return;
        }
        try {
            RoutedConversation moved = manualAssignments.transfer(selected, target);
            messages.info("supervision.reassigned", moved.agentName());
        } catch (Refusal refused) {
            messages.error("supervision.reassignRefused", target, refused.message(messages.locale()));
        }
        refresh();
    }

    public UUID getSelected() {
        return selected;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
