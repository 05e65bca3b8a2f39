package io.github.cosxml.codegen.pipeline;

import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.testing.GeneratedCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of generated classes, driven by the intermediate model: every property gets
 * values its facets allow (so the written XML is schema-valid), optional ones are sometimes absent,
 * lists have allowed sizes (with null, nil, items where the element is nillable), exactly one branch
 * of each choice is set, and instances are built through the generated builders by reflection.
 */
final class ModelArbitraries {
    /** Generators for patterns, which are not derived from the regular expression. */
    private static final Map<String, Arbitrary<String>> PATTERNS = Map.of(
            "[A-Z]{2}[0-9]{2}", Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                    Arbitraries.strings().numeric().ofLength(2)).as(String::concat),
            "[A-Z]{3}", Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
            "[A-Z]{2}( [0-9]{2})*", Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                    Arbitraries.strings().numeric().ofLength(2).list().ofMaxSize(3))
                    .as((letters, numbers) -> letters + numbers.stream().map(n -> " " + n).reduce("", String::concat)));

    private final GeneratedCode classes;
    private final Map<String, Arbitrary<?>> overrides;
    private final Map<JavaName, ComplexTypeModel> types = new HashMap<>();

    /**
     * @param overrides value generators by {@code SimpleClassName.property}, for types whose lexical
     *     rules the model does not carry (for example {@code xs:language})
     */
    ModelArbitraries(SchemaModel model, GeneratedCode classes, Map<String, Arbitrary<?>> overrides) {
        this.classes = classes;
        this.overrides = overrides;
        model.types().forEach(t -> types.put(t.name(), t));
    }

    Arbitrary<Object> of(JavaName type) {
        ComplexTypeModel complex = types.get(type);
        if (complex == null) {
            throw new IllegalArgumentException("no complex type " + type);
        }
        List<PropertyModel> properties = allProperties(complex);
        Map<Integer, List<PropertyModel>> choices = new LinkedHashMap<>();
        List<Arbitrary<Map<String, Object>>> parts = new ArrayList<>();
        for (PropertyModel property : properties) {
            if (property.choiceGroup() != null) {
                choices.computeIfAbsent(property.choiceGroup(), g -> new ArrayList<>()).add(property);
            } else {
                parts.add(value(type, property).map(v -> single(property.javaName(), v)));
            }
        }
        for (List<PropertyModel> choice : choices.values()) {
            // a branch is one element, or the elements of a sequence in the choice, set together
            Map<Object, List<PropertyModel>> branches = new LinkedHashMap<>();
            for (PropertyModel property : choice) {
                Object key = property.choiceBranch() != null ? property.choiceBranch() : property.javaName();
                branches.computeIfAbsent(key, k -> new ArrayList<>()).add(property);
            }
            List<Arbitrary<Map<String, Object>>> options = new ArrayList<>();
            for (List<PropertyModel> branch : branches.values()) {
                options.add(branch(type, branch));
            }
            parts.add(Arbitraries.oneOf(options));
        }
        Arbitrary<Map<String, Object>> values = Arbitraries.just(Map.of());
        for (Arbitrary<Map<String, Object>> part : parts) {
            values = Combinators.combine(values, part).as(ModelArbitraries::merge);
        }
        return values.map(v -> build(type, v));
    }

    /** The values of a chosen branch: a lone element is set; a sequence's elements as they occur. */
    private Arbitrary<Map<String, Object>> branch(JavaName type, List<PropertyModel> branch) {
        if (branch.size() == 1) {
            PropertyModel only = branch.get(0);
            return required(type, only).map(v -> single(only.javaName(), v));
        }
        Arbitrary<Map<String, Object>> values = Arbitraries.just(Map.of());
        for (PropertyModel property : branch) {
            Arbitrary<Object> value = property.isRequired() ? required(type, property) : value(type, property);
            values = Combinators.combine(values, value.map(v -> single(property.javaName(), v)))
                    .as(ModelArbitraries::merge);
        }
        return values;
    }

    private List<PropertyModel> allProperties(ComplexTypeModel type) {
        List<PropertyModel> all = new ArrayList<>();
        if (type.baseType() != null) {
            all.addAll(allProperties(types.get(type.baseType())));
        }
        all.addAll(type.properties());
        return all;
    }

    /** The value of a property, {@code null} for absent; a list for repeated properties. */
    private Arbitrary<Object> value(JavaName owner, PropertyModel property) {
        if (property.isRepeated()) {
            int max = property.maxOccurs() == PropertyModel.UNBOUNDED ? Math.max(property.minOccurs(), 3)
                    : Math.min(property.maxOccurs(), Math.max(property.minOccurs(), 3));
            return items(owner, property).list().ofMinSize(property.minOccurs()).ofMaxSize(max).map(l -> (Object) l);
        }
        Arbitrary<Object> single = item(owner, property);
        return property.isRequired() ? single : single.injectNull(0.3);
    }

    private Arbitrary<Object> required(JavaName owner, PropertyModel property) {
        return property.isRepeated() ? items(owner, property).list().ofMinSize(1).ofMaxSize(3).map(l -> (Object) l)
                : item(owner, property);
    }

    /**
     * One item of a repeated property, sometimes nil where the element is nillable: a nil value with
     * its attributes where the type has them ({@code isNil()}), else null.
     */
    private Arbitrary<Object> items(JavaName owner, PropertyModel property) {
        boolean nilAllowed = property.nillable() && property.facets().fixedValue() == null;
        if (nilAllowed && canBeNil(property.type())) {
            return Arbitraries.frequencyOf(Tuple.of(3, item(owner, property)),
                    Tuple.of(1, item(owner, property).map(ModelArbitraries::nil)));
        }
        return nilAllowed ? item(owner, property).injectNull(0.25) : item(owner, property);
    }

    private boolean canBeNil(TypeRef type) {
        return type instanceof TypeRef.ComplexRef complex
                && Arrays.stream(classes.load(complex.name().qualifiedName()).getMethods())
                        .anyMatch(m -> m.getName().equals("isNil") && m.getParameterCount() == 0);
    }

    /** The value made nil: its attributes kept, its content removed. */
    private static Object nil(Object value) {
        return GeneratedCode.build(GeneratedCode.set(GeneratedCode.invoke(value, "toBuilder"), "nil", true));
    }

    @SuppressWarnings("unchecked")
    private Arbitrary<Object> item(JavaName owner, PropertyModel property) {
        Arbitrary<?> override = overrides.get(owner.simpleName() + "." + property.javaName());
        if (override != null) {
            return (Arbitrary<Object>) override;
        }
        return simpleOrComplex(property.type(), property.facets());
    }

    private Arbitrary<Object> simpleOrComplex(TypeRef type, Facets facets) {
        if (type instanceof TypeRef.ComplexRef complex) {
            return of(complex.name());
        }
        if (type instanceof TypeRef.EnumRef enumRef) {
            Object[] constants = classes.load(enumRef.name().qualifiedName()).getEnumConstants();
            return Arbitraries.of(constants);
        }
        if (type instanceof TypeRef.ListType list) {
            // a list type without facets of its own may have no items: the element or attribute is present, empty
            return simpleOrComplex(list.item(), list.itemFacets()).list().ofMinSize(facets.isEmpty() ? 0 : 1)
                    .ofMaxSize(4).map(l -> (Object) l);
        }
        if (type instanceof TypeRef.CustomType custom && custom.javaType().equals("java.time.OffsetDateTime")) {
            return offsetDateTimes().map(t -> (Object) t);
        }
        if (type instanceof TypeRef.BuiltinType builtin) {
            return builtin(builtin.kind(), facets).map(v -> (Object) v);
        }
        throw new IllegalArgumentException("no generator for " + type);
    }

    private static Arbitrary<?> builtin(Builtin kind, Facets facets) {
        if (facets.fixedValue() != null) {
            return Arbitraries.just(facets.fixedValue()).map(parser(kind));
        }
        if (!facets.enumeration().isEmpty()) {
            return Arbitraries.of(facets.enumeration()).map(parser(kind));
        }
        return switch (kind) {
            case STRING -> strings(facets);
            case ANY_URI -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                    .map(s -> "https://example.com/" + s);
            case INT -> integers(facets, Integer.MIN_VALUE, Integer.MAX_VALUE).map(BigInteger::intValueExact);
            case LONG -> integers(facets, Long.MIN_VALUE, Long.MAX_VALUE).map(BigInteger::longValueExact);
            case SHORT -> integers(facets, Short.MIN_VALUE, Short.MAX_VALUE).map(BigInteger::shortValueExact);
            case BYTE -> integers(facets, Byte.MIN_VALUE, Byte.MAX_VALUE).map(BigInteger::byteValueExact);
            case INTEGER -> Arbitraries.bigIntegers().between(new BigInteger("-99999999999999999999"),
                    new BigInteger("99999999999999999999"));
            case DECIMAL -> decimals(facets);
            case BOOLEAN -> Arbitraries.of(true, false);
            case DOUBLE -> Arbitraries.doubles().between(-1e12, 1e12);
            case FLOAT -> Arbitraries.floats().between(-1e6f, 1e6f);
            case DATE_TIME -> offsetDateTimes();
            case DATE -> Arbitraries.integers().between(-40000, 40000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
            default -> throw new IllegalArgumentException("no generator for " + kind);
        };
    }

    /** Strings with characters XML must escape and non-ASCII ones; no whitespace, which xs:token would collapse. */
    private static Arbitrary<String> strings(Facets facets) {
        if (!facets.patterns().isEmpty()) {
            Arbitrary<String> pattern = PATTERNS.get(facets.patterns().get(0));
            if (pattern == null) {
                throw new IllegalArgumentException("add a generator for pattern " + facets.patterns().get(0));
            }
            return pattern;
        }
        int min = facets.length() != null ? facets.length() : facets.minLength() != null ? facets.minLength() : 1;
        int max = facets.length() != null ? facets.length() : facets.maxLength() != null ? facets.maxLength() : 12;
        return Arbitraries.strings().alpha().numeric().withChars('<', '>', '&', '"', '\'', 'é', '中', '-')
                .ofMinLength(Math.max(min, 1)).ofMaxLength(max);
    }

    private static Arbitrary<BigInteger> integers(Facets facets, long typeMin, long typeMax) {
        BigInteger min = BigInteger.valueOf(typeMin);
        BigInteger max = BigInteger.valueOf(typeMax);
        if (facets.minInclusive() != null) {
            min = min.max(facets.minInclusive().toBigIntegerExact());
        }
        if (facets.minExclusive() != null) {
            min = min.max(facets.minExclusive().toBigIntegerExact().add(BigInteger.ONE));
        }
        if (facets.maxInclusive() != null) {
            max = max.min(facets.maxInclusive().toBigIntegerExact());
        }
        if (facets.maxExclusive() != null) {
            max = max.min(facets.maxExclusive().toBigIntegerExact().subtract(BigInteger.ONE));
        }
        return Arbitraries.bigIntegers().between(min, max);
    }

    private static Arbitrary<BigDecimal> decimals(Facets facets) {
        int digits = facets.totalDigits() == null ? 12 : facets.totalDigits();
        int scale = facets.fractionDigits() == null ? 3 : Math.min(3, facets.fractionDigits());
        BigInteger limit = BigInteger.TEN.pow(digits).subtract(BigInteger.ONE);
        Arbitrary<BigDecimal> values = Combinators.combine(Arbitraries.bigIntegers().between(limit.negate(), limit),
                Arbitraries.integers().between(0, scale)).as(BigDecimal::new);
        return values.filter(v -> (facets.minExclusive() == null || v.compareTo(facets.minExclusive()) > 0)
                && (facets.maxExclusive() == null || v.compareTo(facets.maxExclusive()) < 0)
                && (facets.minInclusive() == null || v.compareTo(facets.minInclusive()) >= 0)
                && (facets.maxInclusive() == null || v.compareTo(facets.maxInclusive()) <= 0));
    }

    private static Arbitrary<OffsetDateTime> offsetDateTimes() {
        return Combinators.combine(Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L),
                        Arbitraries.integers().between(-12, 14))
                .as((seconds, hours) -> OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC),
                        ZoneOffset.ofHours(hours)));
    }

    private static Function<String, Object> parser(Builtin kind) {
        return switch (kind) {
            case INT -> Integer::valueOf;
            case LONG -> Long::valueOf;
            case SHORT -> Short::valueOf;
            case BYTE -> Byte::valueOf;
            case INTEGER -> BigInteger::new;
            case DECIMAL -> BigDecimal::new;
            default -> s -> s;
        };
    }

    private Object build(JavaName type, Map<String, Object> values) {
        try {
            Class<?> clazz = classes.load(type.qualifiedName());
            Object builder = clazz.getMethod("builder").invoke(null);
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                if (entry.getValue() != null) {
                    setter(builder.getClass(), entry.getKey(), entry.getValue()).invoke(builder, entry.getValue());
                }
            }
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building " + type + " from " + values + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated builder of " + type + " does not follow the contract", e);
        }
    }

    private static Method setter(Class<?> builder, String property, Object value) throws NoSuchMethodException {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(property) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isInstance(value)) {
                return method;
            }
        }
        throw new NoSuchMethodException(builder.getName() + "." + property + "(" + value.getClass().getName() + ")");
    }

    private static Map<String, Object> single(String name, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(name, value);
        return map;
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> merged = new LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
