package io.relais.timeline.boundary;

public enum Direction {
    INBOUND,
    OUTBOUND,
    INTERNAL
}
