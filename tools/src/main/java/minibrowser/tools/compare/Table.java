package minibrowser.tools.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minibrowser.tools.ctl.Json;

/** The rows as a Markdown table (for the README) or as JSON (for programs). */
final class Table {
    private Table() {}

    static String markdown(String machine, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine).append("\n\n");
        out.append("| group | what | per-tab | single-process | target | how measured |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.group())).append(" | ").append(cell(row.what())).append(" | ")
                    .append(cell(row.perTab())).append(" | ").append(cell(row.singleProcess())).append(" | ")
                    .append(cell(row.target())).append(" | ").append(cell(row.how())).append(" |\n");
        }
        return out.toString();
    }

    static String json(String machine, List<Row> rows) {
        List<Object> array = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("group", row.group());
            object.put("what", row.what());
            object.put("perTab", row.perTab());
            object.put("singleProcess", row.singleProcess());
            object.put("target", row.target());
            object.put("how", row.how());
            object.putAll(row.figures());
            array.add(object);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("machine", machine);
        all.put("rows", array);
        return Json.write(all);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
