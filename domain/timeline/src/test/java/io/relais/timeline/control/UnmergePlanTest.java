package io.relais.timeline.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.relais.timeline.control.UnmergePlan.Side.ABSORBED;
import static io.relais.timeline.control.UnmergePlan.Side.SURVIVOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UnmergePlanTest {

    private final UUID bEmail = UUID.randomUUID();
    private final UUID aPhone = UUID.randomUUID();
    private final UUID bConversation = UUID.randomUUID();
    private final UUID aConversation = UUID.randomUUID();

    private static Map<UUID, UnmergePlan.Placement> byInteraction(UnmergePlan.Result result) {
        return result.placements().stream().collect(Collectors.toMap(UnmergePlan.Placement::interactionId, Function.identity()));
    }

    @Test
    void whatTheMergeMovedGoesBackToItsConversation() {
        var moved = new UnmergePlan.Item(UUID.randomUUID(), aConversation, bEmail, bConversation);
        var result = UnmergePlan.plan(Set.of(bEmail),
                List.of(new UnmergePlan.ConversationFacts(bConversation, true, false),
                        new UnmergePlan.ConversationFacts(aConversation, false, false)),
                List.of(moved));
        assertEquals(Set.of(bConversation), result.conversationsReturning());
        var placement = byInteraction(result).get(moved.interactionId());
        assertEquals(ABSORBED, placement.side());
        assertEquals(bConversation, placement.targetConversationId());
    }

    @Test
    void aNewMessageFollowsTheIdentityItCameThrough() {
        var throughB = new UnmergePlan.Item(UUID.randomUUID(), aConversation, bEmail, null);
        var throughA = new UnmergePlan.Item(UUID.randomUUID(), aConversation, aPhone, null);
        var reply = new UnmergePlan.Item(UUID.randomUUID(), aConversation, null, null);
        var result = UnmergePlan.plan(Set.of(bEmail),
                List.of(new UnmergePlan.ConversationFacts(aConversation, false, false)),
                List.of(throughB, throughA, reply));
        var placements = byInteraction(result);
        assertEquals(ABSORBED, placements.get(throughB.interactionId()).side());
        assertNull(placements.get(throughB.interactionId()).targetConversationId(), "split off A's conversation");
        assertEquals(aConversation, placements.get(throughB.interactionId()).splitFrom());
        assertEquals(SURVIVOR, placements.get(throughA.interactionId()).side());
        assertEquals(aConversation, placements.get(throughA.interactionId()).targetConversationId());
        assertEquals(aConversation, placements.get(reply.interactionId()).targetConversationId(),
                "an agent's reply follows its conversation");
    }

    @Test
    void aNewMessageOfTheSurvivorInAReturningConversationIsSplitOffForHim() {
        var throughA = new UnmergePlan.Item(UUID.randomUUID(), bConversation, aPhone, null);
        var reply = new UnmergePlan.Item(UUID.randomUUID(), bConversation, null, null);
        var result = UnmergePlan.plan(Set.of(bEmail),
                List.of(new UnmergePlan.ConversationFacts(bConversation, true, false)), List.of(throughA, reply));
        var placements = byInteraction(result);
        assertEquals(SURVIVOR, placements.get(throughA.interactionId()).side());
        assertEquals(bConversation, placements.get(throughA.interactionId()).splitFrom());
        assertEquals(ABSORBED, placements.get(reply.interactionId()).side());
        assertEquals(bConversation, placements.get(reply.interactionId()).targetConversationId());
    }

    @Test
    void aConversationOpenedSinceTheMergeGoesBackWhenOnlyTheAbsorbedIdentitiesStartedIt() {
        UUID onlyB = UUID.randomUUID();
        UUID mixed = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        var result = UnmergePlan.plan(Set.of(bEmail),
                List.of(new UnmergePlan.ConversationFacts(onlyB, false, true),
                        new UnmergePlan.ConversationFacts(mixed, false, true),
                        new UnmergePlan.ConversationFacts(quiet, false, true)),
                List.of(new UnmergePlan.Item(UUID.randomUUID(), onlyB, bEmail, null),
                        new UnmergePlan.Item(UUID.randomUUID(), onlyB, null, null),
                        new UnmergePlan.Item(UUID.randomUUID(), mixed, bEmail, null),
                        new UnmergePlan.Item(UUID.randomUUID(), mixed, aPhone, null),
                        new UnmergePlan.Item(UUID.randomUUID(), quiet, null, null)));
        assertEquals(Set.of(onlyB), result.conversationsReturning());
    }
}
