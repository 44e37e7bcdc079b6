package io.newsflow.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts posts into publication order with bounded memory: up to {@code capacity} posts wait in a
 * heap, and when it is full the earliest leaves. The output is exactly sorted when no post is
 * more than {@code capacity} places away from its sorted position (archives are close to sorted:
 * their file names start with the date); a post later than that still goes out, and is counted.
 * Ties keep the input order, so the same input always gives the same sequence (replays resume by
 * position in it).
 */
public final class SortBuffer<T> {
    private record Item<T>(Instant at, long seq, T value) {}

    private final int capacity;
    private final PriorityQueue<Item<T>> heap;
    private long seq;
    private Instant lastOut;
    private long outOfOrder;

    public SortBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the sort buffer needs room for at least one post");
        }
        this.capacity = capacity;
        this.heap = new PriorityQueue<>(Comparator.<Item<T>, Instant>comparing(Item::at).thenComparingLong(Item::seq));
    }

    /** Adds a post; returns the one that leaves the buffer, if it is full. */
    public List<T> offer(Instant at, T value) {
        heap.add(new Item<>(at, seq++, value));
        List<T> out = new ArrayList<>(1);
        if (heap.size() > capacity) {
            out.add(take());
        }
        return out;
    }

    /** Everything still waiting, in order. */
    public List<T> drain() {
        List<T> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            out.add(take());
        }
        return out;
    }

    /** Posts that left after a later one had already gone: the buffer was too small for them. */
    public long outOfOrder() {
        return outOfOrder;
    }

    private T take() {
        Item<T> item = heap.poll();
        if (lastOut != null && item.at().isBefore(lastOut)) {
            outOfOrder++;
        } else {
            lastOut = item.at();
        }
        return item.value();
    }
}
