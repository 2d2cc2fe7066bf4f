package org.switchboard.store;

/**
 * A stored row as read, with the version it had then. An edit of it is saved with that version: the store refuses
 * it ({@link StoreException.Reason#CHANGED_ELSEWHERE}) when another console saved the row in between.
 */
public record Versioned<T>(T value, long version) {
}
