package io.relais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One period of opening hours on a day of the week; closing at 00:00 means until midnight. */
@Embeddable
public class CalendarHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 16)
    private DayOfWeek day;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected CalendarHours() {
    }

    public CalendarHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }
}
