package io.github.cosxml.core.sign;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of signer inputs: non-ASCII and reserved characters, empty values, many headers. */
final class Generators {
    static final String RESERVED = " !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~-_.";
    static final String TOKEN_SPECIALS = "!#$%&'*+-.^_`|~";

    private Generators() {
    }

    /** One code point: mostly printable ASCII and reserved characters, some Latin-1, CJK, and beyond the BMP. */
    static Arbitrary<String> codePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().with(RESERVED.toCharArray()).map(String::valueOf)),
                Tuple.of(1, Arbitraries.chars().range('\u00a0', '\u00ff').map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().range('\u4e00', '\u9fa5').map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp)))),
                Tuple.of(1, Arbitraries.chars().with('\t', '\u0001', '\u007f', '\u2028').map(String::valueOf)));
    }

    /** Well-formed Unicode text of {@code min} to {@code max} code points. */
    static Arbitrary<String> text(int min, int max) {
        return codePoint().list().ofMinSize(min).ofMaxSize(max).map(parts -> String.join("", parts));
    }

    /** Text whose first and last characters are above U+0020, so that Java's String.trim() keeps it. */
    static Arbitrary<String> untrimmableText(int min, int max) {
        return text(min, max).filter(s -> s.isEmpty() || (s.charAt(0) > ' ' && s.charAt(s.length() - 1) > ' '));
    }

    /** An HTTP token usable as a header name. */
    static Arbitrary<String> headerName() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('-').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> special = Arbitraries.strings().withCharRange('a', 'z')
                .withChars(TOKEN_SPECIALS.toCharArray()).ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> cos = plain.map(s -> "x-cos-" + s);
        Arbitrary<String> ci = plain.map(s -> "X-Ci-" + s);
        Arbitrary<String> known = Arbitraries.of("Host", "Content-Type", "Content-Length", "Content-MD5", "Date",
                "Cache-Control", "Range", "If-Match", "Origin", "Pic-Operations", "User-Agent", "Expires");
        return Arbitraries.oneOf(plain, special, cos, ci, known);
    }

    /** A header value without CR or LF, possibly empty. */
    static Arbitrary<String> headerValue() {
        return text(0, 30).filter(s -> s.indexOf('\r') < 0 && s.indexOf('\n') < 0);
    }

    static Arbitrary<String> method() {
        return Arbitraries.oneOf(Arbitraries.of("GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "patch"),
                Arbitraries.strings().withCharRange('A', 'Z').withChars(TOKEN_SPECIALS.toCharArray()).ofMinLength(1).ofMaxLength(8));
    }

    static Arbitrary<String> path() {
        return text(0, 40).map(s -> "/" + s);
    }

    /** Parameters with distinct canonical names; about one in four has no value, some an empty one. */
    static Arbitrary<List<Tuple.Tuple2<String, String>>> parameters(Arbitrary<String> names, Arbitrary<String> values) {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(1, Arbitraries.just("")), Tuple.of(4, values));
        return Combinators.combine(names, value).as(Tuple::of).list().ofMaxSize(8)
                .uniqueElements(t -> CosUrlEncoder.encodeKey(t.get1()));
    }

    /** Headers with distinct canonical names; up to 24 of them. */
    static Arbitrary<List<Tuple.Tuple2<String, String>>> headers(Arbitrary<String> names, Arbitrary<String> values) {
        return Combinators.combine(names, values).as(Tuple::of).list().ofMaxSize(24)
                .uniqueElements(t -> CosUrlEncoder.encodeKey(t.get1()));
    }

    static SignableRequest request(String method, String path, List<Tuple.Tuple2<String, String>> parameters,
            List<Tuple.Tuple2<String, String>> headers) {
        SignableRequest.Builder b = SignableRequest.builder().method(method).path(path);
        for (Tuple.Tuple2<String, String> p : parameters) {
            b.parameter(p.get1(), p.get2());
        }
        for (Tuple.Tuple2<String, String> h : headers) {
            b.header(h.get1(), h.get2());
        }
        return b.build();
    }

    /** Arbitrary requests: any method token, any path, parameters and headers as above, with or without Host. */
    static Arbitrary<SignableRequest> anyRequests() {
        return Combinators.combine(method(), path(), parameters(text(1, 12), text(0, 20)),
                headers(headerName(), headerValue())).as(Generators::request)
                .withoutEdgeCases(); // combined edge cases outnumber the tries; empty lists and values come up anyway
    }

    /**
     * Arbitrary requests as {@link #anyRequests()}, each with a Host header, as a signer with
     * {@code HeaderPolicy.sdkDefault()} requires: a COS, CI or loopback host unless the headers drawn had one.
     */
    static Arbitrary<SignableRequest> requests() {
        Arbitrary<String> hosts = Arbitraries.of("examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
                "examplebucket-1250000000.ci.ap-beijing.myqcloud.com", "examplebucket-1250000000.pic.ap-beijing.myqcloud.com",
                "127.0.0.1:8080");
        return Combinators.combine(anyRequests(), hosts).as((request, host) -> request.header("host") != null ? request
                : request.toBuilder().header("Host", host).build());
    }
}
