package minibrowser.tools.chaos;

/**
 * What happened after one fault, for its log line and the summary.
 *
 * @param atSeconds      when the fault was injected, in seconds since the run began
 * @param what           what the browser did, in words ("crashed (killed by signal 9 (SIGKILL)) in 0.1 s; ...")
 * @param recoveryMillis how long recovery took ({@link FaultInjector} says from when), or -1 when it did not recover
 * @param collateral     other tabs found crashed or unresponsive afterwards, in words, or ""
 */
record FaultOutcome(double atSeconds, Fault fault, String what, long recoveryMillis, String collateral) {
    boolean recovered() {
        return recoveryMillis >= 0;
    }

    /** "t=12.3s kill -9 renderer pid 1234 (tab 2): crashed ... ; reload -> ready in 0.35 s". */
    String logLine() {
        return String.format("t=%.1fs %s: %s%s", atSeconds, fault.describe(), what,
                collateral.isEmpty() ? "" : "; ALSO " + collateral);
    }
}
