package dev.dialer.sim.stream;

/** G.711 μ-law, the encoding of Media Streams audio: one byte per 16-bit linear sample. */
final class MuLaw {

  private static final int BIAS = 0x84;
  private static final int CLIP = 32635;

  private MuLaw() {}

  static byte encode(short linear) {
    int sample = linear;
    int sign = (sample >> 8) & 0x80;
    if (sign != 0) {
      sample = -sample;
    }
    sample = Math.min(sample, CLIP) + BIAS;
    int exponent = 7;
    for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (sample >> (exponent + 3)) & 0x0F;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  /** {@code samples} of a 440 Hz tone at 8 kHz starting at sample {@code offset}, as μ-law. */
  static byte[] tone(long offset, int samples) {
    byte[] out = new byte[samples];
    for (int i = 0; i < samples; i++) {
      double t = (offset + i) / 8000.0;
      out[i] = encode((short) (Math.sin(2 * Math.PI * 440 * t) * 6000));
    }
    return out;
  }
}
