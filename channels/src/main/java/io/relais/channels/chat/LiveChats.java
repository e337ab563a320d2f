package io.relais.channels.chat;

import io.relais.channels.boundary.ChannelMessageRecorded;
import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.Replies;
import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.entity.LiveChat;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.ConversationHeader;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.ReceivedContact;
import io.relais.timeline.boundary.TimelineEntry;
import io.relais.timeline.boundary.TimelineFilter;
import io.relais.timeline.boundary.TimelinePage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The chat queue and who answers each chat. A visitor's first line puts the chat in the queue; an
 * agent takes it (one agent only: the row is locked), may hand it to a colleague, and ends it. A
 * visitor writing again after the end puts it back in the queue. The estimated wait is the mean
 * wait of the last chats taken, per place in the queue and shared among the agents available.
 */
@Stateless
public class LiveChats {

    /** How long a chat waited before an agent took it, when no chat has been taken yet. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    static final int TRANSCRIPT_LINES = 500;
    static final Duration TRANSCRIPT_INTERVAL = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Inject
    CustomerDirectory directory;

    @Inject
    Replies replies;

    @Inject
    Event<ChatEvents.LineRecorded> lineRecorded;

    @Inject
    Event<ChatEvents.ChatChanged> chatChanged;

    /** A visitor's line, in the transaction that recorded it: his chat waits for an agent, or goes on. */
    public void lineRecorded(@Observes ChannelMessageRecorded recorded) {
        if (!ChatMessages.isLiveLine(recorded.message())) {
            return;
        }
        InboundMessage message = recorded.message();
        ReceivedContact received = recorded.received();
        String[] parts = message.providerMessageId().split(":", 3);
        String visitorId = parts[1];
        String lineId = parts.length > 2 ? parts[2] : null;
        LiveChat chat = em.find(LiveChat.class, received.conversationId(), LockModeType.PESSIMISTIC_WRITE);
        if (chat == null) {
            chat = new LiveChat(received.conversationId(), received.customerId(), visitorId, message.endpoint(),
                    message.senderName(), message.text(), message.receivedAt());
            em.persist(chat);
        } else {
            chat.lineFromVisitor(message.senderName(), message.text(), message.receivedAt());
        }
        lineRecorded.fire(new ChatEvents.LineRecorded(LiveChatView.of(chat), new ChatLine(received.interactionId(),
                lineId, true, message.senderName(), message.text(), message.receivedAt(), null)));
    }

    public List<LiveChatView> waiting() {
        return em.createQuery("select c from LiveChat c where c.state = :s order by c.waitingSince, c.conversationId",
                        LiveChat.class)
                .setParameter("s", LiveChat.State.WAITING).setMaxResults(500).getResultStream()
                .map(LiveChatView::of).toList();
    }

    public List<LiveChatView> answeredBy(String agent) {
        return em.createQuery("select c from LiveChat c where c.state = :s and c.agent = :a order by c.assignedAt",
                        LiveChat.class)
                .setParameter("s", LiveChat.State.ACTIVE).setParameter("a", agent).getResultStream()
                .map(LiveChatView::of).toList();
    }

    /** The visitor's chat that is not over, if any. */
    public Optional<LiveChatView> ofVisitor(String visitorId) {
        return em.createQuery("select c from LiveChat c where c.visitorId = :v and c.state <> :ended "
                        + "order by c.lastLineAt desc", LiveChat.class)
                .setParameter("v", visitorId).setParameter("ended", LiveChat.State.ENDED).setMaxResults(1)
                .getResultStream().findFirst().map(LiveChatView::of);
    }

    public Optional<LiveChatView> chat(UUID conversationId) {
        return Optional.ofNullable(em.find(LiveChat.class, conversationId)).map(LiveChatView::of);
    }

    /** The mean wait of the last twenty chats taken in the past day. */
    public Duration recentWait() {
        List<LiveChat> taken = em.createQuery("select c from LiveChat c where c.assignedAt > :since "
                        + "and c.waitingSince is not null order by c.assignedAt desc", LiveChat.class)
                .setParameter("since", Instant.now().minus(Duration.ofDays(1))).setMaxResults(20).getResultList();
        if (taken.isEmpty()) {
            return DEFAULT_WAIT;
        }
        long seconds = Math.round(taken.stream()
                .mapToLong(c -> Duration.between(c.getWaitingSince(), c.getAssignedAt()).toSeconds())
                .average().orElse(DEFAULT_WAIT.toSeconds()));
        return Duration.ofSeconds(Math.max(5, seconds));
    }

    /** How long the chat at this place in the queue may wait: a mean wait per round of the agents. */
    public static Duration estimatedWait(int position, int agentsAvailable, Duration meanWait) {
        int rounds = (position + Math.max(1, agentsAvailable) - 1) / Math.max(1, agentsAvailable);
        return meanWait.multipliedBy(Math.max(1, rounds));
    }

    /** @throws io.relais.shared.Refusal when a colleague took it first or it is over */
    public LiveChatView take(UUID conversationId, String agent, String agentName) {
        LiveChat chat = existing(conversationId);
        if (chat.getState() != LiveChat.State.WAITING) {
            throw chat.getState() == LiveChat.State.ACTIVE
                    ? ChannelRefusals.conflict("chat.answeredBy", chat.getAgentName()) : ChannelRefusals.conflict("chat.over");
        }
        chat.assignTo(agent, agentName, Instant.now());
        LiveChatView view = LiveChatView.of(chat);
        chatChanged.fire(new ChatEvents.ChatChanged(view, null));
        return view;
    }

