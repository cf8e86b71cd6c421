package org.palpa.app.port;

import org.palpa.core.hold.BandState;

/**
 * A signal away from the screen, such as a buzzer or an LED on the device, that shows where one
 * channel stands against the target so a therapist can keep their eyes on the patient.
 */
public interface BandIndicator {

    /** The zero-based index of the channel this indicator follows. */
    int indicatorChannel();

    /** Shows the latest band state of that channel; called from one thread for every processed frame. */
    void show(BandState state);
}
