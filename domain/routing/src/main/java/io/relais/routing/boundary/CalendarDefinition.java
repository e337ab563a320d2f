package io.relais.routing.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A calendar as an admin writes it: opening periods per day of the week (closing at 00:00 means
 * until midnight), whether French public holidays close it (with Alsace-Moselle's two extra days),
 * and exceptional closures. The time zone defaults to Europe/Paris.
 */
public record CalendarDefinition(String name, String timeZone, boolean publicHolidays, boolean alsaceMoselle,
                                 List<Period> periods, List<Closure> closures) {

    public CalendarDefinition {
        periods = periods == null ? List.of() : List.copyOf(periods);
        closures = closures == null ? List.of() : List.copyOf(closures);
    }

    public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    public record Closure(LocalDate firstDay, LocalDate lastDay, String label) {
    }
}
