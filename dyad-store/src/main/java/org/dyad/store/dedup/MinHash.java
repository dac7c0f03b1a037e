package org.dyad.store.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures of articles, for finding near-duplicate reports of one story (syndicated
 * copies, lightly edited rewrites) without comparing every pair.
 *
 * <p>An article's set is its word 3-grams (lower case, letters and digits only). A signature has
 * {@value #SIZE} minimum hashes; the share of equal positions in two signatures estimates the
 * Jaccard similarity of the two sets. For lookup the signature is cut into {@value #BANDS} bands of
 * {@value #ROWS}: two articles sharing a band are candidates (about 87% of pairs at similarity 0.5
 * are, 99% at 0.6), and a candidate is the same story when its estimate is at least
 * {@link #SAME_STORY}.
 */
public final class MinHash {
  /** Hashes per signature. */
  public static final int SIZE = 128;
  /** Bands for locality-sensitive lookup. */
  public static final int BANDS = 32;
  /** Hashes per band. */
  public static final int ROWS = SIZE / BANDS;
  /** The estimated Jaccard similarity from which two articles are one story. */
  public static final double SAME_STORY = 0.5;
  /** Texts with fewer 3-grams than this get no signature: too short to judge. */
  static final int MIN_SHINGLES = 8;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      s = mix(s + i);
      SEEDS[i] = s;
    }
  }

  private MinHash() {}

  /** The signature of a text, or {@code null} when it is too short. */
  public static long[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int n = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        words[n++] = w;
      }
    }
    if (n - 2 < MIN_SHINGLES) {
      return null;
    }
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + 2 < n; i++) {
      long shingle = fnv(words[i], fnv(words[i + 1], fnv(words[i + 2], 0xcbf29ce484222325L)));
      for (int k = 0; k < SIZE; k++) {
        long h = mix(shingle ^ SEEDS[k]);
        if (h < sig[k]) {
          sig[k] = h;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The band hashes of a signature, one per band, distinct across bands. */
  public static long[] bands(long[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ sig[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /** The signature as bytes, for storage. */
  public static byte[] toBytes(long[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(SIZE * Long.BYTES);
    for (long v : sig) {
      buf.putLong(v);
    }
    return buf.array();
  }

  /** A signature back from {@link #toBytes}. */
  public static long[] fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] sig = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = buf.getLong();
    }
    return sig;
  }

  private static long fnv(String s, long h) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return (h ^ ' ') * 0x100000001b3L;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
