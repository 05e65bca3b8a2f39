package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * Maps simple {@link TypeRef}s to Java types and to the runtime calls that parse and print
 * them. Enum values are stored as their raw text (a {@code String}), so unknown values survive.
 */
final class TypeMapper {

    private static final Map<String, ClassName> BOXED = Map.of(
            "int", ClassName.get(Integer.class), "long", ClassName.get(Long.class),
            "short", ClassName.get(Short.class), "byte", ClassName.get(Byte.class),
            "boolean", ClassName.get(Boolean.class), "double", ClassName.get(Double.class),
            "float", ClassName.get(Float.class), "char", ClassName.get(Character.class));

    /** The type of the attributes of an {@code xs:anyAttribute}. */
    static final TypeName ATTRIBUTE_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(QName.class),
            ClassName.get(String.class));

    private final NameTable names;

    TypeMapper(NameTable names) {
        this.names = names;
    }

    /**
     * The Java type a single value of this (non-list) type is stored as.
     */
    TypeName storedType(TypeRef type) {
        if (type instanceof TypeRef.BuiltinType builtin) {
            return builtinType(builtin.kind());
        }
        if (type instanceof TypeRef.EnumRef) {
            return ClassName.get(String.class);
        }
        if (type instanceof TypeRef.ComplexRef complex) {
            return names.className(complex.name());
        }
        if (type instanceof TypeRef.CustomType custom) {
            return customType(custom.javaType());
        }
        if (type instanceof TypeRef.AnyElement) {
            return RuntimeTypes.XML_ELEMENT;
        }
        if (type instanceof TypeRef.AnyAttributes) {
            return ATTRIBUTE_MAP;
        }
        throw new IllegalArgumentException("a list type has no single stored type: " + type);
    }

    /**
     * A method reference parsing text into the stored type, or null when the text is stored as is.
     */
    CodeBlock parser(TypeRef type) {
        if (type instanceof TypeRef.BuiltinType builtin) {
            String method = parseMethod(builtin.kind());
            return method == null ? null : CodeBlock.of("$T::$N", RuntimeTypes.XML_VALUES, method);
        }
        if (type instanceof TypeRef.CustomType custom) {
            return staticReference(custom.parseMethod());
        }
        if (type instanceof TypeRef.EnumRef) {
            return null;
        }
        throw new IllegalArgumentException("no parser for " + type);
    }

    /**
     * An expression printing {@code value} (an expression of the stored type) as text, null for null.
     */
    CodeBlock print(TypeRef type, CodeBlock value) {
        if (isText(type)) {
            return value;
        }
        if (type instanceof TypeRef.BuiltinType) {
            return CodeBlock.of("$T.print($L)", RuntimeTypes.XML_VALUES, value);
        }
        if (type instanceof TypeRef.CustomType custom) {
            MethodRef method = MethodRef.parse(custom.printMethod());
            return CodeBlock.of("$L == null ? null : $T.$N($L)", value, method.owner(), method.name(), value);
        }
        throw new IllegalArgumentException("no printer for " + type);
    }

    /**
     * Like {@link #print}, for a required single value: a {@code jaxb:javaType} print method is
     * also asked for the text of null ({@code XmlValues.printAbsent}), so a type with a text for
     * "not set" (the CI timestamp's {@code -}) writes it instead of dropping a required element.
     */
    CodeBlock printRequired(TypeRef type, CodeBlock value) {
        if (type instanceof TypeRef.CustomType custom) {
            MethodRef method = MethodRef.parse(custom.printMethod());
            return CodeBlock.of("$L != null ? $T.$N($L) : $L", value, method.owner(), method.name(), value,
                    absentText(custom));
        }
        return print(type, value);
    }

    /** {@code XmlValues.printAbsent(print method)}: the text the type gives for null, if any. */
    static CodeBlock absentText(TypeRef.CustomType custom) {
        return CodeBlock.of("$T.<$T>printAbsent($L)", RuntimeTypes.XML_VALUES, customType(custom.javaType()),
                staticReference(custom.printMethod()));
    }

    /**
     * A method reference printing one item (for {@code XmlValues.printList}).
     */
    static CodeBlock printer(TypeRef type) {
        if (type instanceof TypeRef.CustomType custom) {
            return staticReference(custom.printMethod());
        }
        return CodeBlock.of("$T::print", RuntimeTypes.XML_VALUES);
    }

    /** Whether this is a complex type whose values can be nil themselves ({@link NameTable#canBeNil}). */
    boolean canBeNil(TypeRef type) {
        return type instanceof TypeRef.ComplexRef complex && names.canBeNil(complex.name());
    }

    /** Whether this is a complex type with an attribute that is required even when the element is nil. */
    boolean needsAttributes(TypeRef type) {
        return type instanceof TypeRef.ComplexRef complex && names.hasRequiredAttributes(complex.name());
    }

    /** Whether values of this type are stored as their text (strings, enums, string-like builtins). */
    static boolean isText(TypeRef type) {
        if (type instanceof TypeRef.EnumRef) {
            return true;
        }
        return type instanceof TypeRef.BuiltinType builtin && parseMethod(builtin.kind()) == null;
    }

    private static CodeBlock staticReference(String qualifiedMethod) {
        MethodRef method = MethodRef.parse(qualifiedMethod);
        return CodeBlock.of("$T::$N", method.owner(), method.name());
    }

    private static TypeName customType(String javaType) {
        ClassName boxed = BOXED.get(javaType);
        if (boxed != null) {
            return boxed;
        }
        try {
            return ClassName.bestGuess(javaType);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jaxb:javaType name '" + javaType
                    + "' is not a fully qualified class name (like java.time.OffsetDateTime)", e);
        }
    }

    static TypeName builtinType(Builtin kind) {
        return switch (kind) {
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case SHORT -> ClassName.get(Short.class);
            case BYTE -> ClassName.get(Byte.class);
            case INTEGER -> ClassName.get(BigInteger.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DOUBLE -> ClassName.get(Double.class);
            case FLOAT -> ClassName.get(Float.class);
            case DATE_TIME -> ClassName.get(OffsetDateTime.class);
            case DATE -> ClassName.get(LocalDate.class);
            case TIME -> ClassName.get(OffsetTime.class);
            case STRING, DURATION, BASE64_BINARY, ANY_URI, QNAME -> ClassName.get(String.class);
        };
    }

    private static String parseMethod(Builtin kind) {
        return switch (kind) {
            case INT -> "parseInt";
            case LONG -> "parseLong";
            case SHORT -> "parseShort";
            case BYTE -> "parseByte";
            case INTEGER -> "parseInteger";
            case DECIMAL -> "parseDecimal";
            case BOOLEAN -> "parseBoolean";
            case DOUBLE -> "parseDouble";
            case FLOAT -> "parseFloat";
            case DATE_TIME -> "parseDateTime";
            case DATE -> "parseDate";
            case TIME -> "parseTime";
            case STRING, DURATION, BASE64_BINARY, ANY_URI, QNAME -> null;
        };
    }

    /** A fully qualified static method, split into its class and name. */
    record MethodRef(ClassName owner, String name) {
        static MethodRef parse(String qualified) {
            int dot = qualified.lastIndexOf('.');
            if (dot <= 0 || dot == qualified.length() - 1) {
                throw new IllegalArgumentException("jaxb:javaType method '" + qualified
                        + "' must be a fully qualified static method, like io.github.cosxml.core.xml.CiTimestamp.parse");
            }
            return new MethodRef(ClassName.bestGuess(qualified.substring(0, dot)), qualified.substring(dot + 1));
        }
    }
}
