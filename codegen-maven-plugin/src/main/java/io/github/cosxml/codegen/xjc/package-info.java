/**
 * The XJC front end: loads XSDs and JAXB binding files with XJC's {@code ModelLoader}, maps XJC's
 * model to cosxml's intermediate model, and the {@code -Xcosxml} XJC plugin.
 */
package io.github.cosxml.codegen.xjc;
