package minibrowser.tools.bench;

import java.util.Arrays;

/**
 * {@code ./minibrowser bench terminal|engine|scripts|trace|profile}: the benchmarks. {@code terminal} measures
 * the terminal browser from outside, as a user would feel it ({@link TerminalBench});
 * {@code engine} times each of the engine's stages, the very code a renderer runs
 * ({@link EngineBench}); {@code scripts} what the script engine costs a page and a renderer
 * ({@link ScriptBench}); {@code profile} what writing history and the session costs a navigation
 * ({@link ProfileBench}); {@code trace} what tracing costs while it records, off against on
 * ({@link TraceBench}). All print figures next to their targets; no test asserts on them.
 */
public final class Bench {
    private Bench() {}

    public static int run(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (which) {
            case "terminal": return TerminalBench.run(rest);
            case "engine": return EngineBench.run(rest);
            case "scripts": return ScriptBench.run(rest);
            case "profile": return ProfileBench.run(rest);
            case "trace": return TraceBench.run(rest);
            default:
                System.err.println("usage: minibrowser bench terminal | minibrowser bench engine [runs] | minibrowser bench scripts [runs]"
                        + " | minibrowser bench trace [runs] | minibrowser bench profile [runs]");
                return 2;
        }
    }
}
