package io.relais.web.reply;

import io.relais.routing.boundary.StaffDirectory;
import io.relais.routing.boundary.StaffView;
import io.relais.timeline.boundary.ConversationHeader;
import io.relais.timeline.boundary.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The values an answer's placeholders take in one conversation: the customer's names, the
 * conversation's reference, the agent's first name. The timeline and the staff directory know
 * them; the response library only fills them in.
 */
@ApplicationScoped
public class ReplyValues {

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    StaffDirectory staffDirectory;

    /** @param given values typed by the agent; they win over what is known */
    public Map<String, String> forConversation(UUID conversationId, String agentUsername, Map<String, String> given) {
        Map<String, String> values = new HashMap<>();
        staffDirectory.member(agentUsername).map(StaffView::displayName)
                .ifPresent(name -> values.put("agent.firstName", firstName(name)));
        if (conversationId != null) {
            ConversationHeader conversation = customerDirectory.conversation(conversationId);
            values.put("conversation.reference", conversation.reference());
            putNames(values, conversation.customerName());
        }
        given.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        });
        return values;
    }

    /**
     * "Léa Martin" gives Léa and Martin; a name of one word is taken as a first name, and a
     * chat visitor's placeholder name ("Visiteur …") gives none, so the agent is asked for it.
     */
    static void putNames(Map<String, String> values, String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.contains("@") || displayName.startsWith("Visiteur")
                || displayName.startsWith("+") || displayName.chars().anyMatch(Character::isDigit)) {
            return;
        }
        String[] words = displayName.strip().split("\\s+", 2);
        values.put("customer.firstName", words[0]);
        if (words.length > 1) {
            values.put("customer.lastName", words[1]);
        }
    }

    static String firstName(String displayName) {
        return displayName.strip().split("\\s+")[0];
    }
}
