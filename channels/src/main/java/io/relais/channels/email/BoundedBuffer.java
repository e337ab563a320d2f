package io.relais.channels.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A message's bytes in memory, up to the mailbox's limit: a server that cannot say a message's size
 * beforehand must not make Relais hold a message of any size.
 */
final class BoundedBuffer extends OutputStream {

    /** More bytes came than the limit allows: the message is too large to take. */
    static final class Full extends IOException {
        Full(int limit) {
            super("the message is larger than " + limit + " bytes");
        }
    }

    private final int limit;
    private final ByteArrayOutputStream bytes;

    /** @param expected the size the server gave, or -1 */
    BoundedBuffer(int limit, long expected) {
        this.limit = limit;
        this.bytes = new ByteArrayOutputStream((int) Math.min(limit, expected > 0 ? expected : 64 * 1024));
    }

    @Override
    public void write(int b) throws IOException {
        ensureRoom(1);
        bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureRoom(len);
        bytes.write(b, off, len);
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private void ensureRoom(int more) throws Full {
        if (bytes.size() + (long) more > limit) {
            throw new Full(limit);
        }
    }
}
