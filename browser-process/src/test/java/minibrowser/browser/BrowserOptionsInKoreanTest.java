package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.Test;

/** {@code --help} in Korean: a Korean line for every option a user sees, and none for an option that is gone. */
class BrowserOptionsInKoreanTest {
    @Test
    void everyShownOptionHasAKoreanDescriptionAndEveryKoreanOneAnOption() {
        CommandLine parser = BrowserMain.commandLine();
        Set<String> options = new TreeSet<>();
        for (OptionSpec option : parser.getCommandSpec().options()) {
            if (option.hidden() || option.usageHelp() || option.versionHelp()) continue;
            options.add(option.longestName().replaceFirst("^--", ""));
        }
        options.add("urls");
        Set<String> korean = new TreeSet<>(new BrowserOptionsInKorean().keySet());
        korean.removeIf(key -> key.startsWith("usage.") || key.startsWith("mixinStandardHelpOptions."));
        assertEquals(options, korean);
    }

    @Test
    void theUsageIsInKoreanOnceTheBundleIsSet() {
        CommandLine parser = BrowserMain.commandLine();
        parser.getCommandSpec().resourceBundle(new BrowserOptionsInKorean());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parser.usage(new PrintStream(out, true, StandardCharsets.UTF_8));
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("사용법: minibrowser"), usage);
        assertTrue(usage.contains("터미널 UI 없이 실행합니다."), usage);
        assertTrue(usage.contains("이 도움말을 보여 주고 끝냅니다."), usage);
    }
}
