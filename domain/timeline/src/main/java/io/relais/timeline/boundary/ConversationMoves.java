package io.relais.timeline.boundary;

import io.relais.shared.event.ConversationChanged;
import io.relais.timeline.control.ConversationSummaries;
import io.relais.timeline.control.InteractionRecording;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Interaction;
import io.relais.timeline.entity.ThreadKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Repairs agents make to conversations of one customer: interactions moved to another, a second
 * request split off into a conversation of its own, two conversations merged.
 */
@Stateless
public class ConversationMoves {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    ConversationSummaries conversationSummaries;

    @Inject
    Event<ConversationChanged> conversationChanged;

    @Inject
    InteractionRecording recording;

    /**
     * Moves interactions an agent filed in the wrong conversation to another of the same customer.
     * A conversation left empty is closed: nothing in it waits for an answer.
     */
    public void moveInteractions(Set<UUID> interactionIds, UUID targetConversationId) {
        if (interactionIds == null || interactionIds.isEmpty()) {
            throw TimelineRefusals.invalid("NOTHING_TO_MOVE");
        }
        Conversation target = recording.lockedConversation(targetConversationId);
        List<Interaction> moving = em.createQuery("select i from Interaction i where i.id in :ids", Interaction.class)
                .setParameter("ids", interactionIds)
                .getResultList();
        if (moving.size() != interactionIds.size()) {
            throw TimelineRefusals.notFound("SOME_INTERACTIONS_UNKNOWN");
        }
        Set<UUID> sources = new HashSet<>();
        for (Interaction interaction : moving) {
            if (!interaction.getCustomerId().equals(target.getCustomerId())) {
                throw TimelineRefusals.invalid("MOVE_WITHIN_CUSTOMER");
            }
            sources.add(interaction.getConversationId());
        }
        sources.remove(target.getId());
        List<Conversation> left = new ArrayList<>();
        for (UUID source : sources) {
            left.add(recording.lockedConversation(source));
        }
        moving.forEach(interaction -> interaction.placeIn(target.getId(), target.getCustomerId()));
        conversationSummaries.replay(target);
        for (Conversation source : left) {
            if (conversationSummaries.replay(source) == 0) {
                ConversationStatus before = source.getStatus();
                source.moveTo(ConversationStatus.CLOSED);
                recording.statusMoved(source, before);
            }
        }
        conversationChanged.fire(new ConversationChanged(target.getId(), target.getCustomerId(), Instant.now()));
        left.forEach(source -> conversationChanged.fire(
                new ConversationChanged(source.getId(), source.getCustomerId(), Instant.now())));
    }

    /** Splits interactions off a conversation into a new one, which starts in the same status. */
    public UUID splitConversation(UUID conversationId, Set<UUID> interactionIds, String subject) {
        Conversation from = recording.lockedConversation(conversationId);
        if (interactionIds == null || interactionIds.isEmpty()) {
            throw TimelineRefusals.invalid("NOTHING_TO_SPLIT");
        }
        long inside = em.createQuery("select count(i) from Interaction i where i.id in :ids"
                        + " and i.conversationId = :conversation", Long.class)
                .setParameter("ids", interactionIds)
                .setParameter("conversation", conversationId)
                .getSingleResult();
        if (inside != interactionIds.size()) {
            throw TimelineRefusals.invalid("SPLIT_OWN_ONLY");
        }
        String title = subject == null || subject.isBlank() ? from.getSubject() : subject.strip();
        if (title.length() > Conversation.SUBJECT_LENGTH) {
            throw TimelineRefusals.invalid("Conversation.SUBJECT_LENGTH", Conversation.SUBJECT_LENGTH);
        }
        Instant openedAt = em.createQuery("select min(i.occurredAt) from Interaction i where i.id in :ids", Instant.class)
                .setParameter("ids", interactionIds)
                .getSingleResult();
        var split = new Conversation(from.getCustomerId(), from.getMotifId(), title, from.getPriority(), openedAt);
        split.moveTo(from.getStatus());
        em.persist(split);
        moveInteractions(interactionIds, split.getId());
        return split.getId();
    }

    /**
     * Merges {@code sourceId} into {@code targetId}, two conversations of one customer: its
     * interactions and thread keys move, and it is closed.
     */
    public void mergeConversations(UUID targetId, UUID sourceId) {
        if (targetId.equals(sourceId)) {
            throw TimelineRefusals.invalid("CONVERSATION_INTO_ITSELF");
        }
        Conversation target = recording.lockedConversation(targetId);
        Conversation source = recording.lockedConversation(sourceId);
        if (!target.getCustomerId().equals(source.getCustomerId())) {
            throw TimelineRefusals.invalid("CONVERSATIONS_OF_ONE_CUSTOMER");
        }
        em.createQuery("update Interaction i set i.conversationId = :target where i.conversationId = :source")
                .setParameter("target", targetId)
                .setParameter("source", sourceId)
                .executeUpdate();
        em.createQuery("update ThreadKey t set t.conversationId = :target where t.conversationId = :source")
                .setParameter("target", targetId)
                .setParameter("source", sourceId)
                .executeUpdate();
        ConversationStatus sourceBefore = source.getStatus();
        source.moveTo(ConversationStatus.CLOSED);
        recording.statusMoved(source, sourceBefore);
        conversationSummaries.replay(target);
        conversationSummaries.replay(source);
        conversationChanged.fire(new ConversationChanged(targetId, target.getCustomerId(), Instant.now()));
        conversationChanged.fire(new ConversationChanged(sourceId, source.getCustomerId(), Instant.now()));
    }
}
