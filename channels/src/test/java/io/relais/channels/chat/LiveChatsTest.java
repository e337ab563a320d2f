package io.relais.channels.chat;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveChatsTest {

    private static final Duration MEAN = Duration.ofSeconds(40);

    @Test
    void theEstimatedWaitIsAMeanWaitPerRoundOfTheAgentsAvailable() {
        assertEquals(Duration.ofSeconds(40), LiveChats.estimatedWait(1, 3, MEAN), "the next ones wait one round");
        assertEquals(Duration.ofSeconds(40), LiveChats.estimatedWait(3, 3, MEAN));
        assertEquals(Duration.ofSeconds(80), LiveChats.estimatedWait(4, 3, MEAN), "the fourth waits for a second round");
        assertEquals(Duration.ofSeconds(200), LiveChats.estimatedWait(5, 0, MEAN), "with nobody there, one at a time");
    }
}
