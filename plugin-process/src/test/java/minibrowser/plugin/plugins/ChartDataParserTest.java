package minibrowser.plugin.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartDataParserTest {

    private static ChartData parse(String csv, Map<String, String> params) throws BadChartDataException {
        return ChartDataParser.parse(csv.getBytes(StandardCharsets.UTF_8), params);
    }

    @Test
    void labelValueLinesWithHeaderCommentsAndQuotes() throws Exception {
        ChartData chart = parse("\uFEFFname,score\n# comment\n\"Ann\",3\r\nBob, 4.5 \n\n", Map.of("title", "T"));

        assertEquals(List.of(new ChartBar("Ann", 3), new ChartBar("Bob", 4.5)), chart.bars());
        assertEquals("T", chart.title());
    }

    @Test
    void plainNumbersAreNumberedOrNamedByTheLabelsParam() throws Exception {
        assertEquals(List.of(new ChartBar("1", 7), new ChartBar("2", 8)), parse("7\n8", Map.of()).bars());
        assertEquals(List.of(new ChartBar("x", 7), new ChartBar("2", 8)),
                parse("7\n8", Map.of("labels", "x")).bars());
        assertEquals(3, parse("1,2,3", Map.of()).bars().size());
    }

    @Test
    void valuesParamIsUsedWhenThereIsNoData() throws Exception {
        ChartData chart = ChartDataParser.parse(new byte[0], Map.of("values", "1, 2 3", "labels", "a,b,c"));

        assertEquals(List.of(new ChartBar("a", 1), new ChartBar("b", 2), new ChartBar("c", 3)), chart.bars());
    }

    @Test
    void barsAreBounded() throws Exception {
        ChartData chart = parse("1\n".repeat(1000), Map.of());

        assertEquals(ChartDataParser.MAX_BARS, chart.bars().size());
        assertTrue(chart.omittedBars() > 0);
    }

    @Test
    void badDataSaysWhy() {
        BadChartDataException bad = assertThrows(BadChartDataException.class, () -> parse("a,1\nb,x", Map.of()));
        assertEquals("cannot read line \"b,x\"", bad.getMessage());
        assertThrows(BadChartDataException.class, () -> parse("only,header", Map.of()));
        assertThrows(BadChartDataException.class, () -> parse("1e999", Map.of()));
        assertThrows(BadChartDataException.class, () -> ChartDataParser.parse(new byte[0], Map.of()));
        assertThrows(BadChartDataException.class,
                () -> ChartDataParser.parse(new byte[ChartDataParser.MAX_DATA_BYTES + 1], Map.of()));
    }
}
