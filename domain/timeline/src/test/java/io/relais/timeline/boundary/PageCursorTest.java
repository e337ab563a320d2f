package io.relais.timeline.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCursorTest {

    @Test
    void aCursorSurvivesItsOwnEncoding() {
        var cursor = new PageCursor(Instant.parse("2026-11-20T01:20:10.932211Z"), UUID.randomUUID());
        assertEquals(cursor, PageCursor.decode(cursor.encode()).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 !", "aGVsbG8", "MjAyNnxub3QtYS11dWlk"})
    void anythingElseIsNotACursor(String text) {
        assertTrue(PageCursor.decode(text).isEmpty());
    }
}
