package minibrowser.browser.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory, at most {@link Limits#MAX_BODY_BYTES} of it. The
 * JDK client calls it on its {@code browser-http-N} threads as bytes arrive; the
 * fetching thread waits for {@link #getBody()} and reads {@link #silentNanos()} to tell
 * a server that stalled from one that is slowly sending a large page. Over the limit
 * it stops reading (cancelling the subscription closes the connection) and fails with
 * {@link TooLarge}.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body passed {@link Limits#MAX_BODY_BYTES}. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super(Limits.tooLarge());
        }
    }

    private final int maxBytes;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    /** Written by the client's threads, read by the waiting fetch thread. */
    private volatile long lastProgress = System.nanoTime();
    private volatile Flow.Subscription subscription;

    LimitedBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** How long since the server last sent part of the body (or since the headers). */
    long silentNanos() {
        return System.nanoTime() - lastProgress;
    }

    /** Stops reading: the connection is closed and the body fails. */
    void cancel(IOException why) {
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
        body.completeExceptionally(why);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lastProgress = System.nanoTime();
        for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            if (bytes.size() + (long) n > maxBytes) {
                cancel(new TooLarge());
                return;
            }
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            bytes.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }
}
