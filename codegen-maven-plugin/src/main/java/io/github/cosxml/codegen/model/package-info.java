/**
 * The intermediate model between the XSD front end and the Java emitters: small immutable
 * records describing complex types, enums, properties with occurrence and facets, and global
 * elements. Contains no XJC types, so tests can build models by hand.
 */
package io.github.cosxml.codegen.model;
