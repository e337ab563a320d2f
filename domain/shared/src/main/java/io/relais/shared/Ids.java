package io.relais.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers for every row Relais stores: UUID version 7, so that rows inserted together sit
 * together in B-tree indexes and ids sort by creation time.
 */
public final class Ids {

    /**
     * With a random source of its own: the default one (NativePRNG) serialises every caller in the
     * JVM on one lock, and a profile of the inbound pipeline showed threads queueing there.
     */
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator(drbg());

    private Ids() {
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG random source", e);
        }
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
