package org.palpa.app.live;

import java.util.concurrent.TimeUnit;
import org.palpa.app.port.BandIndicator;
import org.palpa.core.hold.BandState;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * Feeds a {@link BandIndicator} from a live pipeline on a thread of its own: every processed frame's
 * band state of the indicator's channel, and {@link BandState#NO_CONTACT} (silence) when the session ends.
 */
public final class BandIndicatorFeed {
    private final Subscription subscription;
    private final BandIndicator indicator;
    private Thread thread;

    private BandIndicatorFeed(Subscription subscription, BandIndicator indicator) {
        this.subscription = subscription;
        this.indicator = indicator;
    }

    /** Subscribes to {@code pipeline}; call before the pipeline's {@code start()}, then {@link #start()}. */
    public static BandIndicatorFeed attach(LivePipeline pipeline, BandIndicator indicator) {
        return new BandIndicatorFeed(pipeline.subscribe("band-indicator", 64, false), indicator);
    }

    /** Starts feeding; the thread ends by itself with the session. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("band indicator feed already started");
        }
        thread = new Thread(this::run, "palpa-band-indicator");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        int channel = indicator.indicatorChannel();
        try {
            while (true) {
                PipelineEvent.Processed p = subscription.pollFrame(20, TimeUnit.MILLISECONDS);
                if (p != null) {
                    ProcessedFrame f = p.frame();
                    if (channel < f.channelCount()) {
                        indicator.show(f.states()[channel]);
                    }
                }
                PipelineEvent notice;
                while ((notice = subscription.pollNotice()) != null) {
                    if (notice instanceof PipelineEvent.Ended) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            indicator.show(BandState.NO_CONTACT);
        }
    }

    /** Waits up to {@code millis} for the feed to finish. */
    public void join(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
    }
}
