/**
 * The small XML runtime that generated code calls: secure StAX factories, read options with
 * limits, a reading cursor ({@link io.github.cosxml.core.xml.XmlReader}) and a writing helper
 * ({@link io.github.cosxml.core.xml.XmlWriter}), value parsing and printing
 * ({@link io.github.cosxml.core.xml.XmlValues}), facet validation
 * ({@link io.github.cosxml.core.xml.Validation}) and the CI timestamp adapter
 * ({@link io.github.cosxml.core.xml.CiTimestamp}). Java 8, no dependencies.
 */
package io.github.cosxml.core.xml;
