package io.relais.routing.control;

import io.relais.routing.boundary.Presence;
import io.relais.routing.control.WaitingLines.Candidate;
import io.relais.routing.control.WaitingLines.Choice;
import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitingLinesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    /** Available, French, three chats or ten emails at once, nothing else. */
    private static RoutingAgent agent(Set<String> skills, int load) {
        RoutingAgent agent = new RoutingAgent(UUID.randomUUID(), NOW);
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            capacity.put(channel, 0);
        }
        capacity.putAll(Map.of(Channel.CHAT, 3, Channel.EMAIL, 10));
        agent.describe("équipe", skills, Set.of("fr"), capacity);
        agent.setPresence(Presence.AVAILABLE, NOW);
        agent.take(load);
        return agent.detachedCopy();
    }

    /** Due in {@code minutes}; the lines' order is by deadline first. */
    private static Candidate waiting(Channel channel, String skill, int minutes) {
        return new Candidate(UUID.randomUUID(), channel, skill, "fr", null, NOW.plus(Duration.ofMinutes(minutes)), 1,
                NOW);
    }

    @Test
    void a_place_freed_for_an_email_takes_the_most_urgent_email_he_can_although_chats_wait_longer() {
        RoutingAgent freed = agent(Set.of("facturation"), 900);
        AgentRoster roster = new AgentRoster(List.of(freed, agent(Set.of("juridique"), 1000)));
        WaitingLines lines = new WaitingLines();
        assertEquals(List.of(Channel.EMAIL), lines.missing(roster), "he has room for an email, not a chat");
        Candidate legal = waiting(Channel.EMAIL, "juridique", 5);
        Candidate billing = waiting(Channel.EMAIL, "facturation", 10);
        lines.keep(Channel.EMAIL, roster, List.of(legal, billing));
        lines.keep(Channel.CHAT, roster, List.of(waiting(Channel.CHAT, null, 1)));

        Choice choice = lines.first(roster).orElseThrow();

        assertEquals(billing, choice.candidate());
        assertEquals(freed, choice.agent());
        lines.gone(List.of(billing));
        assertEquals(List.of(legal), lines.line(Channel.EMAIL), "nobody with room could take it: it stays first");
    }

    @Test
    void across_channels_the_nearest_deadline_wins() {
        RoutingAgent free = agent(Set.of(), 0);
        AgentRoster roster = new AgentRoster(List.of(free));
        WaitingLines lines = new WaitingLines();
        Candidate chat = waiting(Channel.CHAT, null, 3);
        lines.keep(Channel.EMAIL, roster, List.of(waiting(Channel.EMAIL, null, 20)));
        lines.keep(Channel.CHAT, roster, List.of(chat));

        assertEquals(chat, lines.first(roster).orElseThrow().candidate());
    }

    @Test
    void a_full_line_where_nothing_could_be_taken_leaves_undecided_what_its_unread_rest_might_precede() {
        RoutingAgent billing = agent(Set.of("facturation"), 0);
        AgentRoster roster = new AgentRoster(List.of(billing));
        WaitingLines lines = new WaitingLines();
        List<Candidate> legalChats = new ArrayList<>();
        for (int i = 0; i < WaitingLines.DEPTH; i++) {
            legalChats.add(waiting(Channel.CHAT, "juridique", i));
        }
        lines.keep(Channel.CHAT, roster, legalChats);
        lines.keep(Channel.EMAIL, roster, List.of(waiting(Channel.EMAIL, null, WaitingLines.DEPTH + 10)));

        assertEquals(Optional.empty(), lines.first(roster), "a chat he can take may wait just after the line's last");
        assertFalse(lines.nothingToTake(roster));

        lines.keep(Channel.EMAIL, roster, List.of(waiting(Channel.EMAIL, null, 2)));
        assertTrue(lines.first(roster).isPresent(), "more urgent than anything the chat line left unread");
    }

    @Test
    void lines_held_whole_with_nothing_takeable_say_so() {
        AgentRoster roster = new AgentRoster(List.of(agent(Set.of(), 0)));
        WaitingLines lines = new WaitingLines();
        lines.keep(Channel.EMAIL, roster, List.of(waiting(Channel.EMAIL, "juridique", 1)));
        assertFalse(lines.nothingToTake(roster), "the chat line was never read");
        lines.keep(Channel.CHAT, roster, List.of());

        assertTrue(lines.nothingToTake(roster));
        assertEquals(Optional.empty(), lines.first(roster));
    }

    @Test
    void an_agent_back_from_pause_a_new_roster_or_a_moved_line_makes_lines_out_of_date() {
        RoutingAgent paused = agent(Set.of("juridique"), 0);
        paused.follow(Presence.PAUSE, NOW, 0);
        RoutingAgent free = agent(Set.of(), 0);
        AgentRoster roster = new AgentRoster(List.of(paused, free));
        WaitingLines lines = new WaitingLines();
        lines.keep(Channel.EMAIL, roster, List.of());
        lines.keep(Channel.CHAT, roster, List.of());
        assertEquals(List.of(), lines.missing(roster));

        roster.follow(paused.getStaffId(), Presence.AVAILABLE, NOW, 0);
        assertEquals(Set.of(Channel.EMAIL, Channel.CHAT), Set.copyOf(lines.missing(roster)),
                "the reads did not look for his skill");
        assertEquals(Set.of(Channel.EMAIL, Channel.CHAT), Set.copyOf(lines.missing(new AgentRoster(List.of(free)))));

        lines.keep(Channel.EMAIL, roster, List.of(waiting(Channel.EMAIL, null, 1)));
        lines.keep(Channel.CHAT, roster, List.of());
        lines.clear(Channel.EMAIL);
        assertEquals(List.of(Channel.EMAIL), lines.missing(roster), "an email joined: the chat line still holds");
        lines.clear();
        assertEquals(Set.of(Channel.EMAIL, Channel.CHAT), Set.copyOf(lines.missing(roster)));
    }
}