    /** @throws io.relais.shared.Refusal when the chat is not the agent's */
    public LiveChatView transfer(UUID conversationId, String fromAgent, String toAgent, String toName) {
        LiveChat chat = existing(conversationId);
        if (chat.getState() != LiveChat.State.ACTIVE || !fromAgent.equals(chat.getAgent())) {
            throw ChannelRefusals.conflict("chat.handOverOwn");
        }
        if (fromAgent.equals(toAgent)) {
            throw ChannelRefusals.invalid("chat.handOverSelf");
        }
        chat.assignTo(toAgent, toName, Instant.now());
        LiveChatView view = LiveChatView.of(chat);
        chatChanged.fire(new ChatEvents.ChatChanged(view, fromAgent));
        return view;
    }

    public LiveChatView end(UUID conversationId, String agent) {
        LiveChat chat = existing(conversationId);
        if (chat.getState() != LiveChat.State.ACTIVE || !agent.equals(chat.getAgent())) {
            throw ChannelRefusals.conflict("chat.endOwn");
        }
        chat.end(Instant.now());
        LiveChatView view = LiveChatView.of(chat);
        chatChanged.fire(new ChatEvents.ChatChanged(view, agent));
        return view;
    }

    /** The chat's lines, oldest first (the last {@value #TRANSCRIPT_LINES}). */
    public List<ChatLine> lines(UUID conversationId) {
        ConversationHeader header = directory.conversation(conversationId);
        TimelineFilter chat = new TimelineFilter(Set.of(Channel.CHAT), Set.of(InteractionKind.MESSAGE), conversationId,
                null, null);
        List<ChatLine> lines = new ArrayList<>();
        PageCursor next = null;
        do {
            TimelinePage page = directory.timeline(header.customerId(), chat, next,
                    Math.min(CustomerDirectory.MAX_PAGE_SIZE, TRANSCRIPT_LINES - lines.size()));
            for (TimelineEntry entry : page.entries()) {
                lines.add(new ChatLine(entry.interactionId(), null, entry.direction() == Direction.INBOUND,
                        entry.author(), entry.text(), entry.occurredAt(),
                        entry.deliveryStatus() == null ? null : entry.deliveryStatus().name()));
            }
            next = page.next();
        } while (next != null && lines.size() < TRANSCRIPT_LINES);
        Collections.reverse(lines);
        return lines;
    }

    /**
     * Emails the chat's transcript to the visitor, recorded in the conversation like a reply. Once
     * in ten minutes per chat, so that nobody floods an address through Relais.
     *
     * @throws io.relais.shared.Refusal without a chat, with a malformed address, or too soon
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void emailTranscript(String visitorId, String address, String language) {
        InternetAddress to;
        try {
            to = new InternetAddress(address == null ? "" : address.strip(), true);
        } catch (AddressException e) {
            throw ChannelRefusals.invalid("chat.notAnEmail", address);
        }
        LiveChat chat = em.createQuery("select c from LiveChat c where c.visitorId = :v order by c.lastLineAt desc",
                        LiveChat.class)
                .setParameter("v", visitorId).setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> ChannelRefusals.conflict("chat.nothingToSend"));
        Instant now = Instant.now();
        if (chat.getTranscriptAt() != null && chat.getTranscriptAt().plus(TRANSCRIPT_INTERVAL).isAfter(now)) {
            throw ChannelRefusals.conflict("chat.transcriptRecent");
        }
        chat.transcriptSent(to.getAddress(), now);
        ConversationHeader header = directory.conversation(chat.getConversationId());
        boolean english = "en".equals(language);
        Locale locale = english ? Locale.ENGLISH : Locale.FRENCH;
        DateTimeFormatter time = DateTimeFormatter.ofPattern(english ? "d MMM yyyy HH:mm" : "d MMM yyyy 'à' HH:mm",
                locale).withZone(ZoneId.of("Europe/Paris"));
        StringBuilder text = new StringBuilder(english
                ? "Here is the transcript of your chat with our customer service.\n\n"
                : "Voici la transcription de votre conversation avec notre service client.\n\n");
        for (ChatLine line : lines(chat.getConversationId())) {
            String who = line.fromVisitor() ? (english ? "You" : "Vous")
                    : line.author() == null ? (english ? "Agent" : "Conseiller") : line.author();
            text.append('[').append(time.format(line.at())).append("] ").append(who).append(english ? ":\n" : "\u00a0:\n")
                    .append(line.text()).append("\n\n");
        }
        text.append(english ? "Reference: " : "Référence\u00a0: ").append(header.reference()).append('\n');
        String subject = (english ? "Your chat transcript" : "Transcription de votre conversation")
                + " [" + header.reference() + "]";
        replies.sendTo(chat.getConversationId(), Channel.EMAIL, to.getAddress(), subject, text.toString(), null);
    }

    private LiveChat existing(UUID conversationId) {
        LiveChat chat = em.find(LiveChat.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (chat == null) {
            throw ChannelRefusals.notFound("chat.unknown");
        }
        return chat;
    }
}
