/**
 * The bit- and register-level rules of the sensor chips Palpa reads on a Raspberry Pi (HX711,
 * ADS1115) and of its buttons and buzzers, as pure computation. The pin and bus I/O lives in
 * {@code org.palpa.adapter.gpio}; everything here can be tested without a Pi.
 */
package org.palpa.core.hardware;
