package io.relais.routing.entity;

import io.relais.routing.boundary.Presence;
import io.relais.shared.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An agent as routing sees him: presence, team, skills, languages, and how many conversations of
 * each channel he handles at once. Each assigned conversation weighs {@code FULL_LOAD / capacity}
 * units of his channel, so one call fills him, or three chats, or ten emails, or a mix. The
 * profile's collections load lazily: locking the row for an assignment reads only the row.
 */
@Entity
@Table(name = "rt_agent")
public class RoutingAgent {

    public static final int FULL_LOAD = 1000;
    public static final Map<Channel, Integer> DEFAULT_CAPACITY = defaultCapacity();

    @Id
    @Column(name = "staff_id")
    private UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Presence presence;

    @Column(name = "presence_since", nullable = false)
    private Instant presenceSince;

    @Column(length = 100)
    private String team;

    @Column(name = "load_units", nullable = false)
    private int loadUnits;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rt_agent_skill", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "skill", length = 64)
    private Set<String> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rt_agent_language", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "language", length = 8)
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rt_agent_capacity", joinColumns = @JoinColumn(name = "staff_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "channel", length = 32)
    @Column(name = "at_once")
    private Map<Channel, Integer> capacity = new HashMap<>();

    @Version
    private long version;

    protected RoutingAgent() {
    }

    /** A new agent: offline, speaking French, with the default capacities. */
    public RoutingAgent(UUID staffId, Instant at) {
        this.staffId = staffId;
        this.presence = Presence.OFFLINE;
        this.presenceSince = at;
        this.languages.add("fr");
    }

    private static Map<Channel, Integer> defaultCapacity() {
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            capacity.put(channel, switch (channel) {
                case PHONE -> 1;
                case CHAT -> 3;
                default -> 10;
            });
        }
        return Map.copyOf(capacity);
    }

    /**
     * A copy outside any persistence context, with plain collections, as the dispatcher keeps the
     * roster between rounds: each round asks every copy about every channel, and the persistent
     * collections' checks on each call cost a lone decision more than its choice.
     */
    public RoutingAgent detachedCopy() {
        RoutingAgent copy = new RoutingAgent();
        copy.staffId = staffId;
        copy.presence = presence;
        copy.presenceSince = presenceSince;
        copy.team = team;
        copy.loadUnits = loadUnits;
        copy.version = version;
        copy.skills = new HashSet<>(skills);
        copy.languages = new HashSet<>(languages);
        copy.capacity = new EnumMap<>(Channel.class);
        copy.capacity.putAll(capacity);
        return copy;
    }

    public int capacityFor(Channel channel) {
        return capacity.getOrDefault(channel, DEFAULT_CAPACITY.get(channel));
    }

    /** What one conversation of the channel weighs for this agent; 0 capacity means he never takes it. */
    public int unitsFor(Channel channel) {
        int atOnce = capacityFor(channel);
        return atOnce <= 0 ? Integer.MAX_VALUE : FULL_LOAD / atOnce;
    }

    /** Whether he can serve a conversation needing this skill and language on this channel, with room left. */
    public boolean canTake(Channel channel, String skill, String language) {
        return (skill == null || skills.contains(skill))
                && (language == null || languages.contains(language))
                && hasRoomFor(channel);
    }

    public boolean hasRoomFor(Channel channel) {
        return fits(unitsFor(channel));
    }

    /** Whether a conversation of this weight fits in his load ({@link #unitsFor} of a channel he never takes does not). */
    public boolean fits(int units) {
        return units != Integer.MAX_VALUE && loadUnits + units <= FULL_LOAD;
    }

    public void take(int units) {
        loadUnits += units;
    }

    public void release(int units) {
        loadUnits = Math.max(0, loadUnits - units);
    }

    /**
     * A copy kept outside a transaction (the dispatcher's) takes the presence and load read since;
     * skills, languages and capacity stay as they were read.
     */
    public void follow(Presence presence, Instant presenceSince, int loadUnits) {
        this.presence = presence;
        this.presenceSince = presenceSince;
        this.loadUnits = loadUnits;
    }

    public void setPresence(Presence presence, Instant at) {
        if (this.presence != presence) {
            this.presence = presence;
            this.presenceSince = at;
        }
    }

    public void describe(String team, Set<String> skills, Set<String> languages, Map<Channel, Integer> capacity) {
        this.team = team;
        this.skills.clear();
        this.skills.addAll(skills);
        this.languages.clear();
        this.languages.addAll(languages);
        this.capacity.clear();
        this.capacity.putAll(capacity);
    }

    public UUID getStaffId() {
        return staffId;
    }

    public Presence getPresence() {
        return presence;
    }

    public Instant getPresenceSince() {
        return presenceSince;
    }

    public String getTeam() {
        return team;
    }

    public int getLoadUnits() {
        return loadUnits;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Map<Channel, Integer> getCapacity() {
        return capacity;
    }
}
