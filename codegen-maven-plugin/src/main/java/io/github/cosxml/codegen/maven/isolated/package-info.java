/**
 * The part of the goal that needs XJC: loaded by a class loader of its own, with XJC, and only when
 * the goal has something to generate. Nothing in {@code io.github.cosxml.codegen.maven} refers to it
 * by type.
 */
package io.github.cosxml.codegen.maven.isolated;
