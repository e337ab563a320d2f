package io.relais.timeline.boundary;

import java.util.List;

/** A page of a timeline, newest first; {@code next} is null on the last page. */
public record TimelinePage(List<TimelineEntry> entries, PageCursor next) {
}
