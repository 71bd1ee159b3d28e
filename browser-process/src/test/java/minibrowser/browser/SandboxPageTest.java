package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import minibrowser.proto.ProbeSandboxReply;
import minibrowser.proto.SandboxProbeOutcome;
import minibrowser.proto.SandboxProbeResult;
import org.junit.jupiter.api.Test;

/** The about:sandbox page is built from a renderer's answer: nothing of it may become markup. */
class SandboxPageTest {
    private static SandboxProbeResult result(String probe, SandboxProbeOutcome outcome, String detail) {
        return SandboxProbeResult.newBuilder().setProbe(probe).setName("tried " + probe).setTarget("/x")
                .setOutcome(outcome).setDetail(detail).build();
    }

    @Test
    void aHostileAnswerIsEscapedIntoText() {
        ProbeSandboxReply reply = ProbeSandboxReply.newBuilder()
                .addResults(result("tcp", SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_REFUSED,
                        "<script>alert(1)</script><a href=\"about:crash\">"))
                .build();
        String page = new String(SandboxPage.html(reply, true), StandardCharsets.UTF_8);
        assertFalse(page.contains("<script>") || page.contains("<a href"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=&quot;about:crash&quot;&gt;"), page);
    }

    @Test
    void theTitleSumsTheOutcomesUpByProbe() {
        ProbeSandboxReply reply = ProbeSandboxReply.newBuilder()
                .addResults(result("frame-buffer", SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_REFUSED, "no"))
                .addResults(result("tcp", SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_ALLOWED, "yes"))
                .addResults(result("control-socket", SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_NOT_TRIED, "none"))
                .addResults(result("home", SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_REFUSED, "no"))
                .build();
        assertEquals("about:sandbox: refused [frame-buffer, home]; allowed [tcp]; not tried [control-socket]",
                SandboxPage.title(reply));
    }
}
