package io.relais.channels.chat;

import io.relais.channels.boundary.ChannelSender;
import io.relais.channels.boundary.DeliveryReport;
import io.relais.channels.boundary.OutboundMessage;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.Optional;
import java.util.UUID;

/**
 * An agent's reply in a live chat: handed to the visitor's open widgets, or failed when he has left,
 * so that the agent answers him on another channel.
 */
@ApplicationScoped
public class ChatReplies implements ChannelSender {

    @Inject
    ChatSessions sessions;

    @Inject
    CustomerDirectory directory;

    @Override
    public Channel channel() {
        return Channel.CHAT;
    }

    /** The visitor who chatted last in this conversation: its thread key is "chat:<visitor id>". */
    @Override
    public Optional<String> addressFor(UUID conversationId) {
        return directory.threadKeys(conversationId).stream()
                .filter(key -> key.startsWith(ChatMessages.THREAD_KEY))
                .map(key -> key.substring(ChatMessages.THREAD_KEY.length()))
                .reduce((first, last) -> last);
    }

    @Override
    public DeliveryReport send(OutboundMessage reply) {
        String frame = Json.createObjectBuilder().add("type", "message").add("from", "agent")
                .add("id", reply.interactionId().toString()).add("text", reply.text()).build().toString();
        return sessions.deliver(reply.to(), frame) > 0 ? DeliveryReport.sent(null)
                : DeliveryReport.failed("the visitor has left the chat: answer him on another channel");
    }
}
