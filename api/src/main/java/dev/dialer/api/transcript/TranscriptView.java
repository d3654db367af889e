package dev.dialer.api.transcript;

import java.util.List;

/** A call's conversation, turn by turn, as the media worker stored it. */
public record TranscriptView(String callId, List<TranscriptTurnView> turns) {}
