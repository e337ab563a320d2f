package io.relais.routing.entity;

import io.relais.routing.boundary.Presence;
import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingAgentTest {

    private static RoutingAgent agent() {
        return new RoutingAgent(UUID.randomUUID(), Instant.now());
    }

    private static int fill(RoutingAgent agent, Channel channel) {
        int taken = 0;
        while (agent.hasRoomFor(channel)) {
            agent.take(agent.unitsFor(channel));
            taken++;
        }
        return taken;
    }

    @Test
    void by_default_one_call_or_three_chats_or_ten_emails() {
        assertEquals(1, fill(agent(), Channel.PHONE));
        assertEquals(3, fill(agent(), Channel.CHAT));
        assertEquals(10, fill(agent(), Channel.EMAIL));
    }

    @Test
    void channels_share_one_budget() {
        RoutingAgent agent = agent();
        agent.take(agent.unitsFor(Channel.CHAT));
        assertEquals(6, fill(agent, Channel.EMAIL), "a chat takes the room of three emails and a bit");
        assertFalse(agent.hasRoomFor(Channel.PHONE), "no call on top of a chat");
        agent.release(agent.unitsFor(Channel.CHAT));
        assertTrue(agent.hasRoomFor(Channel.EMAIL));
    }

    @Test
    void a_profile_sets_capacity_skills_and_languages() {
        RoutingAgent agent = agent();
        agent.describe("Niveau 2", Set.of("technique"), Set.of("fr", "en"), Map.of(Channel.EMAIL, 2, Channel.CHAT, 0));
        assertEquals(2, fill(agent, Channel.EMAIL));
        RoutingAgent fresh = agent();
        fresh.describe(null, Set.of("technique"), Set.of("en"), Map.of(Channel.CHAT, 0));
        assertFalse(fresh.canTake(Channel.CHAT, null, null), "0 means never");
        assertTrue(fresh.canTake(Channel.EMAIL, "technique", "en"));
        assertFalse(fresh.canTake(Channel.EMAIL, "facturation", null), "needs the skill");
        assertFalse(fresh.canTake(Channel.EMAIL, null, "de"), "needs the language");
    }

    @Test
    void a_conversation_fits_while_its_weight_is_left() {
        RoutingAgent agent = agent();
        agent.take(agent.unitsFor(Channel.CHAT));
        assertFalse(agent.fits(agent.unitsFor(Channel.PHONE)), "a call needs him whole");
        RoutingAgent twin = agent.detachedCopy();
        assertEquals(2, fill(twin, Channel.CHAT), "three chats at once, one taken");
        assertEquals(6, fill(agent, Channel.EMAIL), "a chat leaves room for six emails of ten");
        assertFalse(agent.fits(agent.unitsFor(Channel.EMAIL)));
        agent.release(agent.unitsFor(Channel.EMAIL));
        assertTrue(agent.fits(agent.unitsFor(Channel.EMAIL)));
        agent.describe(null, Set.of(), Set.of("fr"), Map.of(Channel.SMS, 0));
        assertFalse(agent.fits(agent.unitsFor(Channel.SMS)), "a channel he never takes has no room");
    }

    @Test
    void a_copy_follows_the_presence_and_load_read_since_and_keeps_its_profile() {
        RoutingAgent copy = agent();
        copy.describe(null, Set.of("technique"), Set.of("fr"), Map.of());
        Instant since = Instant.parse("2026-11-23T08:00:00Z");
        copy.follow(Presence.AVAILABLE, since, 900);
        assertEquals(Presence.AVAILABLE, copy.getPresence());
        assertEquals(since, copy.getPresenceSince());
        assertTrue(copy.canTake(Channel.EMAIL, "technique", "fr"), "the profile is still the copy's");
        assertEquals(1, fill(copy, Channel.EMAIL), "room for one more email of ten");
    }

    @Test
    void a_detached_copy_answers_as_the_agent_and_no_longer_follows_him() {
        RoutingAgent agent = agent();
        agent.describe("Niveau 2", Set.of("technique"), Set.of("fr"), Map.of(Channel.EMAIL, 4));
        agent.take(agent.unitsFor(Channel.EMAIL));
        RoutingAgent copy = agent.detachedCopy();
        assertEquals(agent.getStaffId(), copy.getStaffId());
        assertEquals(agent.getLoadUnits(), copy.getLoadUnits());
        assertTrue(copy.canTake(Channel.EMAIL, "technique", "fr"));
        assertFalse(copy.canTake(Channel.EMAIL, "facturation", "fr"), "not a skill he has");
        assertEquals(3, fill(copy, Channel.EMAIL), "four emails at once, one taken");
        agent.describe(null, Set.of("facturation"), Set.of("en"), Map.of(Channel.EMAIL, 1));
        assertEquals(Set.of("technique"), copy.getSkills(), "the copy keeps the profile it was made with");
        assertEquals(4, copy.capacityFor(Channel.EMAIL));
    }
}
