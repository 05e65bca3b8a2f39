package io.github.cosxml.tests.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One corner of a recognised field, as the card OCR APIs write it in {@code <Point>x,y</Point>}
 * (the schema keeps the text; this is its numeric form).
 *
 * @param x the X coordinate in pixels
 * @param y the Y coordinate in pixels
 */
public record CardPoint(int x, int y) {

    /**
     * Parses {@code "553,439"}.
     *
     * @throws IllegalArgumentException if the text is not two integers separated by a comma
     */
    public static CardPoint parse(String text) {
        int comma = text == null ? -1 : text.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("Point '" + text + "' is not 'x,y' (for example 553,439)");
        }
        try {
            return new CardPoint(Integer.parseInt(text.substring(0, comma).trim()),
                    Integer.parseInt(text.substring(comma + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Point '" + text + "' is not 'x,y' with integer x and y", e);
        }
    }

    /** Parses every point of a {@code Location}. */
    public static List<CardPoint> parseAll(List<String> texts) {
        List<CardPoint> points = new ArrayList<>(texts.size());
        for (String text : texts) {
            points.add(parse(text));
        }
        return Collections.unmodifiableList(points);
    }

    @Override
    public String toString() {
        return x + "," + y;
    }
}
