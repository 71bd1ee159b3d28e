package minibrowser.tools.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The IPC lab's second process: {@code IpcLabPeer KIND ROUND_TRIPS WHERE...} joins
 * the caller's link from the words it was given and echoes (anonymous pipe: on its
 * stdin and stdout, which the caller holds).
 */
public final class IpcLabPeer {
    private IpcLabPeer() {}

    public static void main(String[] args) throws Exception {
        IpcKind kind = IpcKind.valueOf(args[0]);
        int roundTrips = Integer.parseInt(args[1]);
        try (IpcEnd end = IpcKind.echoOf(kind, Arrays.asList(args).subList(2, args.length))) {
            IpcLab.echo(end, roundTrips);
        }
    }

    /** The echo process for {@code kind}: the same java and class path as this JVM. */
    static Process start(IpcKind kind, int roundTrips, List<String> where) throws IOException {
        List<String> command = new ArrayList<>(SwitchProbe.javaCommand(IpcLabPeer.class));
        command.addAll(List.of(kind.name(), String.valueOf(roundTrips)));
        command.addAll(where);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (kind != IpcKind.PIPE) builder.redirectOutput(ProcessBuilder.Redirect.DISCARD); // only the pipe kind talks on stdout
        return builder.start();
    }
}
