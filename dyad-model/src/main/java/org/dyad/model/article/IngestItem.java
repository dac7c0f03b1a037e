package org.dyad.model.article;

/**
 * What a reader gives for each input document: either an {@link Article} to analyse or a
 * {@link Skipped} record saying why it cannot be. Batches keep going past skipped items.
 */
public sealed interface IngestItem permits Article, Skipped {
  /** The document's identifier. */
  String id();

  /** Where it was read from, for messages. */
  String source();
}
