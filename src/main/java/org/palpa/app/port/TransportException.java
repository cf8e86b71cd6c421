package org.palpa.app.port;

import org.palpa.core.PalpaException;

/** A device could not be reached or stopped answering; the message names the device and the cause. */
public class TransportException extends PalpaException {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
