package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;
import org.palpa.app.port.TransportException;

/** How the jSerialComm wrapper drives the library, with the library mocked. */
class JSerialCommLinkTest {
    @TempDir
    Path dir;

    @Test
    void opening_sets8N1_noFlowControl_andSemiBlockingReads_andListensForUnplugging() throws Exception {
        Path node = Files.createFile(dir.resolve("ttyUSB0"));
        SerialPort port = mock(SerialPort.class);
        when(port.openPort()).thenReturn(true);
        when(port.getSerialNumber()).thenReturn("A0001");
        try (MockedStatic<SerialPort> library = mockStatic(SerialPort.class)) {
            library.when(() -> SerialPort.getCommPort(node.toString())).thenReturn(port);
            SerialLink link = JSerialCommLink.open(node.toString(), 57_600).orElseThrow();
            assertThat(link.usbSerial()).isEqualTo("A0001");
        }
        verify(port).setComPortParameters(57_600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        verify(port).setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        verify(port).setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, JSerialCommLink.READ_TIMEOUT_MILLIS, 0);
        verify(port).addDataListener(any());
    }

    @Test
    void aPortWithoutPermission_failsWithAMessageAboutTheDialoutGroup() throws Exception {
        Path node = Files.createFile(dir.resolve("ttyUSB1"));
        SerialPort port = mock(SerialPort.class);
        when(port.openPort()).thenReturn(false);
        when(port.getLastErrorCode()).thenReturn(13);
        when(port.getSystemPortPath()).thenReturn("/dev/ttyUSB1");
        try (MockedStatic<SerialPort> library = mockStatic(SerialPort.class)) {
            library.when(() -> SerialPort.getCommPort(node.toString())).thenReturn(port);
            assertThatThrownBy(() -> JSerialCommLink.open(node.toString(), 115_200))
                    .isInstanceOf(TransportException.class)
                    .hasMessageStartingWith("cannot open serial port /dev/ttyUSB1: permission denied; add yourself to the dialout group");
        }
    }

    @Test
    void aReadErrorFromTheLibrary_isReportedAsAGoneLink() throws Exception {
        Path node = Files.createFile(dir.resolve("ttyUSB2"));
        SerialPort port = mock(SerialPort.class);
        when(port.openPort()).thenReturn(true);
        when(port.readBytes(any(byte[].class), anyInt())).thenReturn(-1);
        try (MockedStatic<SerialPort> library = mockStatic(SerialPort.class)) {
            library.when(() -> SerialPort.getCommPort(node.toString())).thenReturn(port);
            SerialLink link = JSerialCommLink.open(node.toString(), 115_200).orElseThrow();
            assertThat(link.read(new byte[16], 16)).isEqualTo(-1);
        }
    }
}
