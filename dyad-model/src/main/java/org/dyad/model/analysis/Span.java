package org.dyad.model.analysis;

/**
 * A half-open character range {@code [begin, end)} in the analysed text.
 *
 * @param begin offset of the first character
 * @param end   offset after the last character
 */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }
  }

  /** True when the two ranges share at least one character. */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** True when {@code other} lies inside this range. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
