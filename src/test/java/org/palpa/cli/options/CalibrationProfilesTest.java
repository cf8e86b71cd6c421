package org.palpa.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * Profiles for devices whose model is known only once they answer (serial, Raspberry Pi) are
 * chosen by the model, serial and channel label the device reports.
 */
class CalibrationProfilesTest {
    private static final Path SHIPPED = Path.of("calibration");

    private static DeviceInfo device(String model, String serial, String... labels) {
        List<Channel> channels = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            channels.add(new Channel(i, labels[i], Unit.COUNTS));
        }
        return new DeviceInfo(model, serial, "1", channels, 100);
    }

    @Test
    void givenNoModelAtLoad_thenTheConnectedDevicesModelSerialAndLabelPickTheProfile() throws Exception {
        CalibrationProfiles all = CalibrationProfiles.load(List.of(SHIPPED), null);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        List<ChannelCalibration> algometer = all.calibrations(quiet).apply(device("sim-algometer-raw", "SIM-1", "probe"));
        assertThat(algometer.get(0).ref().profileId()).startsWith("sim-algometer-raw_SIM-1_probe");

        List<ChannelCalibration> glove = all.calibrations(quiet)
                .apply(device("sim-glove-raw", "SIM-1", "thumb", "index", "middle", "ring", "little"));
        assertThat(glove).extracting(c -> c.ref().profileId().split("_")[2])
                .containsExactly("thumb", "index", "middle", "ring", "little");
    }

    @Test
    void givenAProfileForAnotherModelWithTheSameSerialAndLabel_thenItIsNotUsed() throws Exception {
        CalibrationProfiles all = CalibrationProfiles.load(List.of(SHIPPED), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.calibrations(new PrintStream(new ByteArrayOutputStream()))
                        .apply(device("palpa-algometer", "SIM-1", "probe")))
                .hasMessageContaining("reports raw counts and has no calibration profile");
    }
}
