package io.relais.timeline.entity;

public enum CustomerType {
    INDIVIDUAL,
    PROFESSIONAL
}
