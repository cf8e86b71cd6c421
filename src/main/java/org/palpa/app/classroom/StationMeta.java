package org.palpa.app.classroom;

import java.util.List;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.DeviceInfo;

/** Describes a station's session about to be recorded. */
@FunctionalInterface
public interface StationMeta {
    SessionMeta meta(StationPlan plan, DeviceInfo device, SessionSettings settings, List<CalibrationRef> calibrations);
}
