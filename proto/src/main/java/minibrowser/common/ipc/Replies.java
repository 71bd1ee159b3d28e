package minibrowser.common.ipc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * How every gRPC handler here answers: it has posted the work to the thread that
 * owns it, and replies when that work completes, without blocking its gRPC thread.
 * A failure that already is a gRPC status goes back as it is; any other failure
 * becomes the status the service chose for it.
 */
public final class Replies {
    private Replies() {}

    /** Replies with {@code toReply(result)}, or with the failure mapped by {@code otherFailures}. */
    public static <T, R> void answer(CompletableFuture<T> work, Function<T, R> toReply, StreamObserver<R> reply,
                                     Function<Throwable, Status> otherFailures) {
        work.whenComplete((value, error) -> {
            if (error == null) {
                try {
                    reply.onNext(toReply.apply(value));
                    reply.onCompleted();
                    return;
                } catch (RuntimeException failed) {
                    error = failed;
                }
            }
            reply.onError(toStatus(error, otherFailures));
        });
    }

    /** The same, with every other failure answered as {@code code} and its message. */
    public static <T, R> void answer(CompletableFuture<T> work, Function<T, R> toReply, StreamObserver<R> reply,
                                     Status.Code code) {
        answer(work, toReply, reply, failure -> Status.fromCode(code).withDescription(String.valueOf(failure.getMessage())));
    }

    /** The failure behind completion wrappers, as a status exception. */
    public static StatusRuntimeException toStatus(Throwable error, Function<Throwable, Status> otherFailures) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StatusRuntimeException) return (StatusRuntimeException) cause;
        return otherFailures.apply(cause).asRuntimeException();
    }
}
