package org.palpa.core;

/**
 * The root of Palpa's unchecked exceptions: something went wrong that the program cannot treat as
 * an ordinary outcome. Its message is written for the user and names what failed and where.
 */
public class PalpaException extends RuntimeException {
    public PalpaException(String message) {
        super(message);
    }

    public PalpaException(String message, Throwable cause) {
        super(message, cause);
    }
}
