package minibrowser.plugin.plugins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a bar chart's data from an embed: its {@code src} (fetched by the browser)
 * or, when that is empty, its parameters.
 *
 * <p>The {@code src} is CSV, one bar per line:
 * <ul>
 *   <li>{@code label,value}: a labelled bar (further columns are ignored);</li>
 *   <li>a plain number: an unlabelled bar;</li>
 *   <li>three or more numbers on a line: one unlabelled bar each.</li>
 * </ul>
 * A first line that is not numeric is a header and is skipped; so are blank lines
 * and lines starting with {@code #}. Fields may be quoted with {@code "}.
 *
 * <p>Parameters: {@code values} (numbers separated by commas or spaces),
 * {@code labels} (comma-separated, for the unlabelled bars in order) and
 * {@code title}. Bars without a label are numbered from 1.
 *
 * <p>The data is the page's, so it is bounded: at most {@value #MAX_DATA_BYTES}
 * bytes are read, {@value #MAX_BARS} bars kept, and labels cut to
 * {@value #MAX_LABEL_LENGTH} characters.
 */
final class ChartDataParser {

    static final int MAX_DATA_BYTES = 256 * 1024;
    static final int MAX_BARS = 200;
    static final int MAX_LABEL_LENGTH = 40;

    private ChartDataParser() {
    }

    /**
     * The chart described by an embed.
     *
     * @throws BadChartDataException when it describes no bar, saying why
     */
    static ChartData parse(byte[] data, Map<String, String> params) throws BadChartDataException {
        String title = clip(params.getOrDefault("title", "").strip(), 2 * MAX_LABEL_LENGTH);
        List<ChartBar> bars = data.length > 0 ? fromCsv(data) : fromValuesParam(params);
        if (bars.isEmpty()) {
            throw new BadChartDataException(data.length > 0 ? "no numbers found in the data" : "no data");
        }
        List<ChartBar> labelled = label(bars, params.getOrDefault("labels", ""));
        int omitted = Math.max(0, labelled.size() - MAX_BARS);
        return new ChartData(title, labelled.subList(0, labelled.size() - omitted), omitted);
    }

    private static List<ChartBar> fromCsv(byte[] data) throws BadChartDataException {
        if (data.length > MAX_DATA_BYTES) {
            throw new BadChartDataException("data too large (" + data.length + " bytes, at most "
                    + MAX_DATA_BYTES + ")");
        }
        String text = new String(data, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<ChartBar> bars = new ArrayList<>();
        boolean firstLine = true;
        for (String line : text.split("\r?\n|\r")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<ChartBar> lineBars = parseLine(trimmed);
            if (lineBars.isEmpty() && !firstLine) {
                throw new BadChartDataException("cannot read line \"" + clip(trimmed, MAX_LABEL_LENGTH) + "\"");
            }
            bars.addAll(lineBars);
            firstLine = false;
            if (bars.size() > MAX_BARS * 2) {
                break; // enough to know some will be left out
            }
        }
        return bars;
    }

    /** The bars on one CSV line; empty when it holds none (a header). */
    private static List<ChartBar> parseLine(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unquote(fields[i].strip());
        }
        List<ChartBar> bars = new ArrayList<>();
        if (fields.length == 1 || fields.length >= 3 && allNumbers(fields)) {
            for (String field : fields) {
                Double value = number(field);
                if (value == null) {
                    return List.of();
                }
                bars.add(new ChartBar("", value));
            }
            return bars;
        }
        Double value = number(fields[1]);
        return value == null ? List.of() : List.of(new ChartBar(clip(fields[0], MAX_LABEL_LENGTH), value));
    }

    private static List<ChartBar> fromValuesParam(Map<String, String> params) throws BadChartDataException {
        String values = params.getOrDefault("values", "").strip();
        if (values.length() > MAX_DATA_BYTES) {
            throw new BadChartDataException("values too long");
        }
        List<ChartBar> bars = new ArrayList<>();
        for (String token : values.split("[,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Double value = number(token);
            if (value == null) {
                throw new BadChartDataException("\"" + clip(token, MAX_LABEL_LENGTH) + "\" is not a number");
            }
            bars.add(new ChartBar("", value));
        }
        return bars;
    }

    /** Gives unlabelled bars the next name from {@code labels}, or their position. */
    private static List<ChartBar> label(List<ChartBar> bars, String labels) {
        String[] names = labels.isBlank() ? new String[0] : labels.split(",", -1);
        List<ChartBar> labelled = new ArrayList<>(bars.size());
        int next = 0;
        for (int i = 0; i < bars.size(); i++) {
            ChartBar bar = bars.get(i);
            if (!bar.label().isEmpty()) {
                labelled.add(bar);
            } else if (next < names.length) {
                labelled.add(new ChartBar(clip(names[next++].strip(), MAX_LABEL_LENGTH), bar.value()));
            } else {
                labelled.add(new ChartBar(Integer.toString(i + 1), bar.value()));
            }
        }
        return labelled;
    }

    private static boolean allNumbers(String[] fields) {
        for (String field : fields) {
            if (number(field) == null) {
                return false;
            }
        }
        return true;
    }

    /** The finite number {@code text} spells, or null. */
    private static Double number(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String unquote(String field) {
        boolean quoted = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"");
        return quoted ? field.substring(1, field.length() - 1).replace("\"\"", "\"").strip() : field;
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
