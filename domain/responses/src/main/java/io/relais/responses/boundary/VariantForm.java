package io.relais.responses.boundary;

import io.relais.shared.Channel;

/**
 * The shape an answer takes on a channel. Several channels share a shape (Messenger and Instagram
 * private messages), and one channel can need two (a public reply or a private message on a network).
 */
public enum VariantForm {
    CHAT,
    SMS,
    EMAIL,
    SOCIAL_PUBLIC,
    SOCIAL_PRIVATE,
    WHATSAPP,
    PHONE_SCRIPT,
    LETTER;

    /** The form an agent answering on this channel needs; X is public, other networks private. */
    public static VariantForm forChannel(Channel channel) {
        return switch (channel) {
            case EMAIL, FAQ -> EMAIL;
            case CHAT -> CHAT;
            case SMS -> SMS;
            case MESSENGER, INSTAGRAM -> SOCIAL_PRIVATE;
            case WHATSAPP -> WHATSAPP;
            case X -> SOCIAL_PUBLIC;
            case PHONE -> PHONE_SCRIPT;
            case LETTER -> LETTER;
        };
    }

    /** Forms whose text is read in a block, with a greeting and a closing of its own. */
    public boolean isFramed() {
        return this == EMAIL || this == LETTER;
    }

    /** Forms long enough to carry a procedure step by step. */
    public boolean carriesSteps() {
        return this == EMAIL || this == LETTER || this == PHONE_SCRIPT;
    }
}
