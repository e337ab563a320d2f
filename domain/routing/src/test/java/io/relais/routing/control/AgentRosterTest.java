package io.relais.routing.control;

import io.relais.routing.boundary.Presence;
import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void a_conversation_goes_to_its_available_owner_else_to_the_least_loaded_longest_available() {
        RoutingAgent owner = agent(Presence.AVAILABLE, Map.of());
        owner.take(800);
        RoutingAgent lighter = agent(Presence.AVAILABLE, Map.of());
        lighter.take(100);
        RoutingAgent lighterLonger = agent(Presence.AVAILABLE, Map.of());
        lighterLonger.take(100);
        lighterLonger.follow(Presence.AVAILABLE, NOW.minusSeconds(60), 100);
        RoutingAgent busier = agent(Presence.AVAILABLE, Map.of());
        busier.take(300);
        AgentRoster roster = new AgentRoster(List.of(owner, lighter, lighterLonger, busier));
        UUID conversation = UUID.randomUUID();

        assertEquals(Optional.of(owner), roster.chooseFor(new WaitingLines.Candidate(conversation, Channel.EMAIL,
                "facturation", "fr", owner.getStaffId(), NOW, 1, NOW)));
        assertEquals(Optional.of(lighterLonger), roster.chooseFor(new WaitingLines.Candidate(conversation,
                Channel.EMAIL, "facturation", "fr", null, NOW, 1, NOW)));
        assertEquals(Optional.empty(), roster.chooseFor(new WaitingLines.Candidate(conversation, Channel.EMAIL,
                "juridique", "fr", owner.getStaffId(), NOW, 1, NOW)), "nobody has the skill");
    }

    @Test
    void every_available_agent_with_a_capacity_for_the_channel_whatever_his_load() {
        RoutingAgent full = agent(Presence.AVAILABLE, Map.of(Channel.CHAT, 2, Channel.EMAIL, 0));
        full.take(RoutingAgent.FULL_LOAD);
        AgentRoster roster = new AgentRoster(List.of(full, agent(Presence.PAUSE, Map.of())));
        long stamp = roster.availableStamp();

        assertEquals(List.of(full), roster.availableFor(Channel.CHAT));
        assertEquals(List.of(), roster.availableFor(Channel.EMAIL), "no capacity for email, and the other is in pause");
        roster.follow(full.getStaffId(), Presence.AVAILABLE, NOW, 0);
        assertEquals(stamp, roster.availableStamp(), "a freed place is no one new");
        roster.follow(full.getStaffId(), Presence.PAUSE, NOW, 0);
        roster.follow(full.getStaffId(), Presence.AVAILABLE, NOW, 0);
        assertTrue(roster.availableStamp() > stamp, "back from pause");
    }
}
