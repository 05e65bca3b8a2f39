package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The classes of {@code cosxml-core}'s XML runtime that generated code calls. */
final class RuntimeTypes {

    static final String PACKAGE = "io.github.cosxml.core.xml";
    static final ClassName XML_READER = ClassName.get(PACKAGE, "XmlReader");
    static final ClassName CHILDREN = ClassName.get(PACKAGE, "XmlReader", "Children");
    static final ClassName XML_CHILDREN = ClassName.get(PACKAGE, "XmlChildren");
    static final ClassName XML_READ_OPTIONS = ClassName.get(PACKAGE, "XmlReadOptions");
    static final ClassName XML_READ_EXCEPTION = ClassName.get(PACKAGE, "XmlReadException");
    static final ClassName XML_WRITER = ClassName.get(PACKAGE, "XmlWriter");
    static final ClassName XML_ELEMENT = ClassName.get(PACKAGE, "XmlElement");
    static final ClassName XML_WILDCARD = ClassName.get(PACKAGE, "XmlWildcard");
    static final ClassName XML_ATTRIBUTE_WILDCARD = ClassName.get(PACKAGE, "XmlAttributeWildcard");
    static final ClassName BUILDER_COLLECTIONS = ClassName.get(PACKAGE, "BuilderCollections");
    static final ClassName XML_VALUES = ClassName.get(PACKAGE, "XmlValues");
    static final ClassName XML_ENUM_VALUES = ClassName.get(PACKAGE, "XmlEnumValues");
    static final ClassName FACET_SET = ClassName.get(PACKAGE, "FacetSet");
    static final ClassName WHITE_SPACE = ClassName.get(PACKAGE, "WhiteSpace");
    static final ClassName TEXT_KIND = ClassName.get(PACKAGE, "TextKind");
    static final ClassName VALIDATION = ClassName.get(PACKAGE, "Validation");
    static final ClassName VALIDATION_RESULT = ClassName.get(PACKAGE, "ValidationResult");

    private RuntimeTypes() {
    }
}
