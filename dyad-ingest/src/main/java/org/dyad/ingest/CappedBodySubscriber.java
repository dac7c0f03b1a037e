package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, then cancels the rest, for {@link HttpSender}. Takes the cap
 * in bytes; -1 reads nothing (redirects, errors and bodies declared too large). Gives the bytes read;
 * a body over the cap is given with {@code cap + 1} bytes, which tells the caller it was cut. One
 * instance serves one response.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final long cap;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBodySubscriber(long cap) {
    this.cap = cap;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (cap < 0) {
      s.cancel();
      result.complete(new byte[0]);
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int take = (int) Math.min(buffer.remaining(), cap + 1 - bytes.size());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      bytes.write(chunk, 0, take);
      if (bytes.size() > cap) {
        subscription.cancel();
        result.complete(bytes.toByteArray());
        return;
      }
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
