package io.relais.timeline.entity;

public enum Direction {
    INBOUND,
    OUTBOUND,
    INTERNAL
}
