package dev.dialer.workflows.conversation;

/**
 * The media worker accepted the call's ConversationRelay socket.
 *
 * @param callSid the CallSid of the relay's {@code setup} message
 * @param sessionId Twilio's ConversationRelay session id ({@code VX…})
 * @param hostTaskQueue the task queue of the media host holding the socket: work for this live
 *     conversation ({@link MediaActivities}) must be sent there
 */
public record MediaConnected(String callSid, String sessionId, String hostTaskQueue) {}
