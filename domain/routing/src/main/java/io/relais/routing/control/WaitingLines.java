package io.relais.routing.control;

import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The head of each channel's waiting line, as the dispatcher last read it, kept between rounds so
 * that a place freed while nothing joined the lines is filled without reading them again: after a
 * busy spell, every agent full, places free up one at a time.
 *
 * <p>A line is read for every available agent with a capacity on its channel, whatever his load, so
 * it still serves whoever's place frees up next. It is a prefix: every conversation of the channel
 * waiting at the read that one of those agents could take, and more urgent than the line's last, is
 * in it. That holds until a conversation joins that line or takes another place in it (the
 * dispatcher then {@link #clear(Channel) clears} it) or an agent becomes available (whose skills the
 * read may not have looked for). A conversation nobody with room can take stays where it is; it
 * leaves the line when assigned or found no longer waiting.
 *
 * <p>The heads of the channels are kept apart because what waits longest is often what nobody with
 * room can take (chats need a third of an agent, an email a tenth): one line across channels would be
 * all chats for an agent freed for one email. Not thread-safe; the dispatcher runs one round at a time.
 */
public final class WaitingLines {

    /** How much of each line is kept: enough for many places freed one at a time between two reads. */
    public static final int DEPTH = 200;

    /** Nearest deadline first (none last), then the highest priority, then the longest wait: the lines' order. */
    private static final Comparator<Candidate> URGENCY = Comparator
            .comparing(Candidate::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
            .thenComparing(Candidate::enqueuedAt);

    /** A waiting conversation as a line holds it: what choosing an agent and ordering lines need. */
    public record Candidate(UUID conversationId, Channel channel, String skill, String language, UUID ownerId,
                            Instant deadline, int priority, Instant enqueuedAt) {
    }

    /** A candidate and the agent chosen for it on the roster's copies, still to be checked under lock. */
    public record Choice(Candidate candidate, RoutingAgent agent) {
    }

    private record Line(Map<UUID, Candidate> candidates, boolean exhaustive, AgentRoster readFor,
                        long availableStamp) {
    }

    private final Map<Channel, Line> lines = new EnumMap<>(Channel.class);

    /** A conversation joined the channel's waiting line or took another place in it. */
    public void clear(Channel channel) {
        lines.remove(channel);
    }

    /** The roster is read again, or a round failed: every line is read again when next needed. */
    public void clear() {
        lines.clear();
    }

    /** The channels someone has room on whose line is not held (never read, or out of date). */
    public List<Channel> missing(AgentRoster roster) {
        return roster.channelsWithRoom().stream().filter(channel -> !holds(channel, roster)).toList();
    }

    /** Keeps this read of the channel's line for every available agent, most urgent first, at most {@link #DEPTH}. */
    public void keep(Channel channel, AgentRoster roster, List<Candidate> read) {
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        read.forEach(candidate -> candidates.put(candidate.conversationId(), candidate));
        lines.put(channel, new Line(candidates, read.size() < DEPTH, roster, roster.availableStamp()));
    }

    /**
     * The choice the dispatcher would make first, from the lines alone: the most urgent conversation
     * anyone with room can take, to its owner or the least-loaded who can. Empty when the lines cannot
     * tell: a channel someone has room on is not held, or a line where nothing could be taken stops
     * short of the choice's urgency (what follows it, unread, might come first). Empty too when the
     * lines hold everything and nobody with room can take any of it; {@link #nothingToTake} tells.
     */
    public Optional<Choice> first(AgentRoster roster) {
        Choice best = null;
        Candidate horizon = null;
        for (Channel channel : roster.channelsWithRoom()) {
            Line line = lines.get(channel);
            if (line == null || !holds(channel, roster)) {
                return Optional.empty();
            }
            Optional<Choice> found = firstIn(line, roster);
            if (found.isPresent()) {
                if (best == null || URGENCY.compare(found.get().candidate(), best.candidate()) < 0) {
                    best = found.get();
                }
            } else if (!line.exhaustive() && !line.candidates().isEmpty()) {
                Candidate last = lastOf(line);
                horizon = horizon == null || URGENCY.compare(last, horizon) < 0 ? last : horizon;
            } else if (!line.exhaustive()) {
                return Optional.empty();
            }
        }
        if (best == null || (horizon != null && URGENCY.compare(best.candidate(), horizon) > 0)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Whether every channel someone has room on is held whole, and nobody with room can take anything in it. */
    public boolean nothingToTake(AgentRoster roster) {
        for (Channel channel : roster.channelsWithRoom()) {
            Line line = lines.get(channel);
            if (line == null || !holds(channel, roster) || !line.exhaustive() || firstIn(line, roster).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** These conversations were assigned, or found no longer waiting: they leave the lines. */
    public void gone(Collection<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            Line line = lines.get(candidate.channel());
            if (line != null) {
                line.candidates().remove(candidate.conversationId());
            }
        }
    }

    /** The line held for the channel, most urgent first (empty when none is held). */
    public List<Candidate> line(Channel channel) {
        Line line = lines.get(channel);
        return line == null ? List.of() : List.copyOf(line.candidates().values());
    }

    private boolean holds(Channel channel, AgentRoster roster) {
        Line line = lines.get(channel);
        return line != null && line.readFor() == roster && line.availableStamp() == roster.availableStamp();
    }

    private static Optional<Choice> firstIn(Line line, AgentRoster roster) {
        for (Candidate candidate : line.candidates().values()) {
            Optional<RoutingAgent> agent = roster.chooseFor(candidate);
            if (agent.isPresent()) {
                return Optional.of(new Choice(candidate, agent.get()));
            }
        }
        return Optional.empty();
    }

    private static Candidate lastOf(Line line) {
        Candidate last = null;
        for (Candidate candidate : line.candidates().values()) {
            last = candidate;
        }
        return last;
    }
}
