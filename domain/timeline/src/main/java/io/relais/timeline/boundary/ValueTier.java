package io.relais.timeline.boundary;

public enum ValueTier {
    STANDARD,
    SILVER,
    GOLD,
    PLATINUM
}
