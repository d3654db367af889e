package dev.dialer.sim.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** A synthetic recording: a 440 Hz tone as 16-bit PCM, 8 kHz mono, in a RIFF/WAVE file. */
final class Wav {

  static final int SAMPLE_RATE = 8000;
  private static final int HEADER = 44;

  private Wav() {}

  static byte[] tone(int seconds) {
    int samples = SAMPLE_RATE * seconds;
    ByteBuffer wav = ByteBuffer.allocate(HEADER + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    wav.put(ascii("RIFF")).putInt(36 + samples * 2).put(ascii("WAVE"));
    wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1);
    wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
    wav.put(ascii("data")).putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      wav.putShort((short) (Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE) * 8000));
    }
    return wav.array();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
