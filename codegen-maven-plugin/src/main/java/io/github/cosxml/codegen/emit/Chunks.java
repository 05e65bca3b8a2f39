package io.github.cosxml.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The code of a large class, cut into chunks. javac attributes a chain of calls, of {@code &&} or of
 * {@code +} by recursion, a level per link, and its default stack overflows at about a thousand links;
 * and the JVM takes at most 64 KB of bytecode in a method, the static initializer's too. So in a class
 * with more than {@link #SIZE} properties, every such chain and every list of statements that grows
 * with the properties is cut into chunks of at most {@link #SIZE} items, each in a private method of
 * its own, which the original expression or method calls. A smaller class keeps its single
 * expressions and methods, as they were generated before.
 *
 * <p>The emitters name these methods after what they do, with a number for a chunk ({@code children},
 * {@code children0}, {@code equals0}); no property's method is so named, as those start with
 * {@code get}, {@code is} or {@code has}, and none of the fixed API is.
 */
final class Chunks {
    /** The most items in one chunk; and a class with more properties than this is large. */
    static final int SIZE = 100;

    private final List<MethodSpec> methods = new ArrayList<>();

    /**
     * Whether a class is large: one that has its chains and long statement lists cut into chunks.
     *
     * @param plan the class
     * @return true if it has more than {@link #SIZE} properties
     */
    static boolean large(ClassPlan plan) {
        return plan.properties().size() > SIZE;
    }

    /**
     * The items in consecutive chunks of at most {@link #SIZE}.
     *
     * @param items the items
     * @return the chunks
     */
    static <T> List<List<T>> of(List<T> items) {
        return of(items, item -> 1);
    }

    /**
     * The items in consecutive chunks that weigh at most {@link #SIZE} together; an item that weighs more
     * is a chunk of its own.
     *
     * @param items the items
     * @param weight how many items one counts as, at least 1
     * @return the chunks
     */
    static <T> List<List<T>> of(List<T> items, ToIntFunction<T> weight) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> chunk = new ArrayList<>();
        int total = 0;
        for (T item : items) {
            int itemWeight = weight.applyAsInt(item);
            if (!chunk.isEmpty() && total + itemWeight > SIZE) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                total = 0;
            }
            chunk.add(item);
            total += itemWeight;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * Puts statements in private {@code void} methods, a chunk each, named {@code name} and a number
     * from 0; they are kept for {@link #methods()}.
     *
     * @param name the methods' name before the number
     * @param statements the statements; empty ones are left out
     * @param isStatic whether the methods are static
     * @param parameters the methods' parameters, which the calls pass by the same names
     * @return the statements that call the methods in order
     */
    CodeBlock statements(String name, List<CodeBlock> statements, boolean isStatic, List<ParameterSpec> parameters) {
        List<CodeBlock> bodies = of(statements.stream().filter(s -> !s.isEmpty()).toList()).stream()
                .map(chunk -> CodeBlock.join(chunk, "")).toList();
        return bodies(name, bodies, isStatic, parameters);
    }

    /**
     * Puts each body, code the caller made of one chunk, in a private {@code void} method of its own, named
     * {@code name} and a number from 0; they are kept for {@link #methods()}.
     *
     * @param name the methods' name before the number
     * @param bodies the methods' code, in order
     * @param isStatic whether the methods are static
     * @param parameters the methods' parameters, which the calls pass by the same names
     * @return the statements that call the methods in order
     */
    CodeBlock bodies(String name, List<CodeBlock> bodies, boolean isStatic, List<ParameterSpec> parameters) {
        CodeBlock arguments = CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int i = 0; i < bodies.size(); i++) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(name + i)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameters(parameters)
                    .addCode(bodies.get(i));
            if (isStatic) {
                method.addModifiers(Modifier.STATIC);
            }
            methods.add(method.build());
            calls.addStatement("$N($L)", name + i, arguments);
        }
        return calls.build();
    }

    /**
     * Puts the parts of one expression in private methods, a chunk each, that return their parts joined;
     * they are kept for {@link #methods()}. The methods are named {@code name} and a number from 0.
     *
     * @param name the methods' name before the number
     * @param returns the type a method returns
     * @param parts the parts
     * @param separator what joins two parts, as {@link CodeBlock#join} takes it
     * @param expression what a method returns, of its parts joined
     * @param parameters the methods' parameters, which the calls pass by the same names
     * @return the calls of the methods in order, to join as the parts were
     */
    List<CodeBlock> expressions(String name, TypeName returns, List<CodeBlock> parts, String separator,
            UnaryOperator<CodeBlock> expression, List<ParameterSpec> parameters) {
        CodeBlock arguments = CodeBlock.join(parameters.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
        List<CodeBlock> calls = new ArrayList<>();
        List<List<CodeBlock>> chunks = of(parts);
        for (int i = 0; i < chunks.size(); i++) {
            methods.add(MethodSpec.methodBuilder(name + i)
                    .addModifiers(Modifier.PRIVATE)
                    .returns(returns)
                    .addParameters(parameters)
                    .addStatement("return $L", expression.apply(CodeBlock.join(chunks.get(i), separator)))
                    .build());
            calls.add(CodeBlock.of("$N($L)", name + i, arguments));
        }
        return calls;
    }

    /**
     * Puts a constant's initializer in a private static method {@code name()}, which makes a value, has
     * methods of the chunks of the statements fill it (as {@link #statements} does) and returns a result
     * of it; it is kept for {@link #methods()} before the chunks' methods.
     *
     * @param name the method's name, and the chunks' methods' before their number
     * @param returns what the method returns
     * @param value the value: the method's local variable and the chunks' methods' parameter
     * @param create the expression that makes the value
     * @param statements the statements that fill the value, by its name
     * @param result what the method returns, of the value
     * @return the call of the method, for the constant's initializer
     */
    CodeBlock initializer(String name, TypeName returns, ParameterSpec value, CodeBlock create,
            List<CodeBlock> statements, CodeBlock result) {
        return filled(name, true, returns, value, create, statements, result);
    }

    /**
     * As {@link #initializer}, but the methods are instance methods, so that the statements can read the
     * instance's fields: for a value made of many fields.
     *
     * @param name the method's name, and the chunks' methods' before their number
     * @param returns what the method returns
     * @param value the value: the method's local variable and the chunks' methods' parameter
     * @param create the expression that makes the value
     * @param statements the statements that fill the value, by its name
     * @param result what the method returns, of the value
     * @return the call of the method
     */
    CodeBlock valueOfFields(String name, TypeName returns, ParameterSpec value, CodeBlock create, List<CodeBlock> statements,
            CodeBlock result) {
        return filled(name, false, returns, value, create, statements, result);
    }

    private CodeBlock filled(String name, boolean isStatic, TypeName returns, ParameterSpec value, CodeBlock create,
            List<CodeBlock> statements, CodeBlock result) {
        int at = methods.size();
        CodeBlock fill = statements(name, statements, isStatic, List.of(value));
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE);
        if (isStatic) {
            method.addModifiers(Modifier.STATIC);
        }
        methods.add(at, method.returns(returns)
                .addStatement("$T $N = $L", value.type(), value, create)
                .addCode(fill)
                .addStatement("return $L", result)
                .build());
        return CodeBlock.of("$N()", name);
    }

    /**
     * Keeps a method the caller made, after those made so far.
     *
     * @param method the method
     */
    void add(MethodSpec method) {
        methods.add(method);
    }

    /**
     * The methods made so far, in order, for the class after the method that calls them.
     *
     * @return the methods
     */
    List<MethodSpec> methods() {
        return List.copyOf(methods);
    }
}
