/**
 * The Maven plugin: the {@code cosxml:generate} goal, its inputs (schema directory, dependency-jar
 * schemas, bindings, packages), the up-to-date check and the writer that touches only changed files.
 */
package io.github.cosxml.codegen.maven;
