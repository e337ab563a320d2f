package io.relais.routing.boundary;

import java.util.List;
import java.util.UUID;

/** A calendar as it is stored, with the commitments that count on it. */
public record CalendarView(UUID id, String name, String timeZone, boolean publicHolidays, boolean alsaceMoselle,
                           List<CalendarDefinition.Period> periods, List<CalendarDefinition.Closure> closures,
                           List<String> usedBy, long version) {
}
