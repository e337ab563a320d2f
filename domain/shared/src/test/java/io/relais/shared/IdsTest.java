package io.relais.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void idsAreVersionSevenAndUnique() {
        var seen = new HashSet<UUID>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = Ids.newId();
            assertEquals(7, id.version());
            assertTrue(seen.add(id), "duplicate id " + id);
        }
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(Ids.newId());
        }
        for (int i = 1; i < ids.size(); i++) {
            String previous = ids.get(i - 1).toString();
            String current = ids.get(i).toString();
            assertTrue(previous.compareTo(current) < 0, previous + " should sort before " + current);
        }
    }

    @Test
    void aUuidColumnReadsTheSameWhateverTheDriverGives() {
        UUID id = Ids.newId();
        byte[] bytes = java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
        assertEquals(id, Ids.fromColumn(bytes));
        assertEquals(id, Ids.fromColumn(id.toString()));
        assertEquals(id, Ids.fromColumn(id));
    }
}
