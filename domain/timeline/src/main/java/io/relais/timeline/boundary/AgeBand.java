package io.relais.timeline.boundary;

/** Age bands as the channel-mix reports group them. */
public enum AgeBand {
    UNDER_25,
    FROM_25_TO_34,
    FROM_35_TO_49,
    FROM_50_TO_64,
    FROM_65
}
