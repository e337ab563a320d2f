package io.relais.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Identifiers for every row Relais stores: UUID version 7, so that rows inserted together sit
 * together in B-tree indexes and ids sort by creation time.
 */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID newId() {
        return GENERATOR.generate();
    }

    /** A uuid column read by a native query: drivers give a {@link UUID}, its 16 bytes (H2) or its text. */
    public static UUID fromColumn(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
