package io.relais.timeline.boundary;

import java.util.List;

/** A page of the inbox read by keyset; {@code next} is null on the last page. */
public record InboxSlice(List<InboxEntry> entries, PageCursor next) {
}
