package org.pactum.server.corridors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of the world's countries for the corridor map, drawn on the server as SVG paths so
 * that the map needs no script and no network. Geometry: Natural Earth 1:110m admin-0 countries
 * (public domain) as packaged in the npm package {@code world-atlas} 2.0.2 (ISC licence), shipped in
 * {@code corridors/countries-110m.json}; see ADR 0009. Features carry ISO 3166-1 numeric codes;
 * three without one (N. Cyprus, Somaliland, Kosovo) are drawn in grey and never coloured.
 * Projection: equirectangular, longitude -180..180 by latitude 84..-60 (Antarctica left out).
 */
@Component
public class WorldMap {

    /** Width and height of the drawing in SVG units. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 384;
    private static final double SCALE = WIDTH / 360.0;
    private static final double NORTH = 84;

    /** One country's outline: its ISO 3166-1 numeric code (empty when it has none), name and SVG path. */
    public record Shape(String numericCode, String name, String path) {
    }

    private final List<Shape> shapes;

    WorldMap(JsonMapper json) {
        try (InputStream in = WorldMap.class.getResourceAsStream("/corridors/countries-110m.json")) {
            if (in == null) {
                throw new IllegalStateException("corridors/countries-110m.json is missing from the application");
            }
            this.shapes = decode(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** Decodes a quantized TopoJSON topology (arcs delta-encoded, shared between neighbours). */
    static List<Shape> decode(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[][] points = new double[arc.size()][2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i][0] = x * sx + tx;
                points[i][1] = y * sy + ty;
            }
            arcs.add(points);
        }
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get("countries").get("geometries")) {
            String id = geometry.has("id") ? geometry.get("id").asString() : "";
            if (id.equals("010")) {
                continue; // Antarctica: no corridors, and it would fill the bottom of the map
            }
            String name = geometry.path("properties").path("name").asString("");
            StringBuilder path = new StringBuilder();
            String type = geometry.get("type").asString();
            if (type.equals("Polygon")) {
                polygon(geometry.get("arcs"), arcs, path);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.get("arcs")) {
                    polygon(polygon, arcs, path);
                }
            }
            if (!path.isEmpty()) {
                shapes.add(new Shape(id, name, path.toString()));
            }
        }
        return List.copyOf(shapes);
    }

    private static void polygon(JsonNode rings, List<double[][]> arcs, StringBuilder path) {
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] arc = i >= 0 ? arcs.get(i) : reversed(arcs.get(~i));
                for (int p = points.isEmpty() ? 0 : 1; p < arc.length; p++) {
                    points.add(arc[p]);
                }
            }
            ring(points, path);
        }
    }

    private static double[][] reversed(double[][] arc) {
        double[][] copy = new double[arc.length][];
        for (int i = 0; i < arc.length; i++) {
            copy[i] = arc[arc.length - 1 - i];
        }
        return copy;
    }

    /** Writes one ring; a ring crossing the antimeridian is unwrapped so it never streaks across the map. */
    private static void ring(List<double[]> points, StringBuilder path) {
        double shift = 0;
        double previous = Double.NaN;
        for (int i = 0; i < points.size(); i++) {
            double lon = points.get(i)[0];
            if (!Double.isNaN(previous)) {
                if (lon + shift - previous > 180) {
                    shift -= 360;
                } else if (lon + shift - previous < -180) {
                    shift += 360;
                }
            }
            previous = lon + shift;
            double x = (previous + 180) * SCALE;
            double y = (NORTH - points.get(i)[1]) * SCALE;
            path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        path.append('Z');
    }
}
