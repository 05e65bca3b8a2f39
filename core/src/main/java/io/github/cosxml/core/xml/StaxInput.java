package io.github.cosxml.core.xml;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parser side of {@link XmlReader}: opens a secure StAX parser over input guarded by
 * {@link MarkupRunGuard}, and turns what the parser throws into an {@link XmlReadException} that
 * says where and what, in the words of {@link XmlReadOptions}' limits.
 */
final class StaxInput {
    private static final Pattern WOODSTOX_LOCATION = Pattern.compile("\\s+at \\[row,col[^\\]]*\\]: \\[[^\\]]*\\]\\s*$");

    private StaxInput() {
    }

    /** A parser over guarded bytes; a failure while it reads the prolog is reported at the start. */
    static XMLStreamReader open(InputStream input, int maxTextLength) {
        return open(factory -> factory.createXMLStreamReader(MarkupRunGuard.guard(input, maxTextLength)));
    }

    /** A parser over guarded characters; a failure while it reads the prolog is reported at the start. */
    static XMLStreamReader open(Reader input, int maxTextLength) {
        return open(factory -> factory.createXMLStreamReader(MarkupRunGuard.guard(input, maxTextLength)));
    }

    /** Creates a parser from the shared secure factory. */
    private interface Opening {
        XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException;
    }

    private static XMLStreamReader open(Opening opening) {
        try {
            return opening.open(SecureXmlFactories.inputFactory());
        } catch (XMLStreamException e) {
            throw prologProblem(e);
        } catch (MarkupRunGuard.RunTooLongException e) {
            throw prologProblem(e);
        }
    }

    /**
     * What the parser threw while moving on, after the problems recorded before it.
     *
     * @param before the problems recorded so far (strict mode), kept in the exception
     * @param failure the parser's exception, a {@link MarkupRunGuard.RunTooLongException}, or a
     *     runtime exception some parsers throw instead of their own (e.g. for bytes that do not decode)
     * @param path the element path where the parser stopped
     * @param here makes a problem at the parser's current position
     */
    static XmlReadException failure(List<XmlProblem> before, Exception failure, String path,
            Function<String, XmlProblem> here) {
        Throwable nested = failure instanceof XMLStreamException ? ((XMLStreamException) failure).getNestedException()
                : failure;
        List<XmlProblem> all = new ArrayList<XmlProblem>(before);
        if (nested instanceof MarkupRunGuard.RunTooLongException) {
            all.add(here.apply(tooLong((MarkupRunGuard.RunTooLongException) nested)));
            return new XmlReadException(all, null);
        }
        // Woodstox parses text when it is first asked for, and throws what it finds there wrapped unchecked
        XMLStreamException parse = failure instanceof XMLStreamException ? (XMLStreamException) failure
                : failure.getCause() instanceof XMLStreamException ? (XMLStreamException) failure.getCause() : null;
        if (parse != null) {
            Location location = parse.getLocation();
            // Woodstox gives no position for bytes that do not decode (the parser's own position is the
            // nearest), and column 0 for the end of input just after a line break (the line's first column)
            all.add(location != null && location.getLineNumber() > 0
                    ? new XmlProblem(location.getLineNumber(), Math.max(1, location.getColumnNumber()), path,
                            cleanMessage(parse))
                    : here.apply(cleanMessage(parse)));
        } else {
            all.add(here.apply("malformed XML: " + failure.getMessage()));
        }
        return new XmlReadException(all, failure);
    }

    // Creating the parser reads the XML declaration and decodes the first buffer; a failure there (an
    // unknown encoding, bytes that do not decode) comes without a position, so the start of the document is named.
    private static XmlReadException prologProblem(XMLStreamException e) {
        if (e.getNestedException() instanceof MarkupRunGuard.RunTooLongException) {
            return prologProblem((MarkupRunGuard.RunTooLongException) e.getNestedException());
        }
        Location location = e.getLocation();
        boolean known = location != null && location.getLineNumber() > 0 && location.getColumnNumber() > 0;
        return new XmlReadException(new XmlProblem(known ? location.getLineNumber() : 1,
                known ? location.getColumnNumber() : 1, "/", cleanMessage(e)), e);
    }

    // The first buffer the parser reads, while it is made, held a run longer than a small maxTextLength.
    private static XmlReadException prologProblem(MarkupRunGuard.RunTooLongException e) {
        return new XmlReadException(new XmlProblem(1, 1, "/", tooLong(e)), e);
    }

    // The guard counts input, not chars: a value of the limit written as references (&amp; is five
    // units for one char) is refused too, so the message says so rather than blame the value's length.
    private static String tooLong(MarkupRunGuard.RunTooLongException e) {
        return "a value longer than the limit of " + e.maxChars() + " chars (XmlReadOptions.maxTextLength),"
                + " or more input without '<' than such a value can take (a value written with character"
                + " references such as &amp; takes up to 6 bytes a char: raise maxTextLength for it)";
    }

    // The JDK parser prefixes its messages with "ParseError at [row,col]:[1,2]\nMessage: ", Woodstox ends
    // them with "\n at [row,col {unknown-source}]: [1,2]" or "[row,col,system-id]: [1,2,"N/A"]"; the
    // problem has the line and column already.
    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int index = message.indexOf("Message: ");
        String text = index >= 0 ? message.substring(index + "Message: ".length()) : message;
        return "malformed XML: " + WOODSTOX_LOCATION.matcher(text).replaceFirst("").trim();
    }
}
