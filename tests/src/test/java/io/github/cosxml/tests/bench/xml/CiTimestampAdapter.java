package io.github.cosxml.tests.bench.xml;

import io.github.cosxml.core.xml.CiTimestamp;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.OffsetDateTime;

/**
 * The JAXB baseline's mapping of {@code CiTimestamp} ({@code +0800}, {@code +08:00}, {@code Z}, or
 * {@code -} for "not yet"), through the same {@code CiTimestamp.parse}/{@code print} as the
 * generated classes, so JAXB and cosxml read the same {@link OffsetDateTime} values.
 */
public final class CiTimestampAdapter extends XmlAdapter<String, OffsetDateTime> {

    @Override
    public OffsetDateTime unmarshal(String text) {
        return CiTimestamp.parse(text);
    }

    @Override
    public String marshal(OffsetDateTime value) {
        return CiTimestamp.print(value);
    }
}
