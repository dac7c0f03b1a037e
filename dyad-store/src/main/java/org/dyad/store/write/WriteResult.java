package org.dyad.store.write;

/**
 * What storing one article did.
 *
 * @param articleId the stored article's id, or the id of the copy already stored
 * @param duplicate true when the same text was already stored and nothing was written
 * @param storyId   the near-duplicate group the article joined (its own id when it starts one)
 * @param mentions  event mentions written
 * @param newEvents events that did not exist before (the rest added a mention to an existing one)
 * @param notes     what the user should know about how it was stored, such as a title cut to its
 *                  limit ({@link ArticleFieldLimits}); empty when nothing was changed
 */
public record WriteResult(long articleId, boolean duplicate, long storyId, int mentions, int newEvents,
                          java.util.List<String> notes) {
  public WriteResult {
    notes = java.util.List.copyOf(notes);
  }
}
