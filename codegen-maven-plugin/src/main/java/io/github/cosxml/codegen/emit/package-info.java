/**
 * JavaPoet emitters that turn a {@link io.github.cosxml.codegen.model.SchemaModel} into Java
 * sources; {@link io.github.cosxml.codegen.emit.JavaGenerator} is the entry point.
 */
package io.github.cosxml.codegen.emit;
