package dev.dialer.sim.recording;

/** One finished recording: its RecordingSid, its call and its WAV bytes. */
record SimRecording(String sid, String callSid, int durationSeconds, byte[] wav) {}
