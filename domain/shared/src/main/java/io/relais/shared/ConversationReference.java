package io.relais.shared;

import java.util.Locale;
import java.util.UUID;

/**
 * The short reference a customer sees for a conversation ("R-3F9A1C2E"), quoted in replies and
 * email subjects. Its eight characters are the random tail of the conversation's time-ordered id,
 * so references of conversations opened in the same millisecond still differ.
 */
public final class ConversationReference {

    private ConversationReference() {
    }

    public static String of(UUID conversationId) {
        String hex = Long.toHexString(conversationId.getLeastSignificantBits() & 0xFFFF_FFFFL);
        return "R-" + "0".repeat(8 - hex.length()) + hex.toUpperCase(Locale.ROOT);
    }
}
