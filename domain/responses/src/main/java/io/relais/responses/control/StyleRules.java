package io.relais.responses.control;

import io.relais.responses.boundary.AddressForm;

import java.util.List;

/**
 * A brand's house rules for its answers: how it addresses customers, the words it avoids,
 * and the limits it sets below what the channels allow.
 */
public record StyleRules(AddressForm addressForm, List<LexiconRule> lexicon, int smsMaxSegments, int chatMaxLength) {

    public static final int CHAT_MAX_SENTENCES = 3;
    public static final int PRIVATE_MESSAGE_MAX_LENGTH = 1000;
    public static final int WHATSAPP_MAX_LENGTH = 1024;
    public static final int EMAIL_SUBJECT_MAX_LENGTH = 120;

    public StyleRules {
        lexicon = List.copyOf(lexicon);
    }

    public static StyleRules defaults() {
        return new StyleRules(AddressForm.VOUS, List.of(), 2, 300);
    }

    /** A word the brand avoids, and what to write instead (blank: just remove it). */
    public record LexiconRule(String forbidden, String replacement) {
    }
}
