package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An agent in routing: presence, profile, and how full he is (percent of his capacity, conversations held). */
public record AgentView(UUID staffId, String username, String displayName, Presence presence, Instant presenceSince,
                        String team, Set<String> skills, Set<String> languages, Map<Channel, Integer> capacity,
                        int loadPercent, long assigned) {
}
