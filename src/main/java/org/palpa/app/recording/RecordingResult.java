package org.palpa.app.recording;

/**
 * How a recording went.
 *
 * @param sessionId     the session's id in the store
 * @param framesWritten frames committed
 * @param lostFrames    frames that reached the recorder but were not written
 * @param chainHead     the integrity chain's last hash
 * @param problem       why recording stopped early, or null
 */
public record RecordingResult(long sessionId, long framesWritten, long lostFrames, String chainHead, String problem) {
}
