package org.pactum.server.support;

import java.util.List;

/**
 * One page of a longer list, with what a client needs to ask for the next one.
 *
 * @param items      the records on this page
 * @param page       zero-based page number
 * @param size       the page size asked for
 * @param totalItems how many records match in all
 */
public record PageSlice<T>(List<T> items, int page, int size, long totalItems) {

    public PageSlice {
        items = List.copyOf(items);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
