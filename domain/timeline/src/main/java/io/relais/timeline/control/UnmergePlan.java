package io.relais.timeline.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides where everything the survivor of a merge now holds goes when the merge is undone.
 * The absorbed customer gets back exactly what the merge moved: his identities, his
 * conversations, and each of his interactions in the conversation it was in. What arrived
 * since stays with the survivor, unless it came through an identity that returns to the
 * absorbed customer; an agent's reply or note follows its conversation. A conversation opened
 * since the merge goes back when it was started through the absorbed customer's identities only.
 * An interaction whose side differs from its conversation's is split off into a new
 * conversation on its side, one per conversation it leaves.
 */
public final class UnmergePlan {

    public enum Side {
        SURVIVOR,
        ABSORBED
    }

    /** An interaction the survivor holds; {@code homeConversationId} is set when the merge moved it. */
    public record Item(UUID interactionId, UUID conversationId, UUID viaIdentityId, UUID homeConversationId) {
    }

    /** A conversation the survivor holds: moved by the merge, or opened since it. */
    public record ConversationFacts(UUID conversationId, boolean movedByMerge, boolean openedSinceMerge) {
    }

    /**
     * Where an interaction goes: into {@code targetConversationId}, or, when it is null, into the
     * conversation split off {@code splitFrom} for its side.
     */
    public record Placement(UUID interactionId, Side side, UUID targetConversationId, UUID splitFrom) {
    }

    public record Result(Set<UUID> conversationsReturning, List<Placement> placements) {
    }

    private UnmergePlan() {
    }

    public static Result plan(Set<UUID> identitiesReturning, List<ConversationFacts> conversations, List<Item> items) {
        Map<UUID, List<Item>> byConversation = new HashMap<>();
        items.forEach(item -> byConversation.computeIfAbsent(item.conversationId(), id -> new ArrayList<>()).add(item));
        Map<UUID, Side> conversationSide = new HashMap<>();
        Set<UUID> returning = new HashSet<>();
        for (ConversationFacts facts : conversations) {
            Side side = facts.movedByMerge() ? Side.ABSORBED
                    : facts.openedSinceMerge() ? sideOfNewConversation(identitiesReturning,
                    byConversation.getOrDefault(facts.conversationId(), List.of()))
                    : Side.SURVIVOR;
            conversationSide.put(facts.conversationId(), side);
            if (side == Side.ABSORBED) {
                returning.add(facts.conversationId());
            }
        }
        List<Placement> placements = new ArrayList<>();
        for (Item item : items) {
            Side current = conversationSide.getOrDefault(item.conversationId(), Side.SURVIVOR);
            if (item.homeConversationId() != null) {
                placements.add(new Placement(item.interactionId(), Side.ABSORBED, item.homeConversationId(), null));
                continue;
            }
            Side side = item.viaIdentityId() == null ? current
                    : identitiesReturning.contains(item.viaIdentityId()) ? Side.ABSORBED : Side.SURVIVOR;
            placements.add(side == current
                    ? new Placement(item.interactionId(), side, item.conversationId(), null)
                    : new Placement(item.interactionId(), side, null, item.conversationId()));
        }
        return new Result(returning, placements);
    }

    private static Side sideOfNewConversation(Set<UUID> identitiesReturning, List<Item> items) {
        boolean throughAbsorbed = false;
        for (Item item : items) {
            if (item.viaIdentityId() != null) {
                if (!identitiesReturning.contains(item.viaIdentityId())) {
                    return Side.SURVIVOR;
                }
                throughAbsorbed = true;
            }
        }
        return throughAbsorbed ? Side.ABSORBED : Side.SURVIVOR;
    }
}
