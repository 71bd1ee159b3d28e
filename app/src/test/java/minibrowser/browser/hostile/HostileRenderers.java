package minibrowser.browser.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a test gets a compromised renderer into a real browser: a
 * {@code --renderer-cmd-prefix} script that starts each renderer as it was asked to,
 * except while the test has asked for a puppet ({@link #puppetNext()}): then the
 * renderer's command line runs {@link PuppetRenderer} instead of the real renderer,
 * with the same switches, secret pipe and class path. The test talks to the puppet
 * through files in one directory ({@link #send}).
 */
public final class HostileRenderers {
    private static final String SCRIPT = String.join("\n",
            "#!/bin/bash",
            "# A renderer's command line, handed on as it is, or with the puppet's main class in",
            "# place of the real one while the file 'mode' says puppet.",
            "dir=\"$(dirname \"$0\")\"",
            "if [ \"$(cat \"$dir/mode\")\" = puppet ]; then",
            "  args=()",
            "  for a in \"$@\"; do",
            "    if [ \"$a\" = minibrowser.app.Main ]; then",
            "      args+=(\"-Dminibrowser.puppet.dir=$dir\" minibrowser.browser.hostile.PuppetRenderer)",
            "    else",
            "      args+=(\"$a\")",
            "    fi",
            "  done",
            "  exec \"${args[@]}\"",
            "fi",
            "exec \"$@\"",
            "");

    private final Path dir;
    private int nextCommand = 1;

    private HostileRenderers(Path dir) {
        this.dir = dir;
    }

    /** The script, its mode file and the command files, in {@code dir}. Renderers start real. */
    public static HostileRenderers in(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve("renderer-prefix.sh");
        Files.writeString(script, SCRIPT);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        HostileRenderers hostile = new HostileRenderers(dir);
        hostile.realNext();
        return hostile;
    }

    /** The switch that makes a browser start its renderers through the script. */
    public String prefixSwitch() {
        return "--renderer-cmd-prefix=" + dir.resolve("renderer-prefix.sh");
    }

    /**
     * A headless browser command whose children can load the puppet (the test classes
     * are on its class path, which children inherit), with no spare renderer (so the
     * renderer a tab gets is started when the test has chosen its kind).
     */
    public List<String> browserCommand(Path jar, Path socket, String... args) {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-cp",
                jar + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                "minibrowser.app.Main", "--headless", "--remote-control=" + socket, "--no-spare-renderer",
                // Outside the OS sandbox: the puppet reads its commands from, and answers into, a directory of the test.
                "--no-sandbox",
                prefixSwitch()));
        command.addAll(List.of(args));
        return command;
    }

    /** The next renderer the browser starts is a puppet. */
    public void puppetNext() throws IOException {
        Files.writeString(dir.resolve("mode"), "puppet\n");
    }

    /** The next renderer the browser starts is a real one. */
    public void realNext() throws IOException {
        Files.writeString(dir.resolve("mode"), "real\n");
    }

    /**
     * Tells the puppet that draws {@code tab} to do {@code command} ({@link PuppetCommands}
     * lists them) and returns its answer: "OK ..." or the gRPC status code and description;
     * empty when no answer came within {@code seconds} (the puppet was killed first).
     */
    public Optional<String> send(int tab, String command, int seconds) throws IOException, InterruptedException {
        return answer(post(tab, command), seconds);
    }

    /** Tells the puppet that draws {@code tab} to do {@code command}; returns the id to wait for with {@link #answer}. */
    public String post(int tab, String command) throws IOException {
        String id = String.valueOf(nextCommand++);
        Files.writeString(dir.resolve("commands"), id + " " + tab + " " + command + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return id;
    }

    /** The answer to command {@code id}, waiting up to {@code seconds}; empty when none came. */
    public Optional<String> answer(String id, int seconds) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        Path results = dir.resolve("results");
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(results)) {
                for (String line : Files.readAllLines(results)) {
                    if (line.startsWith(id + " ")) return Optional.of(line.substring(id.length() + 1));
                }
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }
}
