package io.relais.timeline.control;

import java.util.Optional;

/**
 * A customer's first and last names as a reply may use them: "Léa Martin" gives Léa and Martin, a
 * name of one word is a first name. A display name that is only how he wrote (an address, a number)
 * or the placeholder a chat visitor gets before he says his name gives none: a reply must then ask
 * the agent rather than greet "Bonjour +33612345678".
 */
public final class PersonNames {

    /** The name an anonymous chat visitor carries until he gives his own. */
    public static final String UNNAMED_VISITOR = "Visiteur";

    public record Names(String first, String last) {
    }

    private PersonNames() {
    }

    public static Optional<Names> of(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.contains("@")
                || displayName.startsWith(UNNAMED_VISITOR) || displayName.startsWith("+")
                || displayName.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String[] words = displayName.strip().split("\\s+", 2);
        return Optional.of(new Names(words[0], words.length > 1 ? words[1] : null));
    }
}
