package io.relais.timeline.boundary;

public enum CustomerType {
    INDIVIDUAL,
    PROFESSIONAL
}
