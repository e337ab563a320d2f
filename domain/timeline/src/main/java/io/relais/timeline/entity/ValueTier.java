package io.relais.timeline.entity;

public enum ValueTier {
    STANDARD,
    SILVER,
    GOLD,
    PLATINUM
}
