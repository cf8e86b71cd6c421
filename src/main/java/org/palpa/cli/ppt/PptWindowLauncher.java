package org.palpa.cli.ppt;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.palpa.adapter.ui.ppt.PptWindow;
import org.palpa.app.ppt.PptRun;
import org.palpa.core.ppt.PptProtocol;
import org.palpa.core.ppt.PptSite;

/** Opens the PPT window; its space bar is the patient's key. */
final class PptWindowLauncher {
    private PptWindowLauncher() {
    }

    static PptWindow open(PptSite site, PptProtocol protocol, AtomicReference<PptRun> run, long closeAfterMillis,
                            Path screenshot) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            throw new org.palpa.core.PalpaException("no display for the window (DISPLAY is not set); run without --window");
        }
        return PptWindow.open(site.toString(), protocol.toString(), () -> {
            PptRun r = run.get();
            if (r != null) {
                r.keyPressed();
            }
        }, () -> {
            PptRun r = run.get();
            if (r != null) {
                r.stop("window closed");
            }
        }, closeAfterMillis, screenshot);
    }
}
