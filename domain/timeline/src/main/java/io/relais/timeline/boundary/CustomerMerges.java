package io.relais.timeline.boundary;

import io.relais.shared.Ids;
import io.relais.timeline.control.ConversationSummaries;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.MergeSuggestionFinder;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.control.UnmergePlan;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.CustomerIdentity;
import io.relais.timeline.entity.Interaction;
import io.relais.timeline.entity.Merge;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Merges two records of one customer, and undoes it exactly. Each is one transaction and is
 * audited in {@code tl_merge} (who, when, why) with the list of what moved.
 */
@Stateless
public class CustomerMerges {

    static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_SUGGESTIONS = 200;

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerRecords customerRecords;

    @Inject
    MergeSuggestionFinder suggestionFinder;

    @Inject
    ConversationSummaries conversationSummaries;

    public List<MergeSuggestion> suggestions(int limit) {
        return suggestionFinder.find(null, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }

    public List<MergeSuggestion> suggestionsFor(UUID customerId) {
        customerRecords.existing(customerId, LockModeType.NONE);
        return suggestionFinder.find(customerId, MAX_SUGGESTIONS);
    }

    /** "Not the same person": the pair is not suggested again. */
    public void dismiss(UUID customerId, UUID otherCustomerId, String actor) {
        customerRecords.existing(customerId, LockModeType.NONE);
        customerRecords.existing(otherCustomerId, LockModeType.NONE);
        var pair = MergeSuggestionFinder.Pair.of(customerId, otherCustomerId);
        boolean known = !em.createNativeQuery("select 1 from tl_merge_dismissal"
                        + " where first_customer_id = ?1 and second_customer_id = ?2")
                .setParameter(1, pair.first()).setParameter(2, pair.second()).getResultList().isEmpty();
        if (!known) {
            em.createNativeQuery("insert into tl_merge_dismissal (first_customer_id, second_customer_id, dismissed_by,"
                            + " dismissed_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, pair.first()).setParameter(2, pair.second())
                    .setParameter(3, actor).setParameter(4, Instant.now())
                    .executeUpdate();
        }
    }

    /**
     * Moves everything of {@code absorbedId} (identities, conversations, interactions) to
     * {@code survivorId}. The absorbed customer's row stays, marked merged, for the unmerge.
     */
    public MergeRecord merge(UUID survivorId, UUID absorbedId, String actor, String reason) {
        if (survivorId.equals(absorbedId)) {
            throw TimelineRefusals.conflict("CUSTOMER_INTO_HIMSELF");
        }
        String why = reason(reason);
        // Both rows locked, always in the same order, so that two merges cannot deadlock and an
        // inbound message for either waits until the merge is done (see Timeline.receive).
        boolean survivorFirst = survivorId.toString().compareTo(absorbedId.toString()) < 0;
        Customer first = customerRecords.changeable(survivorFirst ? survivorId : absorbedId, LockModeType.PESSIMISTIC_WRITE);
        Customer second = customerRecords.changeable(survivorFirst ? absorbedId : survivorId, LockModeType.PESSIMISTIC_WRITE);
        Customer absorbed = survivorFirst ? second : first;
        em.createQuery("select c from Conversation c where c.customerId = :absorbed", Conversation.class)
                .setParameter("absorbed", absorbedId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        var merge = new Merge(survivorId, absorbedId, actor, why, Instant.now());
        em.persist(merge);
        em.flush();
        journal(merge, Merge.Moved.IDENTITY, "tl_identity", "cast(null as uuid)");
        journal(merge, Merge.Moved.CONVERSATION, "tl_conversation", "cast(null as uuid)");
        journal(merge, Merge.Moved.INTERACTION, "tl_interaction", "conversation_id");
        for (String entity : List.of("CustomerIdentity", "Conversation", "Interaction")) {
            em.createQuery("update " + entity + " r set r.customerId = :survivor where r.customerId = :absorbed")
                    .setParameter("survivor", survivorId)
                    .setParameter("absorbed", absorbedId)
                    .executeUpdate();
        }
        absorbed.mergeInto(survivorId);
        return record(merge);
    }

    /** Lists in the journal what the merge is about to move; an interaction with the conversation it is in. */
    private void journal(Merge merge, Merge.Moved type, String table, String homeColumn) {
        em.createNativeQuery("insert into tl_merge_moved (merge_id, record_type, record_id, home_id)"
                        + " select ?1, ?2, id, " + homeColumn + " from " + table + " where customer_id = ?3")
                .setParameter(1, merge.getId())
                .setParameter(2, type.name())
                .setParameter(3, merge.getAbsorbedId())
                .executeUpdate();
    }

    /**
     * Gives the absorbed customer back what the merge moved, as {@link UnmergePlan} decides, even
     * after new interactions arrived on the survivor. Long because it is one transaction's sequence
     * (lock both customers, plan, move each kind of record back, record the reversal), kept in one
     * place so that its locking order stays visibly the merge's.
     */
    public MergeRecord unmerge(UUID mergeId, String actor, String reason) {
        String why = reason(reason);
        Merge merge = em.find(Merge.class, mergeId, LockModeType.PESSIMISTIC_WRITE);
        if (merge == null) {
            throw TimelineRefusals.notFound("NO_MERGE", mergeId);
        }
        if (merge.isUndone()) {
            throw TimelineRefusals.conflict("MERGE_ALREADY_UNDONE", merge.getUnmergedAt(), merge.getUnmergedBy());
        }
        UUID survivorId = merge.getSurvivorId();
        UUID absorbedId = merge.getAbsorbedId();
        boolean survivorFirst = survivorId.toString().compareTo(absorbedId.toString()) < 0;
        customerRecords.existing(survivorFirst ? survivorId : absorbedId, LockModeType.PESSIMISTIC_WRITE);
        customerRecords.existing(survivorFirst ? absorbedId : survivorId, LockModeType.PESSIMISTIC_WRITE);
        Customer survivor = em.find(Customer.class, survivorId);
        Customer absorbed = em.find(Customer.class, absorbedId);
        if (survivor.getMergedInto() != null) {
            throw TimelineRefusals.conflict("SURVIVOR_MERGED_SINCE", survivorId, survivor.getMergedInto());
        }

        Map<Merge.Moved, Map<UUID, UUID>> moved = moved(mergeId);
        List<Conversation> conversations = em.createQuery(
                        "select c from Conversation c where c.customerId = :survivor", Conversation.class)
                .setParameter("survivor", survivorId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<Interaction> interactions = em.createQuery(
                        "select i from Interaction i where i.customerId = :survivor", Interaction.class)
                .setParameter("survivor", survivorId)
                .getResultList();
        List<CustomerIdentity> identities = em.createQuery(
                        "select i from CustomerIdentity i where i.customerId = :survivor", CustomerIdentity.class)
                .setParameter("survivor", survivorId)
                .getResultList();

        Set<UUID> identitiesReturning = new HashSet<>();
        for (CustomerIdentity identity : identities) {
            if (moved.get(Merge.Moved.IDENTITY).containsKey(identity.getId())) {
                identity.belongTo(absorbedId);
                identitiesReturning.add(identity.getId());
            }
        }
        Map<UUID, Conversation> conversationsById = new HashMap<>();
        List<UnmergePlan.ConversationFacts> facts = new ArrayList<>();
        for (Conversation conversation : conversations) {
            conversationsById.put(conversation.getId(), conversation);
            facts.add(new UnmergePlan.ConversationFacts(conversation.getId(),
                    moved.get(Merge.Moved.CONVERSATION).containsKey(conversation.getId()),
                    !conversation.getOpenedAt().isBefore(merge.getMergedAt())));
        }
        Map<UUID, Interaction> interactionsById = new HashMap<>();
        List<UnmergePlan.Item> items = new ArrayList<>();
        for (Interaction interaction : interactions) {
            interactionsById.put(interaction.getId(), interaction);
            items.add(new UnmergePlan.Item(interaction.getId(), interaction.getConversationId(),
                    interaction.getViaIdentityId(), moved.get(Merge.Moved.INTERACTION).get(interaction.getId())));
        }

        UnmergePlan.Result plan = UnmergePlan.plan(identitiesReturning, facts, items);
        plan.conversationsReturning().forEach(id -> conversationsById.get(id).belongTo(absorbedId));
        Set<UUID> touched = new HashSet<>();
        Map<String, UUID> splits = new HashMap<>();
        for (UnmergePlan.Placement placement : plan.placements()) {
            Interaction interaction = interactionsById.get(placement.interactionId());
            UUID owner = placement.side() == UnmergePlan.Side.ABSORBED ? absorbedId : survivorId;
            UUID target = placement.targetConversationId() != null ? placement.targetConversationId()
                    : splits.computeIfAbsent(placement.side() + "/" + placement.splitFrom(),
                    key -> splitOff(conversationsById.get(placement.splitFrom()), owner));
            if (!target.equals(interaction.getConversationId())) {
                touched.add(interaction.getConversationId());
                touched.add(target);
            }
            interaction.placeIn(target, owner);
        }
        for (UUID conversationId : touched) {
            Conversation conversation = conversationsById.get(conversationId);
            if (conversation == null) {
                conversation = em.find(Conversation.class, conversationId);
            }
            conversationSummaries.replay(conversation);
        }
        absorbed.standAlone();
        merge.undo(actor, why, Instant.now());
        return record(merge);
    }

    private UUID splitOff(Conversation from, UUID ownerId) {
        var split = new Conversation(ownerId, from.getMotifId(), from.getSubject(), from.getPriority(), from.getOpenedAt());
        split.moveTo(from.getStatus());
        em.persist(split);
        return split.getId();
    }

    private Map<Merge.Moved, Map<UUID, UUID>> moved(UUID mergeId) {
        Map<Merge.Moved, Map<UUID, UUID>> moved = new HashMap<>();
        for (Merge.Moved type : Merge.Moved.values()) {
            moved.put(type, new HashMap<>());
        }
        for (Object row : em.createNativeQuery("select record_type, record_id, home_id from tl_merge_moved"
                        + " where merge_id = ?1")
                .setParameter(1, mergeId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            moved.get(Merge.Moved.valueOf(columns[0].toString().strip()))
                    .put(Ids.fromColumn(columns[1]), Ids.fromColumn(columns[2]));
        }
        return moved;
    }

    /** The merges a customer took part in, as survivor or absorbed, newest first. */
    public List<MergeRecord> history(UUID customerId) {
        return em.createQuery("select m from Merge m where m.survivorId = :customer or m.absorbedId = :customer",
                        Merge.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .sorted(Comparator.comparing(Merge::getMergedAt).reversed())
                .map(CustomerMerges::record)
                .toList();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw TimelineRefusals.conflict("MERGE_REASON_MISSING");
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON_LENGTH) {
            throw TimelineRefusals.conflict("REASON_LENGTH", MAX_REASON_LENGTH);
        }
        return why;
    }

    private static MergeRecord record(Merge merge) {
        return new MergeRecord(merge.getId(), merge.getSurvivorId(), merge.getAbsorbedId(), merge.getMergedBy(),
                merge.getMergedAt(), merge.getReason(), merge.getUnmergedBy(), merge.getUnmergedAt(),
                merge.getUnmergeReason());
    }
}
