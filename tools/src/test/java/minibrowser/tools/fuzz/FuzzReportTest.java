package minibrowser.tools.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A renderer a hostile script ends is reported apart from the engine's crashes. */
class FuzzReportTest {

    @Test
    void scriptDeathsAreNotEngineCrashes() {
        FuzzReport report = new FuzzReport(1);
        HostileDocument table = new HostileDocument(5, HostileDocuments.Kind.TABLES, "text/html", new byte[0]);
        HostileDocument script = new HostileDocument(15, HostileDocuments.Kind.HOSTILE_SCRIPTS, "text/html", new byte[0]);
        report.crash(table, "out of memory (exit code 3)");
        report.crash(script, "out of memory (exit code 3)");
        assertEquals(1, report.crashes().size());
        assertEquals(5, report.crashes().get(0).index());
        assertEquals(1, report.scriptDeaths().size());
        assertEquals(15, report.scriptDeaths().get(0).index());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("renderer crashes: 1") && printed.contains("ended by a hostile script (allowed): 1"), printed);
    }
}
