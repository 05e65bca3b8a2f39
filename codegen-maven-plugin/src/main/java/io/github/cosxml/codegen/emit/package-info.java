/**
 * JavaPoet emitters that turn a {@link io.github.cosxml.codegen.model.SchemaModel} into Java
 * sources; {@link io.github.cosxml.codegen.emit.JavaGenerator} is the entry point.
 *
 * <h2>The generated code</h2>
 * <ul>
 *   <li>One {@code public final} class per complex type, named as the model says. Inherited
 *       properties ({@code xs:extension}) are copied in, base first; classes do not extend each other.</li>
 *   <li>Every property has {@code getX()}. A single value is nullable; a repeated element or an
 *       {@code xs:list} is a never-null unmodifiable {@code List}. An enum-typed property stores the
 *       raw text: {@code getX()} returns the constant (null if unknown), {@code getXAsString()} the
 *       text, so unknown values are read, kept and written back. Lists of enums leave unknown values
 *       out of {@code getX()} and keep them in {@code getXAsString()}.</li>
 *   <li>{@code builder()}, {@code toBuilder()}, a nested {@code Builder} with {@code x(value)},
 *       {@code addX(item)} (lists), {@code xAsString(text)} / {@code addXAsString(text)} (enums) and
 *       {@code build()}; builders do not validate. Value {@code equals}/{@code hashCode}, which
 *       compare {@code xs:decimal} values by value, as the schema does ({@code 1.0} equals {@code 1.00}
 *       and {@code 1E+3} equals {@code 1000}; {@code XmlValues.decimalEquals}), and a
 *       {@code toString} listing every property.</li>
 *   <li>Classes of global elements get {@code fromXml(String|InputStream|Reader [, XmlReadOptions])},
 *       {@code toXml()} and {@code writeXml(OutputStream)}. Every class has {@code readXml(XmlReader)}
 *       and {@code writeXml(XmlWriter, namespace, localName)}, used by generated code.</li>
 *   <li>Reading is lenient by default (unknown elements skipped, any child order, unknown enum values
 *       kept; only malformed XML, unparsable values, a wrong root and exceeded limits fail). Strict
 *       reading also reports unknown elements, order, occurrence and choice violations and missing
 *       required attributes, all at once, each with line, column and element path.</li>
 *   <li>Writing emits UTF-8 with an XML declaration, attributes then elements in schema order; absent
 *       optional values are omitted; a required nillable element that is null becomes
 *       {@code xsi:nil="true"}, and an optional one (or a choice branch) keeps nil in a flag of its
 *       own ({@code isXNil()}); a value of a complex type with attributes that some nillable element
 *       has can be nil itself ({@code isNil()}), keeping the attributes of a nil element, and so can
 *       a value of the class of a nillable global element: {@code fromXml} reads a nil document
 *       as a nil value, never as {@code null}.</li>
 *   <li>{@code validate()} returns every violation (required, minOccurs, maxOccurs, choice,
 *       enumeration, pattern, min/max inclusive/exclusive, length, minLength, maxLength, totalDigits,
 *       fractionDigits, fixed, nillable, datatype) with the property path such as {@code input[0].object}. For an
 *       {@code xs:list} the facets of the list type apply to the whole list (length counts items, a
 *       pattern matches the list's text, an enumeration value is a list) and those of the item type
 *       to each item; for a value kept as text the {@link io.github.cosxml.codegen.model.TextKind}
 *       says what they count (octets of binary data, items of {@code xs:NMTOKENS}), whether bounds
 *       compare a number (an enum of {@code xs:int}) and which lexical form the text must have.
 *       A choice allows at most one branch, and requires one when every branch has {@code minOccurs}
 *       above 0; a group within a branch of another chooses that branch when set, and a required
 *       one is required once the branch is chosen.</li>
 *   <li>One Java enum per enumerated type with {@code value()}, {@code fromValue(String)} (throws
 *       for unknown text, naming the allowed values), {@code fromValueOrNull(String)} and
 *       {@code xmlValues()}, which the reader and {@code validate()} pass along so that their
 *       messages name the allowed values too.</li>
 *   <li>Compiles with {@code --release 8} without warnings and uses only the JDK and
 *       {@code io.github.cosxml.core.xml}. Output is deterministic: files sorted by path, a fixed
 *       header, no timestamps. A class of more than 100 properties has its long expressions and
 *       statement lists cut into private methods of up to 100 items each
 *       ({@code Chunks}), so that javac's default stack and the JVM's
 *       64 KB per method hold for thousands of children.</li>
 * </ul>
 *
 * <p>Not supported (the generator throws {@link java.lang.IllegalArgumentException} naming the
 * type): mixed content (text and child elements), a repeated element of an {@code xs:list} type,
 * two properties of one name (also through extension), cyclic extension, references to types the
 * model does not have. Polymorphism ({@code xsi:type}) is not read or written.
 */
package io.github.cosxml.codegen.emit;
