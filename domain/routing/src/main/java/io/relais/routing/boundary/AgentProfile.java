package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.util.Map;
import java.util.Set;

/**
 * What a supervisor sets for an agent: team, skills, languages (ISO 639 codes) and how many
 * conversations of a channel he handles at once (channels left out keep the default: 1 call, 3
 * chats, 10 of anything else; 0 means never).
 */
public record AgentProfile(String team, Set<String> skills, Set<String> languages, Map<Channel, Integer> capacity) {
}
