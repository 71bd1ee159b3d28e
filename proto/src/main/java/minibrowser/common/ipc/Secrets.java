package minibrowser.common.ipc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The per-child secret. The browser makes a fresh random secret for every child,
 * writes it down the child's stdin pipe, and from then on both sides present it
 * in the {@value #HEADER} header of every call. A server refuses a call whose
 * secret it does not know with {@code UNAUTHENTICATED}.
 *
 * <p>The secret also tells a server <em>who</em> is calling: the browser never
 * believes an id a child writes into a message, it looks the caller up by secret.
 */
public final class Secrets {
    public static final String HEADER = "minibrowser-secret";
    static final Metadata.Key<String> KEY = Metadata.Key.of(HEADER, Metadata.ASCII_STRING_MARSHALLER);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 32 random bytes as hex. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Constant-time comparison, so timing does not reveal how much of a guess was right. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** A client interceptor that puts {@code secret} on every call. */
    public static ClientInterceptor attach(String secret) {
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
                return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<A> listener, Metadata headers) {
                        headers.put(KEY, secret);
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    /**
     * A server interceptor that admits a call only when {@code lookup} knows its
     * secret, and makes the {@link Caller} it found available to everything after it
     * ({@link Caller#current()}).
     */
    public static ServerInterceptor require(Function<String, Optional<Caller>> lookup) {
        return new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                                ServerCallHandler<Q, A> next) {
                String presented = headers.get(KEY);
                Optional<Caller> caller = presented == null ? Optional.empty() : lookup.apply(presented);
                if (caller.isEmpty()) {
                    call.close(Status.UNAUTHENTICATED.withDescription("missing or unknown " + HEADER), new Metadata());
                    return new ServerCall.Listener<>() {};
                }
                return Contexts.interceptCall(Context.current().withValue(Caller.KEY, caller.get()), call, headers, next);
            }
        };
    }

    /**
     * A server interceptor that admits every call, as {@code unknown} when its secret
     * (if any) is none {@code lookup} knows: for the control socket, whose callers are
     * local programs without a secret. A call that presents a child's secret is that
     * child's, and {@link AllowedCallers} refuses it there.
     */
    public static ServerInterceptor identify(Function<String, Optional<Caller>> lookup, Caller unknown) {
        return new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                                ServerCallHandler<Q, A> next) {
                String presented = headers.get(KEY);
                Caller caller = presented == null ? unknown : lookup.apply(presented).orElse(unknown);
                return Contexts.interceptCall(Context.current().withValue(Caller.KEY, caller), call, headers, next);
            }
        };
    }

    /** A lookup that admits exactly one secret, as {@code caller}. */
    public static Function<String, Optional<Caller>> only(String secret, Caller caller) {
        return presented -> same(presented, secret) ? Optional.of(caller) : Optional.empty();
    }
}
