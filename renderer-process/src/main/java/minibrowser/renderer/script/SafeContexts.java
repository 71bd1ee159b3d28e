package minibrowser.renderer.script;

import java.util.function.BooleanSupplier;
import org.mozilla.javascript.ClassShutter;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.ScriptableObject;

/**
 * Where every page and worker script gets its Rhino {@link Context}: one shape of
 * context for all, made so that no script reaches Java.
 *
 * <ul>
 *   <li><b>No Java.</b> The global objects are Rhino's <em>safe</em> standard objects
 *       ({@link Context#initSafeStandardObjects}: no {@code Packages}, {@code java},
 *       {@code JavaAdapter} or {@code getClass}), and the {@link ClassShutter} admits no
 *       Java class at all, so even a Java object that leaked into a scope could not be
 *       looked into. A script sees only what {@code minibrowser.renderer.script} defines.</li>
 *   <li><b>Bounded recursion.</b> Scripts run interpreted (no bytecode generated at run
 *       time, which also starts faster), at most {@link #MAX_STACK_DEPTH} calls deep: a
 *       script that recurses for ever gets a {@code RangeError}-like error, not a Java
 *       stack overflow.</li>
 *   <li><b>Memory</b> is bounded by the renderer's heap cap: a script that allocates for
 *       ever ends its renderer (an {@code OutOfMemoryError}), as a Chromium renderer
 *       dies of its own out-of-memory, and the browser shows the tab crashed.</li>
 *   <li><b>Time is not bounded</b> on the main thread: a script that never returns hangs
 *       its renderer's main thread, and the browser's hang monitor offers Kill, as in
 *       Chromium. A worker can be stopped ({@code terminate()}): its context checks a
 *       flag every {@link #INSTRUCTIONS_BETWEEN_CHECKS} instructions.</li>
 * </ul>
 *
 * <p>Rhino binds a context to one thread: each task enters one ({@link #enter}) and
 * leaves it at its end, on the thread that runs the script (renderer-main, or a
 * renderer-worker-N).
 */
public final class SafeContexts {
    /** How deep scripts may call: well inside a renderer thread's Java stack. */
    public static final int MAX_STACK_DEPTH = 2_000;

    /** How often a stoppable context looks at its stop flag, in interpreted instructions. */
    static final int INSTRUCTIONS_BETWEEN_CHECKS = 10_000;

    /** Admits no Java class to any script. */
    private static final ClassShutter NO_JAVA = className -> false;

    private static final ContextFactory FACTORY = new ContextFactory() {
        @Override
        protected Context makeContext() {
            Context context = super.makeContext();
            context.setLanguageVersion(Context.VERSION_ES6);
            context.setInterpretedMode(true);
            context.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
            context.setClassShutter(NO_JAVA);
            context.setInstructionObserverThreshold(INSTRUCTIONS_BETWEEN_CHECKS);
            return context;
        }

        @Override
        protected void observeInstructionCount(Context context, int instructionCount) {
            Object stop = context.getThreadLocal(STOP_KEY);
            if (stop instanceof BooleanSupplier stopped && stopped.getAsBoolean()) throw new Stopped();
        }
    };

    private static final Object STOP_KEY = "minibrowser.stop";

    /**
     * What a stopped context throws out of the running script. An {@link Error}, not a
     * script error: Rhino runs no {@code catch} and no {@code finally} of the script for
     * it, so {@code while (true) { try { for (;;) {} } catch (e) {} }} cannot swallow it.
     * Whoever entered the context catches it and ends the thread's loop.
     */
    public static final class Stopped extends Error {
        Stopped() {
            super("the script's context was stopped", null, false, false);
        }
    }

    private SafeContexts() {}

    /** Enters a context on the calling thread; close it at the end of the task. */
    public static Context enter() {
        return FACTORY.enterContext();
    }

    /** Enters a context whose script is ended ({@link Stopped}) once {@code stopped} says so. */
    public static Context enterStoppable(BooleanSupplier stopped) {
        Context context = FACTORY.enterContext();
        context.putThreadLocal(STOP_KEY, stopped);
        return context;
    }

    /** A new global scope of safe standard objects only (see the class comment). */
    public static ScriptableObject newGlobal(Context context) {
        return context.initSafeStandardObjects(null, true);
    }
}
