package io.relais.routing.boundary;

/** How a commitment's target is counted: only while the calendar is open, or round the clock. */
public enum Counting {
    BUSINESS_HOURS,
    CALENDAR_HOURS
}
