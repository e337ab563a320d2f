package io.relais.routing.control;

import io.relais.routing.boundary.Presence;
import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The dispatcher's copies of every agent (profile, presence, load), and who among them is available
 * with room for one more conversation of each channel, kept up to date as each copy changes. A
 * decision then looks only at the agents who could take something: a freed place costs the
 * re-placing of one agent, not a pass over five hundred.
 *
 * <p>Only a hint for choosing, never the judge: decisions lock and read the chosen agents' rows
 * again, and the copies then follow what was read. Not thread-safe; the dispatcher runs one round
 * at a time.
 */
public final class AgentRoster {

    private static final Comparator<RoutingAgent> LEAST_LOADED = Comparator.comparingInt(RoutingAgent::getLoadUnits)
            .thenComparing(RoutingAgent::getPresenceSince);

    private final Map<UUID, RoutingAgent> agents = new HashMap<>();
    private final Map<Channel, Set<RoutingAgent>> withRoom = new EnumMap<>(Channel.class);
    /** Counts each time an agent became available: someone whose skills a read did not look for may be back. */
    private long becameAvailable;

    public AgentRoster(Collection<RoutingAgent> copies) {
        for (Channel channel : Channel.values()) {
            withRoom.put(channel, new HashSet<>());
        }
        for (RoutingAgent copy : copies) {
            agents.put(copy.getStaffId(), copy);
            place(copy);
        }
    }

    /** The copy takes a presence and load read from the database; false if the agent is not in the roster. */
    public boolean follow(UUID staffId, Presence presence, Instant presenceSince, int loadUnits) {
        RoutingAgent copy = agents.get(staffId);
        if (copy == null) {
            return false;
        }
        if (presence == Presence.AVAILABLE && copy.getPresence() != Presence.AVAILABLE) {
            becameAvailable++;
        }
        copy.follow(presence, presenceSince, loadUnits);
        place(copy);
        return true;
    }

    /** A choice about to be checked under lock: the copy carries it for the next choices. */
    public void take(RoutingAgent copy, int units) {
        copy.take(units);
        place(copy);
    }

    /**
     * Who takes this conversation: its owner when he is available and can, else the least-loaded
     * available agent with the skill, the language and room for it (the longest available first).
     */
    public Optional<RoutingAgent> chooseFor(WaitingLines.Candidate candidate) {
        RoutingAgent owner = candidate.ownerId() == null ? null : agents.get(candidate.ownerId());
        if (owner != null && owner.getPresence() == Presence.AVAILABLE
                && owner.canTake(candidate.channel(), candidate.skill(), candidate.language())) {
            return Optional.of(owner);
        }
        return withRoom.get(candidate.channel()).stream()
                .filter(agent -> agent.canTake(candidate.channel(), candidate.skill(), candidate.language()))
                .min(LEAST_LOADED);
    }

    /** Every available agent with a capacity for the channel, whatever his load. */
    public List<RoutingAgent> availableFor(Channel channel) {
        return agents.values().stream()
                .filter(agent -> agent.getPresence() == Presence.AVAILABLE && agent.capacityFor(channel) > 0)
                .toList();
    }

    /** Changes whenever an agent becomes available. */
    public long availableStamp() {
        return becameAvailable;
    }

    /** The agents available with room for one more conversation of the channel (a view). */
    public Set<RoutingAgent> withRoomFor(Channel channel) {
        return Collections.unmodifiableSet(withRoom.get(channel));
    }

    /** The channels on which someone available has room. */
    public Set<Channel> channelsWithRoom() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        withRoom.forEach((channel, able) -> {
            if (!able.isEmpty()) {
                channels.add(channel);
            }
        });
        return channels;
    }

    public boolean anyoneWithRoom() {
        return withRoom.values().stream().anyMatch(able -> !able.isEmpty());
    }

    private void place(RoutingAgent copy) {
        boolean available = copy.getPresence() == Presence.AVAILABLE;
        for (Map.Entry<Channel, Set<RoutingAgent>> entry : withRoom.entrySet()) {
            if (available && copy.hasRoomFor(entry.getKey())) {
                entry.getValue().add(copy);
            } else {
                entry.getValue().remove(copy);
            }
        }
    }
}
