package io.relais.routing.control;

import io.relais.routing.entity.Presence;
import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentRosterTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private static RoutingAgent agent(Presence presence, Map<Channel, Integer> capacity) {
        RoutingAgent agent = new RoutingAgent(UUID.randomUUID(), NOW);
        agent.describe("équipe", Set.of("facturation"), Set.of("fr"), capacity);
        agent.setPresence(presence, NOW);
        return agent.detachedCopy();
    }

    @Test
    void only_available_agents_with_room_are_offered_per_channel() {
        RoutingAgent chatOnly = agent(Presence.AVAILABLE, Map.of(Channel.CHAT, 2, Channel.EMAIL, 0));
        RoutingAgent paused = agent(Presence.PAUSE, Map.of());
        AgentRoster roster = new AgentRoster(List.of(chatOnly, paused));

        assertEquals(Set.of(chatOnly), roster.withRoomFor(Channel.CHAT));
        assertTrue(roster.withRoomFor(Channel.EMAIL).isEmpty(), "no capacity for email, and the other is in pause");
        assertFalse(roster.channelsWithRoom().contains(Channel.EMAIL));
        assertTrue(roster.anyoneWithRoom());
    }

    @Test
    void a_take_and_a_followed_load_move_the_agent_in_and_out() {
        RoutingAgent agent = agent(Presence.AVAILABLE, Map.of(Channel.CHAT, 2));
        AgentRoster roster = new AgentRoster(List.of(agent));

        roster.take(agent, agent.unitsFor(Channel.CHAT));
        assertTrue(roster.withRoomFor(Channel.CHAT).contains(agent), "one chat of two");
        assertTrue(roster.withRoomFor(Channel.EMAIL).contains(agent));
        assertFalse(roster.withRoomFor(Channel.PHONE).contains(agent), "a call needs a whole load");
        roster.take(agent, agent.unitsFor(Channel.CHAT));
        assertFalse(roster.anyoneWithRoom(), "two chats of two fill him");

        assertTrue(roster.follow(agent.getStaffId(), Presence.AVAILABLE, NOW, 0), "his conversations ended");
        assertEquals(EnumSet.allOf(Channel.class), roster.channelsWithRoom());

        roster.follow(agent.getStaffId(), Presence.OFFLINE, NOW, 0);
        assertFalse(roster.anyoneWithRoom(), "offline takes nothing, whatever his load");
    }

    @Test
    void an_agent_not_in_the_roster_is_reported_not_added() {
        AgentRoster roster = new AgentRoster(List.of());
        assertFalse(roster.follow(UUID.randomUUID(), Presence.AVAILABLE, NOW, 0));
        assertFalse(roster.anyoneWithRoom());
    }
}
