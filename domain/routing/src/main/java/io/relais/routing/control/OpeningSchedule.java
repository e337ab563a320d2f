package io.relais.routing.control;

import io.relais.shared.Reason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a service is open: weekly opening hours in a time zone, minus French public holidays and
 * exceptional closures. Business time is counted on local wall-clock hours, so a day that opens
 * 9:00–18:00 is nine hours even when the clocks change that night.
 */
public final class OpeningSchedule {

    /** No schedule can push a deadline further than this: a calendar closed for ten years is a mistake. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    /** Opening hours of one day of the week; {@code closes} at midnight means until the end of the day. */
    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {

        public boolean untilMidnight() {
            return LocalTime.MIDNIGHT.equals(closes);
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Hours>> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> closures;
    private final boolean publicHolidays;
    private final boolean alsaceMoselle;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /** Opening hours that cannot make a week, and why. */
    public static final class InvalidHoursException extends IllegalArgumentException {

        private final transient Reason refusal;

        InvalidHoursException(Reason refusal) {
            super(refusal.inEnglish());
            this.refusal = refusal;
        }

        public Reason refusal() {
            return refusal;
        }
    }

    /**
     * @throws InvalidHoursException when there are no opening hours at all, when a period ends
     *                               before it starts, or when two periods of a day overlap
     */
    public OpeningSchedule(ZoneId zone, List<Hours> hours, Set<LocalDate> closures, boolean publicHolidays,
                           boolean alsaceMoselle) {
        this.zone = zone;
        this.closures = Set.copyOf(closures);
        this.publicHolidays = publicHolidays;
        this.alsaceMoselle = alsaceMoselle;
        if (hours.isEmpty()) {
            throw new InvalidHoursException(RoutingRefusals.reason("hours.none"));
        }
        for (Hours period : hours) {
            if (!period.untilMidnight() && !period.closes().isAfter(period.opens())) {
                throw new InvalidHoursException(RoutingRefusals.reason("hours.closesBeforeOpening", period.day(), period.closes(),
                        period.opens()));
            }
            week.computeIfAbsent(period.day(), d -> new ArrayList<>()).add(period);
        }
        for (List<Hours> day : week.values()) {
            day.sort(Comparator.comparing(Hours::opens));
            for (int i = 1; i < day.size(); i++) {
                Hours before = day.get(i - 1);
                if (before.untilMidnight() || before.closes().isAfter(day.get(i).opens())) {
                    throw new InvalidHoursException(RoutingRefusals.reason("hours.overlap", before.day(), before.opens(),
                            before.closes(), day.get(i).opens(), day.get(i).closes()));
                }
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the service is closed all day: a public holiday (when counted) or an exceptional closure. */
    public boolean isClosedOn(LocalDate date) {
        if (closures.contains(date)) {
            return true;
        }
        return publicHolidays && holidaysByYear.computeIfAbsent(date.getYear(),
                year -> FrenchPublicHolidays.of(year, alsaceMoselle).keySet()).contains(date);
    }

    public boolean isOpenAt(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        for (Instant[] period : periodsOf(date)) {
            if (!instant.isBefore(period[0]) && instant.isBefore(period[1])) {
                return true;
            }
        }
        return false;
    }

    /** The moment when {@code amount} of opening time has passed after {@code start}. */
    public Instant plusOpenTime(Instant start, Duration amount) {
        Duration remaining = amount;
        LocalDate date = start.atZone(zone).toLocalDate();
        for (int searched = 0; searched <= MAX_DAYS_SEARCHED; searched++, date = date.plusDays(1)) {
            for (Instant[] period : periodsOf(date)) {
                if (!period[1].isAfter(start)) {
                    continue;
                }
                Instant from = period[0].isBefore(start) ? start : period[0];
                Duration open = Duration.between(from, period[1]);
                if (remaining.compareTo(open) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(open);
            }
        }
        throw new IllegalStateException("the calendar has no opening hours in the " + MAX_DAYS_SEARCHED
                + " days after " + start);
    }

    /** The opening time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration openTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        for (LocalDate date = from.atZone(zone).toLocalDate();
             !date.isAfter(to.atZone(zone).toLocalDate()); date = date.plusDays(1)) {
            for (Instant[] period : periodsOf(date)) {
                Instant start = period[0].isBefore(from) ? from : period[0];
                Instant end = period[1].isAfter(to) ? to : period[1];
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The periods of a local date as instants, in order; none on a closed day. */
    private List<Instant[]> periodsOf(LocalDate date) {
        if (isClosedOn(date)) {
            return List.of();
        }
        List<Instant[]> periods = new ArrayList<>();
        for (Hours period : week.getOrDefault(date.getDayOfWeek(), List.of())) {
            Instant opens = ZonedDateTime.of(date, period.opens(), zone).toInstant();
            Instant closes = period.untilMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(date, period.closes(), zone).toInstant();
            periods.add(new Instant[] {opens, closes});
        }
        return periods;
    }
}
