package minibrowser.tools.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure: reported as the median and the spread (min–max). */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    int count() {
        return values.size();
    }

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    /** The figure as JSON: {@code {"median":…, "min":…, "max":…, "runs":…}}. */
    java.util.Map<String, Object> json() {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        if (values.isEmpty()) return json;
        json.put("median", median());
        json.put("min", min());
        json.put("max", max());
        json.put("runs", count());
        return json;
    }

    /** "12.3 ms (11.0–15.2, n=5)", with {@code decimals} places. */
    String format(String unit, int decimals) {
        if (values.isEmpty()) return "n/a";
        String number = "%." + decimals + "f";
        return String.format(number + " %s (" + number + "–" + number + ", n=%d)", median(), unit, min(), max(), count());
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
