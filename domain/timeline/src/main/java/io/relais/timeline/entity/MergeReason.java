package io.relais.timeline.entity;

/**
 * Why two customers may be one person, each with the weight it lends a suggestion: the chance,
 * on its own, that the two are the same person.
 */
public enum MergeReason {
    /** One's phone number is the other's WhatsApp number. */
    SAME_PHONE(0.9),
    /** One quoted the other's customer number in a message. */
    QUOTED_CUSTOMER_NUMBER(0.85),
    /** Same name, and the same email address before the @ at another provider. */
    SAME_NAME_AND_EMAIL_LOCAL_PART(0.7),
    /** Same name only: homonyms are common, so it counts little alone. */
    SAME_NAME(0.3);

    private final double weight;

    MergeReason(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
