package org.palpa.core.signal;

import java.util.List;

/**
 * Filters applied one after another. The chain is itself a filter, and its group delay is the
 * sum of its members' delays. An empty chain passes samples through unchanged.
 */
public final class FilterChain implements SignalFilter {
    private final SignalFilter[] stages;

    public FilterChain(List<? extends SignalFilter> stages) {
        this.stages = stages.toArray(new SignalFilter[0]);
    }

    @Override
    public double filter(double sample) {
        double x = sample;
        for (SignalFilter stage : stages) {
            x = stage.filter(x);
        }
        return x;
    }

    @Override
    public void reset() {
        for (SignalFilter stage : stages) {
            stage.reset();
        }
    }

    @Override
    public double groupDelayMillis() {
        double total = 0;
        for (SignalFilter stage : stages) {
            total += stage.groupDelayMillis();
        }
        return total;
    }

    public int size() {
        return stages.length;
    }
}
