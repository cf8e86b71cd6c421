package org.palpa.core.record;

import org.palpa.core.hold.HoldResult;

/**
 * One item of a session's integrity chain, with its place in the chain and the chain's hash
 * after it.
 *
 * @param seq  1-based place in the chain (the metadata is place 0)
 * @param hash hex SHA-256 of the previous hash and this item's content
 * @param item the chunk, event or hold
 */
public record ChainEntry(long seq, String hash, Item item) {

    /** What a chain links: sample chunks, events and holds. */
    public sealed interface Item {
    }

    /** A chunk of samples. */
    public record Chunk(SampleChunk chunk) implements Item {
    }

    /** An event such as a pain score, a stop button or a loss. */
    public record Event(RecordedEvent event) implements Item {
    }

    /** A finished hold with every metric the tracker computed. */
    public record Hold(HoldResult hold) implements Item {
    }

    public ChainEntry {
        if (seq < 1 || hash == null || item == null) {
            throw new IllegalArgumentException("chain entry needs a place from 1, a hash and an item");
        }
    }

    /** Names the item for people: "chunk 12", "event 4 (PAIN)", "hold 2 on channel 0". */
    public String describe() {
        return switch (item) {
            case Chunk c -> "chunk " + c.chunk().index();
            case Event e -> "event at chain item " + seq + " (" + e.event().kind() + ")";
            case Hold h -> "hold " + h.hold().index() + " on channel " + h.hold().channel();
        };
    }
}
