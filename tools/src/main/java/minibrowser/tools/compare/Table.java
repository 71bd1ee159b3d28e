package minibrowser.tools.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minibrowser.common.Language;
import minibrowser.tools.ctl.Json;

/**
 * The rows as a Markdown table (for the README, in the reader's language) or as JSON
 * (for programs; its texts are whatever the rows hold, which {@link Compare} makes English).
 */
final class Table {
    private Table() {}

    /** The table with its first line and headings in {@code language}; the rows are shown as they are. */
    static String markdown(Language language, String machine, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(language.pick("Machine: ", "측정한 컴퓨터: ")).append(machine).append("\n\n");
        out.append(language.pick("| group | what | per-tab | single-process | target | per-tab / target | how measured |\n",
                "| 분류 | 항목 | 탭마다 프로세스 | 단일 프로세스 | 목표 | 탭마다 / 목표 | 측정 방법 |\n"));
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.group())).append(" | ").append(cell(row.what())).append(" | ")
                    .append(cell(row.perTab())).append(" | ").append(cell(row.singleProcess())).append(" | ")
                    .append(cell(row.target())).append(" | ").append(cell(row.ratio())).append(" | ")
                    .append(cell(row.how())).append(" |\n");
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
            if (!row.ratio().isEmpty()) object.put("ratio", row.ratio());
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
