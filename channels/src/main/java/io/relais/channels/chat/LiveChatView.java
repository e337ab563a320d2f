package io.relais.channels.chat;

import io.relais.channels.entity.LiveChat;

import java.time.Instant;
import java.util.UUID;

/** A web chat as the console and the visitor's widget are told of it. */
public record LiveChatView(UUID conversationId, UUID customerId, String visitorId, String site, String visitorName,
                           LiveChat.State state, Instant waitingSince, String agent, String agentName,
                           Instant assignedAt, Instant lastLineAt, String lastText) {

    static LiveChatView of(LiveChat chat) {
        return new LiveChatView(chat.getConversationId(), chat.getCustomerId(), chat.getVisitorId(), chat.getSite(), chat.getVisitorName(),
                chat.getState(), chat.getWaitingSince(), chat.getAgent(), chat.getAgentName(), chat.getAssignedAt(),
                chat.getLastLineAt(), chat.getLastText());
    }

    public boolean waiting() {
        return state == LiveChat.State.WAITING;
    }

    public boolean answeredBy(String login) {
        return state == LiveChat.State.ACTIVE && login.equals(agent);
    }
}
