package org.palpa.app.port;

import org.palpa.core.PalpaException;

/** The session store could not be opened, read or written; the message names the store and the cause. */
public class StoreException extends PalpaException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
