package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import minibrowser.tools.chaos.Chaos;
import minibrowser.tools.chaos.ChaosReport;
import org.junit.jupiter.api.Test;
import minibrowser.tools.harness.RunningBrowser;

/**
 * A short chaos run with a fixed seed: 40 seconds of kills, stops,
 * debug pages, navigations and reloads against a real browser of this run's process
 * model, and then every invariant must hold. At least {@link #MIN_FAULTS} faults must
 * have happened, so a harness that injects nothing cannot pass.
 */
class ChaosIT {
    private static final int SECONDS = 40;
    private static final int MIN_FAULTS = 20;

    @Test
    void theBrowserSurvivesFortySecondsOfChaosAndLeaksNothing() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "a kill -9 of a renderer thread is a kill of the browser");
        ChaosReport report = Chaos.run(RunningBrowser.jar(), RunningBrowser.processModel(), SECONDS, 4, 42, System.out);
        assertTrue(report.faults() >= MIN_FAULTS, "only " + report.faults() + " faults in " + SECONDS + " s");
        assertTrue(report.processFaults() >= MIN_FAULTS / 2, "only " + report.processFaults() + " process faults");
        assertTrue(report.invariantsHold(), report.failures());
    }
}
