package io.relais.web.api;

import io.relais.timeline.boundary.PageCursor;
import jakarta.ws.rs.BadRequestException;

/** The two query parameters every keyset-paginated endpoint shares: {@code limit} and {@code after}. */
final class KeysetParameters {

    private KeysetParameters() {
    }

    static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new BadRequestException("limit must be between 1 and " + max);
        }
        return limit;
    }

    /** @return null for the first page */
    static PageCursor after(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        return PageCursor.decode(after)
                .orElseThrow(() -> new BadRequestException("'after' is not a cursor returned by this API"));
    }

    static String next(PageCursor next) {
        return next == null ? null : next.encode();
    }
}
