package io.github.cosxml.tests.bench.xml;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an object read by any of the three libraries holds, as plain maps, lists and strings, so
 * that a cosxml object, a JAXB bean and a Jackson-filled JAXB bean can be compared for equality.
 * Properties are the public getters ({@code getX}/{@code isX}); scalars become their text, enums
 * their XML value ({@code value()}), time values their ISO text. cosxml's extra
 * {@code getXAsString()} (the raw text of an enum) is left out: JAXB has no such property.
 */
public final class ValueTree {
    private ValueTree() {
    }

    /** The tree of {@code value}. */
    public static Object of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Enum<?>) {
            return enumValue((Enum<?>) value);
        }
        if (value instanceof List<?>) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(of(item));
            }
            return items;
        }
        return properties(value);
    }

    private static Map<String, Object> properties(Object bean) {
        Map<String, Object> out = new TreeMap<>();
        for (Method m : bean.getClass().getMethods()) {
            String name = propertyName(m);
            if (name != null) {
                out.put(name, of(invoke(m, bean)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no properties in " + bean.getClass().getName() + "; add its type to ValueTree");
        }
        return out;
    }

    private static String propertyName(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        if (n.endsWith("AsString")) {
            return null;
        }
        if (n.startsWith("get") && n.length() > 3) {
            return n.substring(3);
        }
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == Boolean.class || m.getReturnType() == boolean.class)) {
            return n.substring(2);
        }
        return null;
    }

    private static Object enumValue(Enum<?> e) {
        try {
            return String.valueOf(e.getClass().getMethod("value").invoke(e));
        } catch (NoSuchMethodException noValueMethod) {
            return e.name();
        } catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("cannot read " + e.getClass().getName() + ".value()", ex);
        }
    }

    private static Object invoke(Method m, Object bean) {
        try {
            return m.invoke(bean);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot call " + m, e);
        }
    }
}
