package io.relais.channels.boundary;

import io.relais.staff.boundary.StaffDirectory;
import io.relais.staff.boundary.StaffView;
import io.relais.timeline.boundary.ConversationHeader;
import io.relais.timeline.boundary.CustomerDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The values an answer's placeholders take in one conversation, for the composer and the API alike:
 * the customer's names (as the timeline reads them from his display name), the conversation's
 * reference, the agent's first name. The response library only fills them in.
 */
@Stateless
public class ReplyPlaceholders {

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    StaffDirectory staffDirectory;

    /** @param given values typed by the agent; they win over what is known */
    public Map<String, String> forConversation(UUID conversationId, String agentUsername, Map<String, String> given) {
        Map<String, String> values = new HashMap<>();
        staffDirectory.member(agentUsername).map(StaffView::displayName)
                .ifPresent(name -> values.put("agent.firstName", name.strip().split("\\s+")[0]));
        if (conversationId != null) {
            ConversationHeader conversation = customerDirectory.conversation(conversationId);
            values.put("conversation.reference", conversation.reference());
            if (conversation.customerFirstName() != null) {
                values.put("customer.firstName", conversation.customerFirstName());
            }
            if (conversation.customerLastName() != null) {
                values.put("customer.lastName", conversation.customerLastName());
            }
        }
        given.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        });
        return values;
    }
}
