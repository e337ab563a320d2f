package io.relais.routing.control;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday to Friday 9:00–18:00, Saturday 9:00–12:00, French holidays closed. */
    private static OpeningSchedule office(Set<LocalDate> closures, boolean alsaceMoselle) {
        List<OpeningSchedule.Hours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new OpeningSchedule.Hours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        hours.add(new OpeningSchedule.Hours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        return new OpeningSchedule(PARIS, hours, closures, true, alsaceMoselle);
    }

    private static OpeningSchedule office() {
        return office(Set.of(), false);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void time_left_at_closing_goes_on_the_next_morning() {
        assertEquals(paris("2026-11-25T09:30"), office().plusOpenTime(paris("2026-11-24T17:30"), Duration.ofHours(1)));
    }

    @Test
    void a_weekend_is_skipped_except_saturday_morning() {
        assertEquals(paris("2026-11-28T10:00"), office().plusOpenTime(paris("2026-11-27T17:00"), Duration.ofHours(2)));
        assertEquals(paris("2026-11-30T09:30"), office().plusOpenTime(paris("2026-11-28T20:00"), Duration.ofMinutes(30)));
    }

    @Test
    void a_message_at_night_counts_from_the_opening() {
        assertEquals(paris("2026-11-24T09:01"), office().plusOpenTime(paris("2026-11-24T03:00"), Duration.ofMinutes(1)));
    }

    @Test
    void public_holidays_and_closures_are_skipped() {
        // Thursday 14 May 2026 is Ascension.
        assertEquals(paris("2026-05-15T10:00"), office().plusOpenTime(paris("2026-05-13T17:00"), Duration.ofHours(2)));
        // A bridge day closed on Friday 15 May: Saturday morning.
        assertEquals(paris("2026-05-16T10:00"), office(Set.of(LocalDate.of(2026, 5, 15)), false)
                .plusOpenTime(paris("2026-05-13T17:00"), Duration.ofHours(2)));
    }

    @Test
    void alsace_moselle_also_closes_on_26_december() {
        Instant christmasEve = paris("2026-12-24T17:00");
        assertEquals(paris("2026-12-26T10:00"), office().plusOpenTime(christmasEve, Duration.ofHours(2)));
        assertEquals(paris("2026-12-28T10:00"), office(Set.of(), true).plusOpenTime(christmasEve, Duration.ofHours(2)));
    }

    @Test
    void a_working_day_keeps_its_hours_across_daylight_saving_changes() {
        // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"),
                office().plusOpenTime(Instant.parse("2026-03-27T16:00:00Z"), Duration.ofHours(5)));
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"),
                office().plusOpenTime(Instant.parse("2026-10-23T15:00:00Z"), Duration.ofHours(5)));
    }

    @Test
    void round_the_clock_opening_counts_real_hours_on_the_short_and_the_long_night() {
        List<OpeningSchedule.Hours> always = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            always.add(new OpeningSchedule.Hours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        var schedule = new OpeningSchedule(PARIS, always, Set.of(), false, false);
        Instant beforeSpring = paris("2026-03-28T23:00");
        assertEquals(beforeSpring.plus(Duration.ofHours(3)), schedule.plusOpenTime(beforeSpring, Duration.ofHours(3)));
        assertEquals(Duration.ofHours(23), schedule.openTimeBetween(paris("2026-03-29T00:00"), paris("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(25), schedule.openTimeBetween(paris("2026-10-25T00:00"), paris("2026-10-26T00:00")));
    }

    @Test
    void open_time_between_two_moments_skips_what_is_closed() {
        assertEquals(Duration.ofHours(2), office().openTimeBetween(paris("2026-11-27T17:00"), paris("2026-11-28T10:00")));
        assertEquals(Duration.ofHours(1), office().openTimeBetween(paris("2026-11-28T11:00"), paris("2026-11-30T09:00")));
        assertEquals(Duration.ZERO, office().openTimeBetween(paris("2026-11-28T10:00"), paris("2026-11-27T10:00")));
    }

    @Test
    void adding_open_time_then_measuring_it_gives_it_back() {
        var random = new Random(42);
        OpeningSchedule schedule = office(Set.of(LocalDate.of(2026, 8, 10)), true);
        for (int i = 0; i < 2_000; i++) {
            Instant start = paris("2026-01-01T00:00").plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 60));
            Instant end = schedule.plusOpenTime(start, amount);
            assertEquals(amount, schedule.openTimeBetween(start, end), "from " + start + " plus " + amount);
            assertTrue(schedule.isOpenAt(end.minusSeconds(1)), "a deadline falls during opening hours: " + end);
        }
    }

    @Test
    void is_open_only_during_opening_hours_on_working_days() {
        assertTrue(office().isOpenAt(paris("2026-11-24T09:00")));
        assertFalse(office().isOpenAt(paris("2026-11-24T18:00")));
        assertFalse(office().isOpenAt(paris("2026-11-11T10:00")));
        assertFalse(office().isOpenAt(paris("2026-11-29T10:00")));
    }

    @Test
    void a_calendar_that_never_opens_or_contradicts_itself_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new OpeningSchedule(PARIS, List.of(), Set.of(), true, false));
        assertThrows(IllegalArgumentException.class, () -> new OpeningSchedule(PARIS,
                List.of(new OpeningSchedule.Hours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0))),
                Set.of(), true, false));
        assertThrows(IllegalArgumentException.class, () -> new OpeningSchedule(PARIS, List.of(
                new OpeningSchedule.Hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new OpeningSchedule.Hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(18, 0))),
                Set.of(), true, false));
        var fridayMornings = new OpeningSchedule(PARIS, List.of(new OpeningSchedule.Hours(DayOfWeek.FRIDAY,
                LocalTime.of(9, 0), LocalTime.of(10, 0))), Set.of(), true, false);
        var fridaysClosed = new java.util.HashSet<LocalDate>();
        LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2037, 1, 1)).forEach(fridaysClosed::add);
        var neverOpen = new OpeningSchedule(PARIS, List.of(new OpeningSchedule.Hours(DayOfWeek.FRIDAY,
                LocalTime.of(9, 0), LocalTime.of(10, 0))), fridaysClosed, true, false);
        assertEquals(paris("2026-11-27T09:30"), fridayMornings.plusOpenTime(paris("2026-11-24T10:00"), Duration.ofMinutes(30)));
        assertThrows(IllegalStateException.class, () -> neverOpen.plusOpenTime(paris("2026-11-24T10:00"), Duration.ofMinutes(30)));
    }
}
