package com.example.app;

import com.example.common.Money;
import com.example.order.Order;
import com.example.order.OrderLine;
import java.math.BigDecimal;

/** Uses the generated classes the way an SDK would. */
public final class App {
    private App() {
    }

    /** Builds an order, writes it, reads it back and checks that nothing was lost. */
    public static String roundTrip() throws Exception {
        Order order = Order.builder()
                .id("42")
                .addLine(OrderLine.builder().sku("A-1").quantity(2).build())
                .total(Money.builder().value(new BigDecimal("9.90")).currency("EUR").build())
                .build();
        String xml = order.toXml();
        Order back = Order.fromXml(xml);
        if (!back.equals(order)) {
            throw new IllegalStateException("round trip lost data: " + xml + " became " + back);
        }
        return xml;
    }
}
