package minibrowser.browser.hostile;

import io.grpc.ManagedChannel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ChildEndpoint;

/**
 * A renderer taken over by its page, for the tests only (it is in the test sources,
 * never in the shipped jar). It goes through the real bootstrap (the secret from its
 * stdin pipe, ChildReady, the real Renderer contract) and so holds everything a real
 * renderer holds: its secret, the frame-sink token of each tab it is given, the
 * addresses of the browser and the gpu. Then it does what its test tells it, through
 * {@link PuppetCommands}: it sends the browser and the gpu whatever messages it likes,
 * raw bytes included, and reports what each call answered.
 *
 * <p>The browser starts it instead of a real renderer through
 * {@code --renderer-cmd-prefix} ({@link HostileRenderers} writes that prefix).
 * <pre>
 *   java -cp minibrowser.jar:test-classes minibrowser.browser.hostile.PuppetRenderer --type=renderer ... DIR
 * </pre>
 */
public final class PuppetRenderer {
    private PuppetRenderer() {}

    private static String readLine(InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) line.append((char) c);
        return line.toString();
    }

    public static void main(String[] args) throws Exception {
        // 1. The real bootstrap: the secret from stdin (read here first, as code that owns the
        //    process can), the watch on the pipe, a channel to the browser.
        Switches switches = Switches.parse(args);
        Path commands = Path.of(System.getProperty("minibrowser.puppet.dir"));
        String secret = readLine(System.in);
        InputStream pipe = new SequenceInputStream(new ByteArrayInputStream((secret + "\n").getBytes(StandardCharsets.US_ASCII)),
                System.in);
        try (ChildEndpoint endpoint = ChildEndpoint.connect("renderer", switches, pipe)) {
            ManagedChannel browser = endpoint.browser();

            // 2. The Renderer contract, answered as the puppet likes; ChildReady to the browser.
            PuppetRendererService renderer = new PuppetRendererService(browser);
            endpoint.serve(List.of(renderer));

            // 3. Carry out the test's commands until the browser ends us.
            new PuppetCommands(commands, browser, renderer, endpoint.transport(), secret).run();
        }
    }
}
