package com.example.client;

import com.example.shop.Cart;
import com.example.shop.Item;
import java.math.BigDecimal;

/** Compiles against classes generated from a schema inside a dependency jar. */
public final class Client {
    private Client() {
    }

    /** A cart with one item, as XML. */
    public static String cart() {
        return Cart.builder().addItem(Item.builder().name("pen").price(new BigDecimal("1.50")).build()).build().toXml();
    }
}
