package io.relais.shared;

import java.sql.SQLException;

/**
 * Whether a failure comes from a unique key (SQLState 23505, the same on PostgreSQL and H2): two
 * first contacts of one new sender met at his identity, or two copies of one message at its
 * provider id. The other side committed first, so one more try finds what it created.
 */
public final class UniqueKeyViolation {

    private UniqueKeyViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
