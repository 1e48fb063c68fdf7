package org.pactum.server.corridors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The map's outlines land where the countries are: checked against their coordinates by hand. */
class WorldMapTest {

    private static final List<WorldMap.Shape> SHAPES = new WorldMap(JsonMapper.builder().build()).shapes();

    /** The bounding box {minX, minY, maxX, maxY} of a shape's path. */
    private static double[] box(String numericCode) {
        WorldMap.Shape shape = SHAPES.stream().filter(s -> s.numericCode().equals(numericCode)).findFirst().orElseThrow();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Arrays.stream(shape.path().split("[MLZ]")).filter(s -> !s.isBlank()).forEach(point -> {
            String[] xy = point.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        });
        return box;
    }

    @Test
    void spainIsWhereSpainIs() {
        // mainland Spain spans about 9.3 W to 3.3 E and 36.0 N to 43.8 N (the Canaries reach 18.2 W, 27.6 N);
        // x = (lon + 180) * 960 / 360, y = (84 - lat) * 960 / 360
        double[] spain = box("724");
        assertThat(spain[2]).isBetween((180 + 3.0) * 960 / 360, (180 + 4.5) * 960 / 360);
        assertThat(spain[1]).isBetween((84 - 44.0) * 960 / 360, (84 - 43.3) * 960 / 360);
        assertThat(spain[0]).isLessThan((180 - 9.0) * 960 / 360);
    }

    @Test
    void everyCountryButAntarcticaIsDrawnAndRussiaDoesNotStreakAcrossTheMap() {
        assertThat(SHAPES).hasSize(176);
        assertThat(SHAPES).noneMatch(s -> s.numericCode().equals("010"));
        assertThat(SHAPES.stream().filter(s -> s.numericCode().isEmpty()).map(WorldMap.Shape::name))
                .containsExactlyInAnyOrder("N. Cyprus", "Somaliland", "Kosovo");
        // no edge of any outline jumps across half the map (what an antimeridian crossing drawn naively does)
        for (WorldMap.Shape shape : SHAPES) {
            for (String ring : shape.path().split("Z")) {
                double previous = Double.NaN;
                for (String point : ring.split("[ML]")) {
                    if (point.isBlank()) {
                        continue;
                    }
                    double x = Double.parseDouble(point.split(",")[0]);
                    assertThat(Double.isNaN(previous) || Math.abs(x - previous) < 480).as(shape.name()).isTrue();
                    previous = x;
                }
            }
        }
        // Russia reaches the Baltic at Kaliningrad (about 19.6 E) and crosses 180 E
        double[] russia = box("643");
        assertThat(russia[2]).isGreaterThanOrEqualTo(960 - 1);
    }
}
