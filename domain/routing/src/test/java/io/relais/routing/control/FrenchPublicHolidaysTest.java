package io.relais.routing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrenchPublicHolidaysTest {

    /** The moving holidays of 2024–2030 as published (service-public.fr): Easter Monday, Ascension, Whit Monday, Good Friday. */
    @ParameterizedTest
    @CsvSource({
            "2024, 2024-04-01, 2024-05-09, 2024-05-20, 2024-03-29",
            "2025, 2025-04-21, 2025-05-29, 2025-06-09, 2025-04-18",
            "2026, 2026-04-06, 2026-05-14, 2026-05-25, 2026-04-03",
            "2027, 2027-03-29, 2027-05-06, 2027-05-17, 2027-03-26",
            "2028, 2028-04-17, 2028-05-25, 2028-06-05, 2028-04-14",
            "2029, 2029-04-02, 2029-05-10, 2029-05-21, 2029-03-30",
            "2030, 2030-04-22, 2030-05-30, 2030-06-10, 2030-04-19"})
    void eleven_holidays_in_france_thirteen_in_alsace_moselle(int year, LocalDate easterMonday, LocalDate ascension,
                                                              LocalDate whitMonday, LocalDate goodFriday) {
        Set<LocalDate> fixed = Stream.of("01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25")
                .map(day -> LocalDate.parse(year + "-" + day)).collect(Collectors.toSet());
        Set<LocalDate> expected = new TreeSet<>(fixed);
        expected.addAll(Set.of(easterMonday, ascension, whitMonday));

        assertEquals(expected, FrenchPublicHolidays.of(year, false).keySet());

        expected.add(goodFriday);
        expected.add(LocalDate.of(year, 12, 26));
        assertEquals(expected, FrenchPublicHolidays.of(year, true).keySet());
    }

    @Test
    void easter_monday_is_a_monday_and_ascension_a_thursday_every_year_of_the_century() {
        for (int year = 2000; year < 2100; year++) {
            var days = FrenchPublicHolidays.of(year, false);
            LocalDate easterMonday = days.entrySet().stream().filter(e -> e.getValue().equals("Lundi de Pâques"))
                    .findFirst().orElseThrow().getKey();
            assertEquals(java.time.DayOfWeek.MONDAY, easterMonday.getDayOfWeek(), "year " + year);
            assertTrue(easterMonday.isAfter(LocalDate.of(year, 3, 22)) && easterMonday.isBefore(LocalDate.of(year, 4, 27)),
                    "Easter falls between 22 March and 25 April: " + year);
            assertEquals(java.time.DayOfWeek.THURSDAY, easterMonday.plusDays(38).getDayOfWeek());
            assertTrue(days.containsKey(easterMonday.plusDays(38)), "Ascension " + year);
        }
    }
}
