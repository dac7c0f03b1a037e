/**
 * Quotations and their speakers.
 *
 * <p>{@link org.dyad.coder.quote.QuoteFinder} finds quotations in raw text;
 * {@link org.dyad.coder.quote.QuoteAttributor} finds who said each one from the parse and the
 * article's actors and gives {@link org.dyad.model.analysis.Quote}s with the cue that decided.
 * Everything else in the package is package-private detail of those two.
 */
package org.dyad.coder.quote;
