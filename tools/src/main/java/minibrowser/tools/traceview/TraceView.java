package minibrowser.tools.traceview;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./minibrowser trace-view FILE --png OUT.png [--from MS] [--to MS] [--width PX]}:
 * draws a Chrome Trace Event Format file as a timeline PNG and prints one line saying what
 * it drew, e.g. {@code out.png 1600x900: 5 processes, 23 threads, 1234 slices, 56 flows,
 * 0 ms to 3456 ms}.
 *
 * <p>Exit codes: 0 drawn; 1 the trace could not be read (missing, unreadable, not a
 * trace) or the PNG could not be written, with one line on stderr; 2 bad arguments, with
 * picocli's usage message. Never a stack trace.
 */
@Command(name = "trace-view", mixinStandardHelpOptions = true,
        description = "Draw a Chrome Trace Event Format file (JSON, optionally gzipped) as a timeline PNG.")
public final class TraceView implements Callable<Integer> {
    static final int DEFAULT_WIDTH = 1600;
    static final int MIN_WIDTH = TimelineLayout.GUTTER_WIDTH + 140;
    static final int MAX_WIDTH = 8000;
    private static final String PROGRAM = "trace-view: ";

    @Parameters(index = "0", paramLabel = "FILE", description = "The trace: {\"traceEvents\":[...]} or [...].")
    Path trace;

    @Option(names = "--png", required = true, paramLabel = "OUT.png", description = "The picture to write.")
    Path png;

    @Option(names = "--from", paramLabel = "MS", description = "Start of the view, in ms after the first event.")
    Double fromMs;

    @Option(names = "--to", paramLabel = "MS", description = "End of the view, in ms after the first event.")
    Double toMs;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "" + DEFAULT_WIDTH,
            description = "Width of the picture in pixels (default: ${DEFAULT-VALUE}); its height follows the lanes.")
    int width;

    @Spec
    CommandSpec spec;

    public static int run(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        CommandLine line = new CommandLine(new TraceView());
        line.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            String message = failure instanceof TraceFileException ? failure.getMessage()
                    : "unexpected failure: " + failure;
            cmd.getErr().println(PROGRAM + message);
            cmd.getErr().flush();
            return 1;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws TraceFileException {
        checkArguments();
        TimelineLayout layout;
        BufferedImage image;
        try {
            TraceModel model = TraceReader.read(trace);
            layout = TimelineLayout.compute(model, window(model), width);
            image = TimelinePainter.paint(layout);
        } catch (OutOfMemoryError tooBig) {
            throw new TraceFileException(trace + ": too large to draw in this much memory; try a narrower"
                    + " --from/--to, or more heap (-Xmx)");
        }
        write(image);
        spec.commandLine().getOut().println(summary(png, layout));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private TimeWindow window(TraceModel model) {
        try {
            return TimeWindow.of(model, fromMs, toMs);
        } catch (IllegalArgumentException emptyView) {
            throw new ParameterException(spec.commandLine(), emptyView.getMessage());
        }
    }

    private void checkArguments() {
        CommandLine commandLine = spec.commandLine();
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new ParameterException(commandLine, "--width must be from " + MIN_WIDTH + " to " + MAX_WIDTH
                    + " pixels, not " + width);
        }
        for (Double ms : new Double[] {fromMs, toMs}) {
            if (ms != null && !Double.isFinite(ms)) throw new ParameterException(commandLine, "--from/--to must be numbers of ms");
        }
        if (fromMs != null && toMs != null && !(toMs > fromMs)) {
            throw new ParameterException(commandLine, "--to (" + TimeAxis.formatMs(toMs) + ") must be after --from ("
                    + TimeAxis.formatMs(fromMs) + ")");
        }
    }

    /** Writes through a stream of our own: ImageIO given a File prints a stack trace of its own when it cannot open it. */
    private void write(BufferedImage image) throws TraceFileException {
        ImageIO.setUseCache(false);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(png))) {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this Java");
        } catch (NoSuchFileException e) {
            throw new TraceFileException("cannot write " + png + ": no such directory");
        } catch (AccessDeniedException e) {
            throw new TraceFileException("cannot write " + png + ": permission denied");
        } catch (IOException e) {
            throw new TraceFileException("cannot write " + png + ": " + e.getMessage());
        }
    }

    /** "out.png 1600x900: 2 processes, 3 threads, 5 slices, 1 flow, 0 ms to 39 ms" (plus the lanes cut, if any). */
    static String summary(Path png, TimelineLayout layout) {
        TimeWindow window = layout.window();
        String line = String.format("%s %dx%d: %s, %s, %s, %s, %s ms to %s ms", png, layout.width(), layout.height(),
                count(layout.processesPlaced(), "process", "processes"), count(layout.threadsPlaced(), "thread", "threads"),
                count(layout.slices().size(), "slice", "slices"), count(layout.flows().size(), "flow", "flows"),
                TimeAxis.formatMs(window.relativeMs(window.fromUs())), TimeAxis.formatMs(window.relativeMs(window.toUs())));
        return layout.lanesCut() == 0 ? line : line + String.format(" (%s cut: the picture stops at %d px)",
                count(layout.lanesCut(), "lane", "lanes"), TimelineLayout.MAX_HEIGHT);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
