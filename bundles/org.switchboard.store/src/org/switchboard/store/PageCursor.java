package org.switchboard.store;

/**
 * Where a page of a time-ordered log starts (keyset paging): after the row with this time and id. Stable while rows
 * are added, unlike an offset.
 */
public record PageCursor(long epochMillis, long id) {
}
