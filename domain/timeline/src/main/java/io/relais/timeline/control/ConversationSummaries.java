package io.relais.timeline.control;

import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Interaction;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Rebuilds a conversation's summary after interactions moved in or out (agents' moves, merges, unmerges). */
@Dependent
public class ConversationSummaries {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    /** @return how many interactions the conversation holds now */
    public int replay(Conversation conversation) {
        em.flush();
        List<Interaction> interactions = em.createQuery("select i from Interaction i"
                        + " where i.conversationId = :conversation order by i.occurredAt, i.id", Interaction.class)
                .setParameter("conversation", conversation.getId())
                .getResultList();
        conversation.replay(interactions);
        return interactions.size();
    }
}
