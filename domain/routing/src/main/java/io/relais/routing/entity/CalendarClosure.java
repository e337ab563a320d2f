package io.relais.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** An exceptional closure, from one day to another inclusive (an inventory day, a strike, a bridge day). */
@Embeddable
public class CalendarClosure {

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 200)
    private String label;

    protected CalendarClosure() {
    }

    public CalendarClosure(LocalDate firstDay, LocalDate lastDay, String label) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.label = label;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getLabel() {
        return label;
    }
}
