package io.relais.channels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A web chat as the console sees it: waiting in the queue since a time, with an agent, or ended.
 * The words themselves are in the timeline; this only says who answers and since when.
 */
@Entity
@Table(name = "ch_live_chat")
public class LiveChat {

    public static final int PREVIEW_LENGTH = 200;

    public enum State {
        WAITING, ACTIVE, ENDED
    }

    @Id
    @Column(name = "conversation_id")
    private UUID conversationId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "visitor_id", nullable = false, length = 64)
    private String visitorId;

    @Column(nullable = false, length = 40)
    private String site;

    @Column(name = "visitor_name", length = 200)
    private String visitorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    /** The agent's user name. */
    @Column(length = 100)
    private String agent;

    /** What the visitor is told of the agent: a display name. */
    @Column(name = "agent_name", length = 200)
    private String agentName;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "last_line_at", nullable = false)
    private Instant lastLineAt;

    /** The start of the visitor's last line, for the queue. */
    @Column(name = "last_text", length = PREVIEW_LENGTH)
    private String lastText;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "transcript_to", length = 320)
    private String transcriptTo;

    @Column(name = "transcript_at")
    private Instant transcriptAt;

    @Version
    private int version;

    protected LiveChat() {
    }

    public LiveChat(UUID conversationId, UUID customerId, String visitorId, String site, String visitorName, String text, Instant at) {
        this.conversationId = conversationId;
        this.customerId = customerId;
        this.visitorId = visitorId;
        this.site = site;
        this.visitorName = visitorName;
        this.state = State.WAITING;
        this.waitingSince = at;
        this.lastLineAt = at;
        this.lastText = preview(text);
    }

    private static String preview(String text) {
        return text == null || text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    /** A visitor's new line: an ended chat goes back to the queue. */
    public void lineFromVisitor(String name, String text, Instant at) {
        if (name != null) {
            visitorName = name;
        }
        if (lastLineAt.isBefore(at)) {
            lastLineAt = at;
            lastText = preview(text);
        }
        if (state == State.ENDED) {
            state = State.WAITING;
            waitingSince = at;
            agent = null;
            agentName = null;
            assignedAt = null;
            endedAt = null;
        }
    }

    public void assignTo(String agent, String agentName, Instant at) {
        this.state = State.ACTIVE;
        this.agent = agent;
        this.agentName = agentName;
        this.assignedAt = at;
    }

    public void end(Instant at) {
        state = State.ENDED;
        endedAt = at;
    }

    public void transcriptSent(String to, Instant at) {
        transcriptTo = to;
        transcriptAt = at;
    }

    public Instant getTranscriptAt() {
        return transcriptAt;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public String getSite() {
        return site;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public State getState() {
        return state;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public String getAgent() {
        return agent;
    }

    public String getAgentName() {
        return agentName;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getLastLineAt() {
        return lastLineAt;
    }

    public String getLastText() {
        return lastText;
    }
}
