package minibrowser.plugin.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Test
    void ticksAreNiceNumbers() {
        AxisScale scale = AxisScale.covering(0, 37, 5);

        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), scale.ticks());
        assertEquals("30", scale.format(30));
    }

    @Test
    void smallStepsGetDecimals() {
        AxisScale scale = AxisScale.covering(0, 0.9, 5);

        assertEquals(0.2, scale.step(), 1e-9);
        assertEquals("0.4", scale.format(0.4));
    }

    @Test
    void negativeRangeAndFlatData() {
        assertEquals(-20, AxisScale.covering(-17, 5, 5).low(), 1e-9);
        assertEquals(1, AxisScale.covering(0, 0, 5).high(), 1e-9);
    }
}
