package org.dyad.bench;

/**
 * The heap a benchmark phase used, in bytes, measured three ways by {@link HeapSampler}.
 *
 * @param sampledBytes  the most heap in use at any sample ({@code MemoryMXBean}, every ~50 ms):
 *                      a lower bound, as a spike between two samples is missed
 * @param poolPeaksBytes the sum over heap pools of each pool's own peak
 *                      ({@code MemoryPoolMXBean.getPeakUsage}): an upper bound, as the pools need
 *                      not peak at the same moment (so it can even pass {@code maxBytes})
 * @param afterGcBytes  the most heap still in use just after a garbage collection (summed
 *                      {@code getCollectionUsage} of the heap pools): roughly the live data, models
 *                      included; 0 when no collection happened
 * @param maxBytes      the heap limit ({@code -Xmx}), or -1 when undefined
 */
public record HeapPeak(long sampledBytes, long poolPeaksBytes, long afterGcBytes, long maxBytes) {
  /** Which measurement {@link #peakBytes()} comes from. */
  public enum Basis { SAMPLED, POOL_PEAKS }

  /**
   * The larger of the sampled peak and the pool peaks, the heap figure the report leads with. The
   * pool peaks count at most the heap limit: their sum can pass it (a full young generation and a
   * full old one at different times), the heap in use never can.
   */
  public long peakBytes() {
    return Math.max(sampledBytes, boundedPoolPeaks());
  }

  /** Which of the two gave {@link #peakBytes()}. */
  public Basis basis() {
    return boundedPoolPeaks() > sampledBytes ? Basis.POOL_PEAKS : Basis.SAMPLED;
  }

  private long boundedPoolPeaks() {
    return maxBytes > 0 ? Math.min(poolPeaksBytes, maxBytes) : poolPeaksBytes;
  }
}
