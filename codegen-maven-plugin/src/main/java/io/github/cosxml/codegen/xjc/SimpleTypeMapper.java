package io.github.cosxml.codegen.xjc;

import com.sun.tools.xjc.model.CEnumLeafInfo;
import com.sun.tools.xjc.reader.xmlschema.bindinfo.BIConversion;
import com.sun.tools.xjc.reader.xmlschema.bindinfo.BindInfo;
import com.sun.xml.xsom.XSSimpleType;
import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.TypeRef;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/** Maps an XSD simple type to the model's {@link TypeRef}. */
final class SimpleTypeMapper {
    private static final Map<String, Builtin> BUILTINS = Map.ofEntries(
            Map.entry("int", Builtin.INT), Map.entry("unsignedShort", Builtin.INT),
            Map.entry("long", Builtin.LONG), Map.entry("unsignedInt", Builtin.LONG),
            Map.entry("short", Builtin.SHORT), Map.entry("unsignedByte", Builtin.SHORT),
            Map.entry("byte", Builtin.BYTE),
            Map.entry("integer", Builtin.INTEGER), Map.entry("nonNegativeInteger", Builtin.INTEGER),
            Map.entry("positiveInteger", Builtin.INTEGER), Map.entry("nonPositiveInteger", Builtin.INTEGER),
            Map.entry("negativeInteger", Builtin.INTEGER), Map.entry("unsignedLong", Builtin.INTEGER),
            Map.entry("decimal", Builtin.DECIMAL), Map.entry("boolean", Builtin.BOOLEAN),
            Map.entry("double", Builtin.DOUBLE), Map.entry("float", Builtin.FLOAT),
            Map.entry("dateTime", Builtin.DATE_TIME), Map.entry("date", Builtin.DATE), Map.entry("time", Builtin.TIME),
            Map.entry("duration", Builtin.DURATION), Map.entry("base64Binary", Builtin.BASE64_BINARY),
            Map.entry("anyURI", Builtin.ANY_URI), Map.entry("QName", Builtin.QNAME));

    private final Map<XSSimpleType, CEnumLeafInfo> enums;
    private final JavaNames names;

    SimpleTypeMapper(Map<XSSimpleType, CEnumLeafInfo> enums, JavaNames names) {
        this.enums = enums;
        this.names = names;
    }

    /** The type of a value of the given simple type. */
    TypeRef map(XSSimpleType type) throws SchemaException {
        for (XSSimpleType step = type; step != null; step = step.getSimpleBaseType()) {
            TypeRef custom = javaTypeCustomisation(step);
            if (custom != null) {
                return custom;
            }
            CEnumLeafInfo enumInfo = enums.get(step);
            if (enumInfo != null) {
                return new TypeRef.EnumRef(names.of(enumInfo));
            }
            if (FacetCollector.isBuiltin(step)) {
                return builtin(step);
            }
            if (step.isList()) {
                TypeRef item = map(step.asList().getItemType());
                if (item instanceof TypeRef.ListType) {
                    throw new SchemaException(Unsupported.construct(type, "xs:list of a list type",
                            "use a list of a simple atomic type"));
                }
                return new TypeRef.ListType(item);
            }
            if (step.isUnion()) {
                return TypeRef.builtin(Builtin.STRING);
            }
        }
        return TypeRef.builtin(Builtin.STRING);
    }

    private static TypeRef builtin(XSSimpleType type) {
        Builtin kind = BUILTINS.get(type.getName());
        return TypeRef.builtin(kind == null ? Builtin.STRING : kind);
    }

    /** A {@code jaxb:javaType} on the simple type itself, as parse/print static methods. */
    private static TypeRef javaTypeCustomisation(XSSimpleType type) throws SchemaException {
        if (type.getAnnotation() == null || !(type.getAnnotation().getAnnotation() instanceof BindInfo info)) {
            return null;
        }
        BIConversion conversion = info.get(BIConversion.class);
        if (!(conversion instanceof BIConversion.User user)) {
            return null;
        }
        String javaType = privateField(user, "type");
        String parse = privateField(user, "parseMethod");
        String print = privateField(user, "printMethod");
        if (javaType == null || parse == null || print == null) {
            throw new SchemaException(SchemaProblem.at(user.getLocation(),
                    "jaxb:javaType needs name, parseMethod and printMethod for cosxml-codegen"
                            + " (give both methods as static methods, e.g. parseMethod=\"com.example.Times.parse\")"));
        }
        return new TypeRef.CustomType(javaType, qualify(javaType, parse), qualify(javaType, print));
    }

    private static String qualify(String javaType, String method) {
        return method.contains(".") ? method : javaType + "." + method;
    }

    // XJC keeps the javaType attributes private and offers no getter; the version is pinned.
    private static String privateField(BIConversion.User user, String name) {
        try {
            Field field = BIConversion.User.class.getDeclaredField(name);
            field.setAccessible(true);
            Object value = field.get(user);
            return value == null ? null : value.toString().strip();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this XJC version hides jaxb:javaType's " + name, e);
        }
    }

    static List<String> builtinNames() {
        return BUILTINS.keySet().stream().sorted().toList();
    }
}
