package minibrowser.tools.traceview;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a Chrome Trace Event Format file into a {@link TraceModel}, one event at a time
 * (Gson's streaming {@link JsonReader}), so a file of millions of events never exists as
 * one JSON tree in memory.
 *
 * <p>Accepted: the object form {@code {"traceEvents": [...], ...}} (other keys are
 * skipped), the bare array form {@code [...]}, the array form with its closing bracket
 * missing (the format allows a trace cut off by a crash), and either of them gzipped.
 * Within an event, a field of an unexpected type counts as missing; an element of the
 * array that is not an object is skipped. Anything that is not JSON, or JSON that is not a
 * trace, is a {@link TraceFileException} with a one-line message.
 */
public final class TraceReader {
    private static final int BUFFER_BYTES = 1 << 16;
    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;
    private static final String EVENTS_KEY = "traceEvents";
    private static final String ARRAY_JOINER = ", ";

    private final Consumer<RawEvent> sink;
    /** One copy of each name and category, however many events repeat it. */
    private final Map<String, String> strings = new HashMap<>();

    private TraceReader(Consumer<RawEvent> sink) {
        this.sink = sink;
    }

    /** The model of the trace in {@code file}; fails with a message naming the file. */
    public static TraceModel read(Path file) throws TraceFileException {
        TraceModelBuilder builder = new TraceModelBuilder();
        try (InputStream in = open(file);
             JsonReader json = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            json.setStrictness(Strictness.LENIENT); // NaN and Infinity are read, then dropped as values
            new TraceReader(builder::accept).readTop(json, file);
        } catch (NoSuchFileException e) {
            throw new TraceFileException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new TraceFileException(file + ": permission denied");
        } catch (MalformedJsonException | EOFException e) {
            throw new TraceFileException(file + ": not valid JSON (" + oneLine(e.getMessage()) + ")");
        } catch (IllegalStateException | NumberFormatException e) {
            throw new TraceFileException(file + ": not a trace (" + oneLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new TraceFileException(file + ": cannot read (" + oneLine(e.getMessage()) + ")");
        }
        TraceModel model = builder.build();
        if (model.processes().isEmpty()) throw new TraceFileException(file + ": no trace events to draw");
        return model;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_FIRST && second == GZIP_MAGIC_SECOND
                ? new BufferedInputStream(new GZIPInputStream(in, BUFFER_BYTES), BUFFER_BYTES) : in;
    }

    /** Gson's messages end with a link to its troubleshooting page; the user needs only the first part. */
    private static String oneLine(String message) {
        if (message == null) return "unexpected end";
        String text = message.replaceAll("\\s+", " ").trim();
        int link = text.indexOf(" See https://");
        return link < 0 ? text : text.substring(0, link);
    }

    private void readTop(JsonReader json, Path file) throws IOException, TraceFileException {
        JsonToken top;
        try {
            top = json.peek();
        } catch (EOFException empty) {
            throw new TraceFileException(file + ": empty file, not a trace");
        }
        if (top == JsonToken.BEGIN_ARRAY) {
            readEvents(json, true);
        } else if (top == JsonToken.BEGIN_OBJECT) {
            boolean sawEvents = false;
            json.beginObject();
            while (json.hasNext()) {
                if (json.nextName().equals(EVENTS_KEY) && json.peek() == JsonToken.BEGIN_ARRAY) {
                    readEvents(json, false);
                    sawEvents = true;
                } else {
                    json.skipValue();
                }
            }
            json.endObject();
            if (!sawEvents) throw new TraceFileException(file + ": not a trace (no \"traceEvents\" array)");
        } else {
            throw new TraceFileException(file + ": not a trace (expected a JSON object or array, found " + top + ")");
        }
    }

    private void readEvents(JsonReader json, boolean mayBeUnclosed) throws IOException {
        json.beginArray();
        while (true) {
            try {
                if (!json.hasNext()) break;
            } catch (EOFException cutOff) {
                if (mayBeUnclosed) return; // "[{...},{...}" with no "]": the format allows it
                throw cutOff;
            }
            if (json.peek() == JsonToken.BEGIN_OBJECT) {
                sink.accept(readEvent(json));
            } else {
                json.skipValue();
            }
        }
        json.endArray();
    }

    private RawEvent readEvent(JsonReader json) throws IOException {
        char phase = 0;
        String name = null;
        String category = null;
        long pid = RawEvent.MISSING_ID;
        long tid = RawEvent.MISSING_ID;
        double ts = Double.NaN;
        double dur = Double.NaN;
        String bindId = null;
        boolean flowOut = false;
        boolean flowIn = false;
        Map<String, Object> args = Map.of();
        json.beginObject();
        while (json.hasNext()) {
            switch (json.nextName()) {
                case "ph" -> {
                    String text = readText(json);
                    phase = text == null || text.isEmpty() ? 0 : text.charAt(0);
                }
                case "name" -> name = shared(readText(json));
                case "cat" -> category = shared(readText(json));
                case "pid" -> pid = readId(json);
                case "tid" -> tid = readId(json);
                case "ts" -> ts = readNumber(json);
                case "dur" -> dur = readNumber(json);
                case "bind_id" -> bindId = readBindId(json);
                case "flow_out" -> flowOut = readFlag(json);
                case "flow_in" -> flowIn = readFlag(json);
                case "args" -> args = readArgs(json);
                default -> json.skipValue();
            }
        }
        json.endObject();
        if (phase == 'I') phase = 'i'; // the old spelling of an instant
        return new RawEvent(phase, name, category, pid, tid, ts, dur, bindId, flowOut, flowIn, args);
    }

    private String shared(String text) {
        return text == null ? null : strings.computeIfAbsent(text, t -> t);
    }

    /** A string, number or boolean as text; null for anything else (which is skipped). */
    private static String readText(JsonReader json) throws IOException {
        switch (json.peek()) {
            case STRING:
            case NUMBER:
                return json.nextString();
            case BOOLEAN:
                return String.valueOf(json.nextBoolean());
            default:
                json.skipValue();
                return null;
        }
    }

    /** A number, or a string holding one; NaN for anything else. */
    private static double readNumber(JsonReader json) throws IOException {
        JsonToken token = json.peek();
        if (token == JsonToken.NUMBER || token == JsonToken.STRING) {
            String text = json.nextString();
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException notANumber) {
                return Double.NaN;
            }
        }
        json.skipValue();
        return Double.NaN;
    }

    /** An integer id (pid, tid), as a number or a string holding one; {@link RawEvent#MISSING_ID} otherwise. */
    private static long readId(JsonReader json) throws IOException {
        double value = readNumber(json);
        return Double.isFinite(value) && value == Math.rint(value) ? (long) value : RawEvent.MISSING_ID;
    }

    private static String readBindId(JsonReader json) throws IOException {
        JsonToken token = json.peek();
        if (token == JsonToken.NUMBER || token == JsonToken.STRING) {
            return RawEvent.normalizeBindId(json.nextString(), token == JsonToken.NUMBER);
        }
        json.skipValue();
        return null;
    }

    private static boolean readFlag(JsonReader json) throws IOException {
        switch (json.peek()) {
            case BOOLEAN:
                return json.nextBoolean();
            case STRING:
                return Boolean.parseBoolean(json.nextString().trim());
            case NUMBER:
                return json.nextDouble() != 0;
            default:
                json.skipValue();
                return false;
        }
    }

    private static Map<String, Object> readArgs(JsonReader json) throws IOException {
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            json.skipValue();
            return Map.of();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        json.beginObject();
        while (json.hasNext()) {
            String key = json.nextName();
            Object value = readPlainValue(json);
            if (value != null) args.put(key, value);
        }
        json.endObject();
        return args;
    }

    /** Double, String or Boolean; an array of those as one joined String; null for anything else. */
    private static Object readPlainValue(JsonReader json) throws IOException {
        switch (json.peek()) {
            case NUMBER:
                return json.nextDouble();
            case STRING:
                return json.nextString();
            case BOOLEAN:
                return json.nextBoolean();
            case BEGIN_ARRAY:
                List<String> parts = new ArrayList<>();
                json.beginArray();
                while (json.hasNext()) {
                    Object part = json.peek() == JsonToken.BEGIN_ARRAY ? skip(json) : readPlainValue(json);
                    if (part != null) parts.add(plainText(part));
                }
                json.endArray();
                return String.join(ARRAY_JOINER, parts);
            default:
                return skip(json);
        }
    }

    private static Object skip(JsonReader json) throws IOException {
        json.skipValue();
        return null;
    }

    /** 3 rather than 3.0: an array of tab ids reads as people write it. */
    private static String plainText(Object value) {
        return value instanceof Double number && number == Math.rint(number) && !number.isInfinite()
                ? String.valueOf(number.longValue()) : String.valueOf(value);
    }
}
