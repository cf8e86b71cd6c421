package org.palpa.core.ppt;

import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.Side;

/**
 * Where a threshold is measured: a body-map site and, for a paired muscle, the side.
 *
 * @param site the body-map site
 * @param side the side, or null for none given
 */
public record PptSite(BodySite site, Side side) {
    public PptSite {
        if (site == null) {
            throw new IllegalArgumentException("a threshold needs a site");
        }
    }

    /**
     * Reads {@code upper-trapezius} or {@code upper-trapezius/left} (as {@link #toString()} writes it).
     *
     * @throws IllegalArgumentException naming the unknown site or side
     */
    public static PptSite parse(String site, String side) {
        BodySite s = BodySite.fromName(site);
        if (side == null || side.isBlank()) {
            return new PptSite(s, null);
        }
        return new PptSite(s, Side.find(side).orElseThrow(() -> new IllegalArgumentException("unknown side '" + side
                + "'; the sides are left, right and midline")));
    }

    /** Reads what {@link #toString()} wrote. */
    public static PptSite parse(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? parse(text, null) : parse(text.substring(0, slash), text.substring(slash + 1));
    }

    /** Whether {@code other} is the same place; a site given without a side matches either side. */
    public boolean matches(PptSite other) {
        return site == other.site && (side == null || other.side == null || side == other.side);
    }

    @Override
    public String toString() {
        return side == null ? site.key() : site.key() + "/" + side.key();
    }
}
